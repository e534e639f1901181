/**
 * "A member of one of the meeting's bodies on its day", written once in SQL. The domain's answer
 * is `meetingAudience` (MEMBER) and `isActiveOn` in libs/domain; the property test beside this file
 * shows that these fragments and the domain agree on generated memberships and meetings.
 *
 * The fragments take SQL expressions (a table alias, a `$n` parameter), never values: the
 * values stay parameters of the statement that uses them.
 */

/** The London day of meeting row `meeting`: the date of its start in Europe/London. */
export function meetingDaySql(meeting = 'm'): string {
  return `(${meeting}.starts_at AT TIME ZONE 'Europe/London')::date`;
}

/**
 * Whether membership row `membership` is held on `day` (a SQL date expression), its first and
 * last days included, as the domain's `isActiveOn`.
 */
export function membershipHeldOnSql(membership: string, day: string): string {
  return `(${membership}.starts_on <= ${day} AND (${membership}.ends_on IS NULL OR ${membership}.ends_on >= ${day}))`;
}

/**
 * Whether person `person` (a SQL uuid expression) held a membership (any seat, cross-seats and
 * observers included) of one of meeting row `meeting`'s bodies on its London day. `alias`
 * names the subquery's own rows, so that it can be used twice in one statement.
 */
export function sitsOnMeetingSql(person: string, meeting = 'm', alias = 'sits'): string {
  const [mb, ms] = [`${alias}_mb`, `${alias}_ms`];
  return `EXISTS (
  SELECT 1 FROM meeting_body ${mb} JOIN membership ${ms} ON ${ms}.body_id = ${mb}.body_id
   WHERE ${mb}.meeting_id = ${meeting}.id AND ${ms}.person_id = ${person}
     AND ${membershipHeldOnSql(ms, meetingDaySql(meeting))})`;
}
