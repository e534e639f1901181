import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { BodyKind } from '@boards/shared/contracts';

@Entity({ name: 'body' })
export class BodyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 80, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: ['BOARD', 'GROUP'], enumName: 'body_kind' })
  kind!: BodyKind;

  @Column({ type: 'text' })
  purpose!: string;

  /** ISO date (YYYY-MM-DD). */
  @Column({ name: 'established_on', type: 'date' })
  establishedOn!: string;

  @Column({ name: 'dissolved_on', type: 'date', nullable: true })
  dissolvedOn!: string | null;

  /** Who to contact about the body: a named person, with an email address, a phone or both. */
  @Column({ name: 'support_contact_name', type: 'varchar', length: 200, nullable: true })
  supportContactName!: string | null;

  @Column({ name: 'support_contact_email', type: 'varchar', length: 320, nullable: true })
  supportContactEmail!: string | null;

  @Column({ name: 'support_contact_phone', type: 'varchar', length: 40, nullable: true })
  supportContactPhone!: string | null;

  /** The support text a meeting scheduled without its own takes ('' for none). */
  @Column({ name: 'default_support', type: 'text', default: '' })
  defaultSupport!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Goes up by one with every change: an edit sends back the version it was loaded at. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
