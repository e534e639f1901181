import type { Role } from './matrix.table';

/** Who each signed-in role of the matrices is, among the demo people. */
export const ROLE_EMAILS: Record<Exclude<Role, 'anonymous'>, string> = {
  memberA: 'evidence@example.org',
  memberB: 'grace.whitfield@example.org',
  crossSeated: 'member@example.org',
  former: 'marcus.bell@example.org',
  secretariat: 'secretariat@example.org',
  admin: 'admin@example.org',
};

/** Accounts for the body-B member and the former member (the demo has none), with the demo password. */
export async function openProbeAccounts(
  sql: (text: string, params?: unknown[]) => Promise<unknown>,
): Promise<void> {
  await sql(
    `INSERT INTO account (person_id, password_hash)
     SELECT p.id, (SELECT a.password_hash FROM account a JOIN person q ON q.id = a.person_id
                    WHERE q.email = 'chair@example.org')
       FROM person p WHERE p.email = ANY($1)`,
    [[ROLE_EMAILS.memberB, ROLE_EMAILS.former]],
  );
}
