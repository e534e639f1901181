import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import {
  ACTION_STATUSES,
  MINUTES_STATUSES,
  type ActionStatus,
  type MinutesStatus,
} from '@boards/shared/contracts';

/**
 * A meeting's minutes: DRAFT → CIRCULATED → APPROVED (at a later meeting) → PUBLISHED. `content`
 * is the opening part (Markdown); each agenda item's notes are a `minutes_entry`. Once approved,
 * the database refuses any change to the text, entries or decisions.
 */
@Entity({ name: 'minutes' })
export class MinutesEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ type: 'enum', enumName: 'minutes_status', enum: MINUTES_STATUSES })
  status!: MinutesStatus;

  @Column({ type: 'text', default: '' })
  content!: string;

  @Column({ name: 'circulated_at', type: 'timestamptz', nullable: true })
  circulatedAt!: Date | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ name: 'approved_at_meeting_id', type: 'uuid', nullable: true })
  approvedAtMeetingId!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}

/** The minutes of one agenda item (Markdown). Left out of the public version if it is private. */
@Entity({ name: 'minutes_entry' })
export class MinutesEntryEntity {
  @PrimaryColumn({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ type: 'text', default: '' })
  notes!: string;
}

/** A member's comment on circulated minutes, for the secretariat to act on. */
@Entity({ name: 'minutes_comment' })
export class MinutesCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId!: string | null;

  @Column({ type: 'varchar', length: 4000 })
  text!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

/** A decision recorded in the minutes; the public register shows those of public items. */
@Entity({ name: 'decision' })
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId!: string | null;

  @Column({ type: 'varchar', length: 4000 })
  text!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;
}

/** An action agreed at a meeting: carried forward from meeting to meeting until it is done. */
@Entity({ name: 'meeting_action' })
export class MeetingActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId!: string | null;

  @Column({ type: 'varchar', length: 2000 })
  description!: string;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId!: string | null;

  /** ISO date (YYYY-MM-DD). */
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'enum', enumName: 'action_status', enum: ACTION_STATUSES })
  status!: ActionStatus;

  @Column({ name: 'status_note', type: 'varchar', length: 1000, nullable: true })
  statusNote!: string | null;

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
