import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The schema the job queue (pg-boss) keeps its jobs in (as the notifications library names it). */
const JOB_QUEUE_SCHEMA = 'pgboss';

/**
 * The queues of the notices, as the services put jobs in them inside their own transactions:
 * so a job exists exactly when the change that causes it commits. Retried with a growing wait.
 */
const NOTICE_QUEUES = [
  'notice-meeting',
  'notice-papers',
  'notice-minutes',
  'notice-action',
  'notice-sweep',
] as const;

const QUEUE_OPTIONS = JSON.stringify({
  policy: 'standard',
  retryLimit: 8,
  retryDelay: 30,
  retryBackoff: true,
  expireInSeconds: 300,
  retentionMinutes: 7 * 24 * 60,
});

/**
 * Notices (emails to members about their meetings): the job queue's schema, made here as
 * pg-boss itself would make it, so that every database has it from its migrations and a job can
 * be put in the queue in any transaction; the queues; each person's choices, with the key of
 * their unsubscribe links; what members were last told of each meeting; and which file of each
 * paper they were last told of. Meetings and papers that exist already count as told, so
 * nothing old is announced.
 */
export class Notices1765700000000 implements MigrationInterface {
  name = 'Notices1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // pg-boss wraps its plan in a transaction of its own; this migration already is one.
    const plan = PgBoss.getConstructionPlans(JOB_QUEUE_SCHEMA)
      .split('\n')
      .filter((line) => !/^\s*(BEGIN|COMMIT);\s*$/.test(line))
      .join('\n');
    await queryRunner.query(plan);
    for (const queue of NOTICE_QUEUES) {
      await queryRunner.query(`SELECT ${JOB_QUEUE_SCHEMA}.create_queue($1, $2::json)`, [
        queue,
        QUEUE_OPTIONS,
      ]);
    }
    await queryRunner.query(`
      CREATE TABLE notice_choice (
        person_id uuid PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
        topics_off text[] NOT NULL DEFAULT '{}',
        reminder_days smallint NOT NULL DEFAULT 2,
        unsubscribe_key varchar(64) NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notice_choice_unsubscribe_key_unique UNIQUE (unsubscribe_key),
        CONSTRAINT notice_choice_topics CHECK (topics_off <@ ARRAY['MEETING_CHANGES', 'PAPERS', 'MINUTES', 'ACTIONS', 'REMINDERS']::text[]),
        CONSTRAINT notice_choice_reminder_days CHECK (reminder_days IN (1, 2, 3, 7))
      )`);
    await queryRunner.query(`
      CREATE TABLE meeting_notice (
        meeting_id uuid PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
        version integer NOT NULL,
        told jsonb NOT NULL,
        told_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      INSERT INTO meeting_notice (meeting_id, version, told)
      SELECT id, version, jsonb_build_object(
               'title', title,
               'startsAt', to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
               'endsAt', to_char(ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
               'location', location, 'onlineLink', online_link, 'status', status)
        FROM meeting`);
    await queryRunner.query(`ALTER TABLE paper ADD COLUMN announced_sha256 char(64)`);
    await queryRunner.query(`UPDATE paper SET announced_sha256 = file_sha256`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE paper DROP COLUMN announced_sha256`);
    await queryRunner.query(`DROP TABLE meeting_notice`);
    await queryRunner.query(`DROP TABLE notice_choice`);
    await queryRunner.query(`DROP SCHEMA ${JOB_QUEUE_SCHEMA} CASCADE`);
  }
}
