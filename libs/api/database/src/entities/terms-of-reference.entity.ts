import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { QuorumKind, TermsOfReferenceStatus } from '@boards/shared/contracts';

/**
 * One version of a body's terms of reference. A DRAFT is edited with optimistic concurrency
 * (`version`); once PUBLISHED the database refuses every change but becoming SUPERSEDED, and
 * never lets it be deleted. `effectiveFrom` is the day it comes into force.
 */
@Entity({ name: 'terms_of_reference' })
export class TermsOfReferenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'body_id', type: 'uuid' })
  bodyId!: string;

  /** 1, 2, 3… per body. */
  @Column({ type: 'integer' })
  number!: number;

  @Column({
    type: 'enum',
    enumName: 'terms_of_reference_status',
    enum: ['DRAFT', 'PUBLISHED', 'SUPERSEDED'],
    default: 'DRAFT',
  })
  status!: TermsOfReferenceStatus;

  /** Markdown, rendered with raw HTML escaped. */
  @Column({ type: 'text', default: '' })
  content!: string;

  @Column({
    name: 'quorum_kind',
    type: 'enum',
    enumName: 'quorum_kind',
    enum: ['COUNT', 'FRACTION'],
    nullable: true,
  })
  quorumKind!: QuorumKind | null;

  @Column({ name: 'quorum_count', type: 'integer', nullable: true })
  quorumCount!: number | null;

  @Column({ name: 'quorum_numerator', type: 'integer', nullable: true })
  quorumNumerator!: number | null;

  @Column({ name: 'quorum_denominator', type: 'integer', nullable: true })
  quorumDenominator!: number | null;

  @Column({ name: 'meeting_frequency', type: 'varchar', length: 200, default: '' })
  meetingFrequency!: string;

  @Column({ type: 'text', default: '' })
  composition!: string;

  /** ISO date (YYYY-MM-DD); null for a draft. */
  @Column({ name: 'effective_from', type: 'date', nullable: true })
  effectiveFrom!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** The account that published it; null for the demo data. */
  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  /** Goes up by one with every save: a save must name the version it was made from. */
  @Column({ type: 'integer', default: 1 })
  version!: number;
}
