import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A person's email choices: the topics they turned off, how many days before a meeting they are
 * reminded, and the key in their unsubscribe links (which works without signing in, and opens
 * nothing but these choices). A person without a row has the defaults.
 */
@Entity({ name: 'notice_choice' })
export class NoticeChoiceEntity {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'topics_off', type: 'text', array: true, default: () => `'{}'` })
  topicsOff!: string[];

  @Column({ name: 'reminder_days', type: 'smallint', default: 2 })
  reminderDays!: number;

  @Column({ name: 'unsubscribe_key', type: 'varchar', length: 64 })
  unsubscribeKey!: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/** What members were last told of a meeting (a `MeetingSnapshot`), at which of its versions. */
@Entity({ name: 'meeting_notice' })
export class MeetingNoticeEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  told!: Record<string, unknown>;

  @Column({ name: 'told_at', type: 'timestamptz', default: () => 'now()' })
  toldAt!: Date;
}
