import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each searchable table, its search column's expression (weights: A titles, B text, C papers' text). */
const SEARCHABLE: readonly (readonly [table: string, expression: string])[] = [
  [
    'terms_of_reference',
    `setweight(to_tsvector('english', composition || ' ' || meeting_frequency), 'A')
       || setweight(to_tsvector('english', content), 'B')`,
  ],
  [
    'agenda_item',
    `setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', description), 'B')`,
  ],
  ['minutes', `setweight(to_tsvector('english', content), 'B')`],
  ['minutes_entry', `setweight(to_tsvector('english', notes), 'B')`],
  ['decision', `setweight(to_tsvector('english', text), 'A')`],
  [
    'paper',
    `setweight(to_tsvector('english', title), 'A')
       || setweight(to_tsvector('english', coalesce(text_content, '')), 'C')`,
  ],
];

/** The published-terms guard's test that superseding changes nothing but the status. */
const ONLY_STATUS = `(to_jsonb(NEW) - 'status') = (to_jsonb(OLD) - 'status')`;
/**
 * The same test, leaving out the search column: a BEFORE trigger sees a stored generated column
 * as not yet computed (null) in NEW, so it would differ from OLD's on every update.
 */
const ONLY_STATUS_BUT_SEARCH = `(to_jsonb(NEW) - 'status' - 'search_vector') = (to_jsonb(OLD) - 'status' - 'search_vector')`;

/** Rewrites the terms-of-reference guard function, swapping one text for another in its body. */
async function reviseGuard(queryRunner: QueryRunner, from: string, to: string): Promise<void> {
  const [{ definition }]: { definition: string }[] = await queryRunner.query(
    `SELECT pg_get_functiondef('terms_of_reference_guard'::regproc) AS definition`,
  );
  if (!definition.includes(from)) {
    throw new Error('The terms-of-reference guard is not as this migration expects');
  }
  await queryRunner.query(definition.replace(from, to));
}

/**
 * Full-text search. Each searchable table gets a `search_vector` column the database keeps (a
 * stored generated column, English configuration) with a GIN index; a paper also keeps the text
 * taken from its file at upload (`text_content`, PDF, DOCX and plain text), which is searched but
 * never shown except as a highlighted snippet to those who may open the paper. The guard that keeps
 * published terms of reference final is taught to leave the search column out of its comparison.
 */
export class Search1765500000000 implements MigrationInterface {
  name = 'Search1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE paper ADD COLUMN text_content text,
        ADD CONSTRAINT paper_text_content_length CHECK (char_length(text_content) <= 1000000)`);
    for (const [table, expression] of SEARCHABLE) {
      await queryRunner.query(
        `ALTER TABLE ${table} ADD COLUMN search_vector tsvector
           GENERATED ALWAYS AS (${expression}) STORED`,
      );
      await queryRunner.query(`CREATE INDEX ${table}_search ON ${table} USING GIN (search_vector)`);
    }
    await reviseGuard(queryRunner, ONLY_STATUS, ONLY_STATUS_BUT_SEARCH);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await reviseGuard(queryRunner, ONLY_STATUS_BUT_SEARCH, ONLY_STATUS);
    for (const [table] of [...SEARCHABLE].reverse()) {
      await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN search_vector`);
    }
    await queryRunner.query(
      `ALTER TABLE paper DROP CONSTRAINT paper_text_content_length, DROP COLUMN text_content`,
    );
  }
}
