import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { MEMBERSHIP_ROLES, type MembershipRole } from '@boards/shared/contracts';

export type MembershipSeat = 'ORDINARY' | 'CROSS_SEAT';

/**
 * A person's seat on a body for a span of days. `endsOn` is the last day of membership
 * (inclusive); null means open-ended. The database refuses overlapping memberships of one person
 * in one body.
 */
@Entity({ name: 'membership' })
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'body_id', type: 'uuid' })
  bodyId!: string;

  @Column({ type: 'enum', enumName: 'membership_role', enum: MEMBERSHIP_ROLES })
  role!: MembershipRole;

  @Column({
    type: 'enum',
    enumName: 'membership_seat',
    enum: ['ORDINARY', 'CROSS_SEAT'],
    default: 'ORDINARY',
  })
  seat!: MembershipSeat;

  /** For a cross-seat: the body whose membership the seat rests on. */
  @Column({ name: 'from_body_id', type: 'uuid', nullable: true })
  fromBodyId!: string | null;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  @Column({ name: 'end_reason', type: 'varchar', length: 500, nullable: true })
  endReason!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
