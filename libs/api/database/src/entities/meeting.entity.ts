import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { MEETING_STATUSES, type MeetingStatus } from '@boards/shared/contracts';

/**
 * A meeting of one body, or a joint meeting of several (`meeting_body`). Times are stored in
 * UTC and shown in Europe/London. `onlineLink` and `support` are for members only; `version`
 * guards edits (optimistic concurrency).
 */
@Entity({ name: 'meeting' })
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** What the meeting is for, shown to the public. */
  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  location!: string | null;

  @Column({ name: 'online_link', type: 'varchar', length: 2000, nullable: true })
  onlineLink!: string | null;

  /** How members can get support before and after the meeting (members only). */
  @Column({ type: 'text', default: '' })
  support!: string;

  @Column({ type: 'enum', enumName: 'meeting_status', enum: MEETING_STATUSES })
  status!: MeetingStatus;

  /** Why it was postponed or cancelled, shown with the status. */
  @Column({ name: 'status_reason', type: 'varchar', length: 500, nullable: true })
  statusReason!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}

/** One of the bodies a meeting is a meeting of; `position` 1 is the body that leads it. */
@Entity({ name: 'meeting_body' })
export class MeetingBodyEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @PrimaryColumn({ name: 'body_id', type: 'uuid' })
  bodyId!: string;

  @Column({ type: 'smallint' })
  position!: number;
}
