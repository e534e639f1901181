import type { EntityManager } from 'typeorm';
import { addDays, londonDate, londonToUtc } from '@boards/domain';

/**
 * A short history of email delivery for the secretariat's emails page: invitations that went
 * out, and two that bounced because the address was mistyped (the people's addresses were
 * corrected since). The bodies carry no working link: the invitations they describe are long
 * expired. Idempotent, by each message's dedupe key.
 */
interface DemoEmail {
  key: string;
  kind: string;
  to: string;
  person: string;
  subject: string;
  /** Days before today it was queued, at 09:30 London time. */
  daysAgo: number;
  outcome: { sent: true } | { sent: false; error: string };
}

export const DEMO_EMAILS: readonly DemoEmail[] = [
  {
    key: 'demo:invitation:grace.whitfield',
    kind: 'account.invitation',
    to: 'grace.whitfield@example.org',
    person: 'grace.whitfield@example.org',
    subject: 'You have been invited to the Boards portal',
    daysAgo: 21,
    outcome: { sent: true },
  },
  {
    key: 'demo:invitation:aisha.karim',
    kind: 'account.invitation',
    to: 'aisha.karim@example.org',
    person: 'aisha.karim@example.org',
    subject: 'You have been invited to the Boards portal',
    daysAgo: 14,
    outcome: { sent: true },
  },
  {
    key: 'demo:invitation:owen.lloyd',
    kind: 'account.invitation',
    to: 'owen.lloyd@exmaple.org',
    person: 'owen.lloyd@example.org',
    subject: 'You have been invited to the Boards portal',
    daysAgo: 9,
    outcome: {
      sent: false,
      error:
        "Error: Can't send mail - all recipients were rejected: 550 5.1.1 <owen.lloyd@exmaple.org>: Recipient address rejected: User unknown",
    },
  },
  {
    key: 'demo:invitation:marcus.bell',
    kind: 'account.invitation',
    to: 'marcus.bell@example.orgg',
    person: 'marcus.bell@example.org',
    subject: 'You have been invited to the Boards portal',
    daysAgo: 6,
    outcome: {
      sent: false,
      error: 'Error: getaddrinfo ENOTFOUND example.orgg',
    },
  },
];

const ATTEMPTS_BEFORE_GIVING_UP = 8;

function bodyOf(name: string): string {
  return [
    `Dear ${name},`,
    '',
    'You have been invited to the Boards portal, where members find their meetings, papers and minutes.',
    '',
    'This is an example email from the demo data: its link has expired. Ask the secretariat for a new invitation.',
    '',
  ].join('\n');
}

export async function seedEmails(manager: EntityManager, today = londonDate(new Date())) {
  for (const email of DEMO_EMAILS) {
    const [person] = (await manager.query(
      `SELECT id, full_name FROM person WHERE lower(email) = $1`,
      [email.person],
    )) as { id: string; full_name: string }[];
    if (!person) throw new Error(`A demo email names an unknown person: ${email.person}`);
    const queued = londonToUtc(addDays(today, -email.daysAgo), '09:30');
    // Failures: eight attempts over about two hours (1, 2, 4 … 64 minutes apart), then given up.
    const lastAttempt = email.outcome.sent
      ? new Date(queued.getTime() + 5_000)
      : new Date(queued.getTime() + 127 * 60_000);
    await manager.query(
      `INSERT INTO outbox_message
         (kind, to_address, subject, body_text, person_id, dedupe_key, created_at, send_after,
          attempts, last_attempt_at, last_error, sent_at, gave_up_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (dedupe_key) DO NOTHING`,
      [
        email.kind,
        email.to,
        email.subject,
        bodyOf(person.full_name),
        person.id,
        email.key,
        queued,
        email.outcome.sent ? 1 : ATTEMPTS_BEFORE_GIVING_UP,
        lastAttempt,
        email.outcome.sent ? null : email.outcome.error,
        email.outcome.sent ? lastAttempt : null,
        email.outcome.sent ? null : lastAttempt,
      ],
    );
  }
}
