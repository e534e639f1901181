/**
 * Rules the data must keep whatever callers send, checked in SQL after fuzzing, faults and soak
 * runs. `snapshotInvariants` records what must never change (published terms of reference, the
 * audit trail) before a run; `checkInvariants` answers every breach it finds afterwards, as
 * sentences (an empty list when the data is sound).
 */
export type Sql = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export interface InvariantSnapshot {
  takenAt: Date;
  /** id → digest of every published version of terms of reference. */
  published: Map<string, string>;
  /** id → digest of every audit event. */
  audit: Map<string, string>;
}

const PUBLISHED_DIGEST = `md5(concat_ws('|', body_id, number, content, quorum_kind, quorum_count,
  quorum_numerator, quorum_denominator, meeting_frequency, composition, effective_from,
  published_at, published_by))`;

async function digests(sql: Sql, text: string): Promise<Map<string, string>> {
  const rows = await sql(text);
  return new Map(rows.map((row) => [String(row['id']), String(row['digest'])]));
}

export async function snapshotInvariants(sql: Sql): Promise<InvariantSnapshot> {
  const [{ now }] = (await sql(`SELECT now() AS now`)) as [{ now: Date }];
  return {
    takenAt: now,
    published: await digests(
      sql,
      `SELECT id, ${PUBLISHED_DIGEST} AS digest FROM terms_of_reference WHERE status <> 'DRAFT'`,
    ),
    audit: await digests(
      sql,
      `SELECT id, md5(concat_ws('|', occurred_at, actor_account_id, actor_label, action, object_type,
         object_id, before, after)) AS digest FROM audit_event`,
    ),
  };
}

/** Named SQL checks: each returns the rows that break its rule. */
const CHECKS: { rule: string; sql: string; sinceSnapshot?: boolean }[] = [
  {
    rule: 'one person has overlapping memberships of one body',
    sql: `SELECT a.id, b.id AS other FROM membership a JOIN membership b
            ON a.person_id = b.person_id AND a.body_id = b.body_id AND a.id < b.id
           AND daterange(a.starts_on, a.ends_on, '[]') && daterange(b.starts_on, b.ends_on, '[]')`,
  },
  {
    rule: 'a membership ends before it starts',
    sql: `SELECT id FROM membership WHERE ends_on < starts_on`,
  },
  {
    rule: 'a cross-seat is held from its own body, or an ordinary seat names a body it is from',
    sql: `SELECT id FROM membership
           WHERE (seat = 'CROSS_SEAT' AND (from_body_id IS NULL OR from_body_id = body_id))
              OR (seat = 'ORDINARY' AND from_body_id IS NOT NULL)`,
  },
  {
    // A cross-seat given during the run must fit the seats in force on its first day. (Seats
    // lowered later do not end the people already seated, so older seats are not judged.)
    rule: 'a cross-seat given during the run goes beyond the maximum in force on its first day',
    sinceSnapshot: true,
    sql: `SELECT m.id, v.max_seats,
                 (SELECT count(*) FROM membership o
                   WHERE o.seat = 'CROSS_SEAT' AND o.body_id = m.body_id
                     AND o.from_body_id = m.from_body_id
                     AND daterange(o.starts_on, o.ends_on, '[]') @> m.starts_on) AS seated
            FROM membership m
            JOIN cross_seat_rule r ON r.target_body_id = m.body_id AND r.from_body_id = m.from_body_id
            JOIN LATERAL (SELECT max_seats FROM cross_seat_rule_version
                           WHERE rule_id = r.id AND effective_from <= m.starts_on
                           ORDER BY effective_from DESC LIMIT 1) v ON true
           WHERE m.seat = 'CROSS_SEAT' AND m.created_at > $1 AND v.max_seats IS NOT NULL
             AND (SELECT count(*) FROM membership o
                   WHERE o.seat = 'CROSS_SEAT' AND o.body_id = m.body_id
                     AND o.from_body_id = m.from_body_id
                     AND daterange(o.starts_on, o.ends_on, '[]') @> m.starts_on) > v.max_seats`,
  },
  {
    rule: 'a body has more than one draft of its terms of reference',
    sql: `SELECT body_id FROM terms_of_reference WHERE status = 'DRAFT'
           GROUP BY body_id HAVING count(*) > 1`,
  },
  {
    rule: 'a published version of terms of reference has no date or publication time',
    sql: `SELECT id FROM terms_of_reference
           WHERE status <> 'DRAFT' AND (effective_from IS NULL OR published_at IS NULL)`,
  },
  {
    rule: 'a body has two versions of terms of reference in force from one day',
    sql: `SELECT body_id, effective_from FROM terms_of_reference WHERE status <> 'DRAFT'
           GROUP BY body_id, effective_from HAVING count(*) > 1`,
  },
  {
    rule: 'a meeting ends before it starts',
    sql: `SELECT id FROM meeting WHERE ends_at < starts_at`,
  },
  {
    rule: "an agenda's positions do not run 1, 2, 3… without a gap",
    sql: `SELECT meeting_id, array_agg(position ORDER BY position) AS positions FROM agenda_item
           GROUP BY meeting_id HAVING max(position) <> count(*) OR min(position) <> 1`,
  },
  {
    rule: 'an agenda has two items at one position',
    sql: `SELECT meeting_id, position FROM agenda_item GROUP BY meeting_id, position
          HAVING count(*) > 1`,
  },
];

export async function checkInvariants(sql: Sql, before: InvariantSnapshot): Promise<string[]> {
  const breaches: string[] = [];
  for (const check of CHECKS) {
    const rows = await sql(check.sql, check.sinceSnapshot ? [before.takenAt] : []);
    if (rows.length > 0) breaches.push(`${check.rule}: ${JSON.stringify(rows.slice(0, 5))}`);
  }
  const after = await snapshotInvariants(sql);
  for (const [id, digest] of before.published) {
    const now = after.published.get(id);
    if (now !== digest) {
      breaches.push(`published terms of reference ${id} ${now ? 'changed' : 'disappeared'}`);
    }
  }
  for (const [id, digest] of before.audit) {
    const now = after.audit.get(id);
    if (now !== digest) breaches.push(`audit event ${id} ${now ? 'changed' : 'disappeared'}`);
  }
  return breaches;
}
