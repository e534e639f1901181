/**
 * The SQL the peer (PostGraphile) and the limit (raw node:http + pg) share, so that both answer
 * with the same data as the API: a `bench` schema, created in the benchmark's own database only
 * (never a migration of the portal), holding
 *
 * - `bench.today()`: today in Europe/London, as the API takes "today";
 * - `bench.first_name_initial(text)`: the FIRST_NAME_INITIAL form of a name, in SQL. It follows
 *   the domain rule (`firstNameInitial` in libs/domain) for names of words separated by spaces;
 *   the rule's finer points (combining marks, letters whose upper case is two letters) are not
 *   repeated here. The harness's equivalence check compares every name the three servers give,
 *   so a difference on the benchmark's data would stop the run;
 * - `bench.public_member`: today's members of every body as the public may see them, by the
 *   public display rule (`publicView` with the consent in force today, from
 *   `consentOn`): people who chose HIDDEN left out, ANONYMOUS ones as "A member…" without
 *   affiliation or bio, lived experience only as true and only with consent. PostGraphile cannot
 *   apply that rule by itself (it is the portal's domain rule, not a table), so both the peer and
 *   the limit read this view: the peer is given the rule as SQL rather than left to publish raw
 *   columns;
 * - `body_current_terms(body)` and `body_next_meetings(body)`: computed columns for the body
 *   page (in `public`, beside their table, as PostGraphile wants computed columns) (the terms of reference in force today; the meetings from today, joint ones
 *   included, soonest first);
 * - `bench.my_meetings()` and `meeting_my_papers(meeting)`: the signed-in member's meetings
 *   from today (those of the bodies they sit on on the meeting's day) and the papers of each they
 *   may open (PUBLIC, MEMBERS, and NAMED ones naming them; every member of a meeting's bodies is
 *   its MEMBER audience). "Signed in" is the session token of the request, which PostGraphile
 *   passes as the setting `bench.session_token` and the limit as a parameter: both check it in
 *   SQL as the API does (open, not expired, account not disabled);
 * - `bench.set_my_email_choices(topics_off, reminder_days)`: the write, as the API does it: make
 *   the choices row if there is none, update it, and append an audit event.
 */
export const BENCH_SCHEMA_SQL = `
DROP SCHEMA IF EXISTS bench CASCADE;
DROP FUNCTION IF EXISTS public.body_current_terms(public.body);
DROP FUNCTION IF EXISTS public.body_next_meetings(public.body);
DROP FUNCTION IF EXISTS public.meeting_my_papers(public.meeting);
CREATE SCHEMA bench;
-- A paper's "supersedes" names both ways of the relation alike; PostGraphile wants two names.
COMMENT ON CONSTRAINT paper_supersedes_fkey ON paper IS E'@foreignSingleFieldName supersededBy';

CREATE FUNCTION bench.today() RETURNS date LANGUAGE sql STABLE AS $$
  SELECT (now() AT TIME ZONE 'Europe/London')::date
$$;

CREATE FUNCTION bench.first_name_initial(full_name text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  WITH words AS (
    SELECT array_remove(regexp_split_to_array(btrim(normalize(full_name, NFC)), '\\s+'), '') AS w
  )
  SELECT CASE
    WHEN coalesce(array_length(w, 1), 0) <= 1 THEN coalesce(w[1], '')
    ELSE coalesce(
      (SELECT w[1] || ' ' || upper(substring(w[i] FROM '[[:alpha:]]')) || '.'
         FROM generate_subscripts(w, 1) AS i
        WHERE i > 1 AND w[i] ~ '[[:alpha:]]'
        ORDER BY i DESC LIMIT 1),
      w[1])
  END
  FROM words
$$;

CREATE VIEW bench.public_member AS
SELECT m.id, m.body_id, m.person_id, m.role::text AS role, m.seat::text AS seat,
       m.starts_on, m.ends_on, fb.slug AS from_body_slug,
       CASE c.choice
         WHEN 'FULL_NAME' THEN p.full_name
         WHEN 'FIRST_NAME_INITIAL' THEN bench.first_name_initial(p.full_name)
         ELSE CASE WHEN p.lived_experience AND c.show_lived_experience
                   THEN 'A member with lived experience' ELSE 'A member' END
       END AS display_name,
       CASE WHEN c.choice = 'ANONYMOUS' THEN 'ANONYMOUS' ELSE 'NAMED' END AS visibility,
       CASE WHEN c.choice = 'ANONYMOUS' THEN NULL ELSE p.affiliation END AS affiliation,
       CASE WHEN c.choice = 'ANONYMOUS' THEN NULL ELSE p.bio END AS bio,
       CASE WHEN p.lived_experience AND c.show_lived_experience THEN true END AS lived_experience
  FROM membership m
  JOIN person p ON p.id = m.person_id
  LEFT JOIN body fb ON fb.id = m.from_body_id
  LEFT JOIN LATERAL (
    SELECT e.kind, e.choice, e.show_lived_experience
      FROM person_display_consent e
     WHERE e.person_id = p.id AND e.effective_on <= bench.today()
     ORDER BY e.effective_on DESC, e.recorded_at DESC
     LIMIT 1) e ON true
  CROSS JOIN LATERAL (
    SELECT CASE WHEN e.kind = 'GIVEN' THEN e.choice::text ELSE 'ANONYMOUS' END AS choice,
           CASE WHEN e.kind = 'GIVEN' THEN e.show_lived_experience ELSE false END
             AS show_lived_experience) c
 WHERE m.starts_on <= bench.today()
   AND (m.ends_on IS NULL OR m.ends_on >= bench.today())
   AND c.choice IN ('FULL_NAME', 'FIRST_NAME_INITIAL', 'ANONYMOUS');
COMMENT ON VIEW bench.public_member IS E'@foreignKey (body_id) references public.body (id)\\n@omit create,update,delete';

CREATE FUNCTION public.body_current_terms(b public.body) RETURNS public.terms_of_reference
LANGUAGE sql STABLE AS $$
  SELECT t.* FROM terms_of_reference t
   WHERE t.body_id = b.id AND t.status IN ('PUBLISHED', 'SUPERSEDED')
     AND t.effective_from <= bench.today()
   ORDER BY t.effective_from DESC, t.number DESC
   LIMIT 1
$$;

CREATE FUNCTION public.body_next_meetings(b public.body) RETURNS SETOF public.meeting
LANGUAGE sql STABLE AS $$
  -- The body's meetings by their ids (a join would let the planner scan every body's future
  -- meetings by starts_at once the large data set is in).
  SELECT mt.* FROM meeting mt
   WHERE mt.id = ANY (ARRAY(SELECT meeting_id FROM meeting_body WHERE body_id = b.id))
     AND mt.starts_at >= (bench.today()::timestamp AT TIME ZONE 'Europe/London')
   ORDER BY mt.starts_at, mt.id
$$;

CREATE FUNCTION bench.session_person(token text) RETURNS uuid
LANGUAGE sql STABLE AS $$
  SELECT a.person_id FROM session s JOIN account a ON a.id = s.account_id
   WHERE s.token_hash = sha256(convert_to(token, 'UTF8'))
     AND s.ended_at IS NULL AND s.expires_at > now() AND a.disabled_at IS NULL
$$;

CREATE FUNCTION bench.current_person() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT bench.session_person(nullif(current_setting('bench.session_token', true), ''))
$$;

CREATE FUNCTION bench.meetings_of(person uuid) RETURNS SETOF public.meeting
LANGUAGE sql STABLE AS $$
  SELECT mt.* FROM meeting mt
   WHERE mt.id = ANY (ARRAY(
           SELECT mb.meeting_id FROM membership m JOIN meeting_body mb ON mb.body_id = m.body_id
            WHERE m.person_id = person))
     AND mt.starts_at >= (bench.today()::timestamp AT TIME ZONE 'Europe/London')
     AND EXISTS (
       SELECT 1 FROM meeting_body mb JOIN membership m ON m.body_id = mb.body_id
        WHERE mb.meeting_id = mt.id AND m.person_id = person
          AND m.starts_on <= (mt.starts_at AT TIME ZONE 'Europe/London')::date
          AND (m.ends_on IS NULL OR m.ends_on >= (mt.starts_at AT TIME ZONE 'Europe/London')::date))
   ORDER BY mt.starts_at, mt.id
$$;

CREATE FUNCTION bench.my_meetings() RETURNS SETOF public.meeting LANGUAGE sql STABLE AS $$
  SELECT * FROM bench.meetings_of(bench.current_person())
$$;

CREATE FUNCTION bench.papers_for(mt public.meeting, person uuid) RETURNS SETOF public.paper
LANGUAGE sql STABLE AS $$
  SELECT p.* FROM paper p
    LEFT JOIN agenda_item a ON a.id = p.agenda_item_id
   WHERE p.meeting_id = mt.id
     AND (p.visibility IN ('PUBLIC', 'MEMBERS')
          OR EXISTS (SELECT 1 FROM paper_reader r WHERE r.paper_id = p.id AND r.person_id = person))
   ORDER BY a.position NULLS LAST, p.created_at, p.id
$$;

CREATE FUNCTION public.meeting_my_papers(mt public.meeting) RETURNS SETOF public.paper
LANGUAGE sql STABLE AS $$
  SELECT * FROM bench.papers_for(mt, bench.current_person())
$$;

CREATE FUNCTION bench.set_email_choices_of(person uuid, topics_off text[], reminder_days int)
RETURNS int LANGUAGE sql VOLATILE AS $$
  INSERT INTO notice_choice (person_id, unsubscribe_key)
  SELECT person, encode(sha256(gen_random_uuid()::text::bytea), 'hex') WHERE person IS NOT NULL
  ON CONFLICT (person_id) DO NOTHING;
  WITH before AS (
    SELECT n.* FROM notice_choice n WHERE n.person_id = person
  ), changed AS (
    UPDATE notice_choice n SET topics_off = set_email_choices_of.topics_off,
           reminder_days = set_email_choices_of.reminder_days, updated_at = now()
      FROM before WHERE n.person_id = before.person_id
    RETURNING n.person_id
  ), audited AS (
    INSERT INTO audit_event (actor_account_id, actor_label, action, object_type, object_id, before, after)
    SELECT a.id, p.full_name, 'emailChoices.set', 'Person', p.id::text,
           jsonb_build_object('off', to_jsonb(b.topics_off), 'reminderDays', b.reminder_days),
           jsonb_build_object('off', to_jsonb(set_email_choices_of.topics_off),
                              'reminderDays', set_email_choices_of.reminder_days)
      FROM changed c JOIN person p ON p.id = c.person_id JOIN account a ON a.person_id = p.id
      JOIN before b ON b.person_id = c.person_id
    RETURNING 1
  )
  SELECT reminder_days FROM audited
$$;

CREATE FUNCTION bench.set_my_email_choices(topics_off text[], reminder_days int) RETURNS int
LANGUAGE sql VOLATILE AS $$
  SELECT bench.set_email_choices_of(bench.current_person(), topics_off, reminder_days)
$$;
`;

/** The limit's statements: one each, answering with the JSON the client receives. */
export const LIMIT_SQL = {
  members: `
    SELECT coalesce(json_agg(json_build_object(
             'role', pm.role, 'seat', pm.seat, 'startsOn', pm.starts_on, 'endsOn', pm.ends_on,
             'fromBody', pm.from_body_slug, 'displayName', pm.display_name,
             'visibility', pm.visibility, 'affiliation', pm.affiliation, 'bio', pm.bio,
             'livedExperience', pm.lived_experience)), '[]') AS json
      FROM body b JOIN bench.public_member pm ON pm.body_id = b.id
     WHERE b.slug = $1`,
  body: `
    SELECT json_build_object(
      'name', b.name, 'purpose', b.purpose,
      'members', (SELECT coalesce(json_agg(json_build_object(
             'role', pm.role, 'seat', pm.seat, 'startsOn', pm.starts_on, 'endsOn', pm.ends_on,
             'fromBody', pm.from_body_slug, 'displayName', pm.display_name,
             'visibility', pm.visibility, 'affiliation', pm.affiliation, 'bio', pm.bio,
             'livedExperience', pm.lived_experience)), '[]')
          FROM bench.public_member pm WHERE pm.body_id = b.id),
      'terms', (SELECT json_build_object('number', t.number, 'effectiveFrom', t.effective_from,
                  'meetingFrequency', t.meeting_frequency, 'content', t.content)
                  FROM terms_of_reference t
                 WHERE t.body_id = b.id AND t.status IN ('PUBLISHED', 'SUPERSEDED')
                   AND t.effective_from <= bench.today()
                 ORDER BY t.effective_from DESC, t.number DESC LIMIT 1),
      'meetings', (SELECT coalesce(json_agg(json_build_object('id', mt.id, 'title', mt.title,
                  'startsAt', mt.starts_at, 'endsAt', mt.ends_at, 'status', mt.status)
                  ORDER BY mt.starts_at, mt.id), '[]')
                  FROM public.body_next_meetings(b) mt)) AS json
      FROM body b WHERE b.slug = $1`,
  myPapers: `
    WITH me AS (SELECT bench.session_person($1) AS person)
    SELECT CASE WHEN me.person IS NULL THEN NULL ELSE coalesce((
      SELECT json_agg(json_build_object('id', mt.id, 'title', mt.title, 'startsAt', mt.starts_at,
               'papers', (SELECT coalesce(json_agg(json_build_object('id', p.id, 'title', p.title,
                            'visibility', p.visibility, 'contentNote', p.content_note,
                            'withdrawalReason', p.withdrawal_reason)), '[]')
                            FROM bench.papers_for(mt, me.person) p))
               ORDER BY mt.starts_at, mt.id)
        FROM bench.meetings_of(me.person) mt), '[]') END AS json
      FROM me`,
  write: `SELECT bench.set_email_choices_of(bench.session_person($1), $2::text[], $3) AS json`,
} as const;
