/**
 * The benchmark's operations, as each of the three servers is asked them, and how their answers
 * are brought to one shape so that the harness can check they hold the same data.
 */
/** `apiUncached`: the same API with PUBLIC_READ_CACHE=false, to show what the cache does. */
export type ServerName = 'api' | 'apiUncached' | 'peer' | 'limit';
export type OperationName = 'members' | 'body' | 'myPapers' | 'write';

export const SERVERS: readonly ServerName[] = ['api', 'apiUncached', 'peer', 'limit'];

/** The anonymous public reads: the only operations the API's cache can answer. */
export const CACHED: readonly OperationName[] = ['members', 'body'];

/** Who is measured on an operation: the API without its cache only where the cache could answer. */
export function serversFor(operation: OperationName): readonly ServerName[] {
  return CACHED.includes(operation) ? SERVERS : SERVERS.filter((s) => s !== 'apiUncached');
}
export const READS: readonly OperationName[] = ['members', 'body', 'myPapers'];
export const OPERATIONS: readonly OperationName[] = [...READS, 'write'];

export const OPERATION_TITLES: Record<OperationName, string> = {
  members: 'Public membership list of a body',
  body: 'Body page (members, terms of reference, next meetings)',
  myPapers: "A member's papers for their upcoming meetings (signed in)",
  write: 'Write: set own email choices (signed in)',
};

export interface Request {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface Context {
  /** The body asked about (a demo body). */
  slug: string;
  /** Today in Europe/London, YYYY-MM-DD. */
  today: string;
  /** The demo member's session token. */
  token: string;
  /** The email choices the write sets. */
  choices: { off: string[]; reminderDays: number };
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const graphql = (query: string, variables: object, token?: string): Request => ({
  method: 'POST',
  path: '/graphql',
  headers: { ...JSON_HEADERS, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify({ query, variables }),
});

const API_MEMBER = `role seat startsOn endsOn fromBody { slug }
  person { displayName visibility affiliation bio livedExperience }`;
const PEER_MEMBER = `role seat startsOn endsOn fromBodySlug displayName visibility affiliation bio livedExperience`;
const ALL_TOPICS = ['MEETING_CHANGES', 'PAPERS', 'MINUTES', 'ACTIONS', 'REMINDERS'];

export function request(asked: ServerName, operation: OperationName, ctx: Context): Request {
  const { slug, today, token, choices } = ctx;
  const server = asked === 'apiUncached' ? 'api' : asked;
  switch (`${server}:${operation}`) {
    case 'api:members':
      return graphql(`query ($slug: String) { body(slug: $slug) { members { ${API_MEMBER} } } }`, {
        slug,
      });
    case 'peer:members':
      return graphql(
        `query ($slug: String!) { bodyBySlug(slug: $slug) { publicMembersByBodyIdList { ${PEER_MEMBER} } } }`,
        { slug },
      );
    case 'limit:members':
      return { method: 'GET', path: `/members/${slug}`, headers: {} };
    case 'api:body':
      return graphql(
        `query ($slug: String, $from: LocalDate) { body(slug: $slug) { name purpose
          members { ${API_MEMBER} }
          termsOfReference { number effectiveFrom meetingFrequency content }
          meetings(from: $from) { id title startsAt endsAt status } } }`,
        { slug, from: today },
      );
    case 'peer:body':
      return graphql(
        `query ($slug: String!) { bodyBySlug(slug: $slug) { name purpose
          publicMembersByBodyIdList { ${PEER_MEMBER} }
          currentTerms { number effectiveFrom meetingFrequency content }
          nextMeetingsList { id title startsAt endsAt status } } }`,
        { slug },
      );
    case 'limit:body':
      return { method: 'GET', path: `/bodies/${slug}`, headers: {} };
    case 'api:myPapers':
      return graphql(
        `
          query ($from: LocalDate) {
            myMeetings(from: $from) {
              id
              title
              startsAt
              papers {
                id
                title
                visibility
                contentNote
                withdrawalReason
              }
            }
          }
        `,
        { from: today },
        token,
      );
    case 'peer:myPapers':
      return graphql(
        `
          {
            myMeetingsList {
              id
              title
              startsAt
              myPapersList {
                id
                title
                visibility
                contentNote
                withdrawalReason
              }
            }
          }
        `,
        {},
        token,
      );
    case 'limit:myPapers':
      return { method: 'GET', path: '/my-papers', headers: { authorization: `Bearer ${token}` } };
    case 'api:write':
      return graphql(
        `
          mutation ($input: EmailChoicesInput!) {
            setMyEmailChoices(input: $input) {
              reminderDays
            }
          }
        `,
        {
          input: {
            reminderDays: choices.reminderDays,
            topics: ALL_TOPICS.filter((topic) => !choices.off.includes(topic)),
          },
        },
        token,
      );
    case 'peer:write':
      return graphql(
        `
          mutation ($off: [String], $days: Int) {
            setMyEmailChoices(input: { topicsOff: $off, reminderDays: $days }) {
              integer
            }
          }
        `,
        { off: choices.off, days: choices.reminderDays },
        token,
      );
    case 'limit:write':
      return {
        method: 'POST',
        path: '/email-choices',
        headers: { ...JSON_HEADERS, authorization: `Bearer ${token}` },
        body: JSON.stringify(choices),
      };
    default:
      throw new Error(`No ${operation} for ${server}`);
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = Record<string, Json>;

/** The GraphQL data, or the error that came instead. */
function data(payload: unknown): Obj {
  const { data: value, errors } = payload as { data?: Obj; errors?: unknown[] };
  if (errors?.length || !value) throw new Error(`GraphQL errors: ${JSON.stringify(errors)}`);
  return value;
}

const instant = (value: Json): string => new Date(String(value)).toISOString();
const sortByJson = <T>(items: T[]): T[] =>
  items
    .map((item) => [JSON.stringify(item), item] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, item]) => item);

interface Member {
  role: Json;
  seat: Json;
  startsOn: Json;
  endsOn: Json;
  fromBody: Json;
  displayName: Json;
  visibility: Json;
  affiliation: Json;
  bio: Json;
  livedExperience: Json;
}

function apiMember(m: Obj): Member {
  const person = m['person'] as Obj;
  return {
    role: m['role'],
    seat: m['seat'],
    startsOn: m['startsOn'],
    endsOn: m['endsOn'],
    fromBody: (m['fromBody'] as Obj | null)?.['slug'] ?? null,
    displayName: person['displayName'],
    visibility: person['visibility'],
    affiliation: person['affiliation'],
    bio: person['bio'],
    livedExperience: person['livedExperience'],
  };
}

function flatMember(m: Obj): Member {
  return {
    role: m['role'],
    seat: m['seat'],
    startsOn: m['startsOn'],
    endsOn: m['endsOn'],
    fromBody: m['fromBodySlug'] ?? m['fromBody'] ?? null,
    displayName: m['displayName'],
    visibility: m['visibility'],
    affiliation: m['affiliation'],
    bio: m['bio'],
    livedExperience: m['livedExperience'],
  };
}

const terms = (t: Json): Json =>
  t && typeof t === 'object' && !Array.isArray(t)
    ? {
        number: t['number'],
        effectiveFrom: t['effectiveFrom'],
        meetingFrequency: t['meetingFrequency'],
        content: t['content'],
      }
    : null;

const meeting = (m: Obj) => ({
  id: m['id'],
  title: m['title'],
  startsAt: instant(m['startsAt']),
  endsAt: instant(m['endsAt']),
  status: m['status'],
});

const paper = (p: Obj) => ({
  id: p['id'],
  title: p['title'],
  visibility: p['visibility'],
  contentNote: p['contentNote'] ?? null,
  withdrawalReason: p['withdrawalReason'] ?? null,
});

/**
 * The answer in one shape for all three servers: members as a set (sorted), meetings in their
 * order (soonest first), each meeting's papers as a set, instants as ISO strings.
 */
export function normalise(asked: ServerName, operation: OperationName, payload: unknown): Json {
  const server = asked === 'apiUncached' ? 'api' : asked;
  if (operation === 'members') {
    const list =
      server === 'api'
        ? ((data(payload)['body'] as Obj)['members'] as Obj[]).map(apiMember)
        : server === 'peer'
          ? ((data(payload)['bodyBySlug'] as Obj)['publicMembersByBodyIdList'] as Obj[]).map(
              flatMember,
            )
          : (payload as Obj[]).map(flatMember);
    return sortByJson(list) as unknown as Json;
  }
  if (operation === 'body') {
    const body =
      server === 'api'
        ? (data(payload)['body'] as Obj)
        : server === 'peer'
          ? (data(payload)['bodyBySlug'] as Obj)
          : (payload as Obj);
    const members =
      server === 'api'
        ? (body['members'] as Obj[]).map(apiMember)
        : ((body['publicMembersByBodyIdList'] ?? body['members']) as Obj[]).map(flatMember);
    return {
      name: body['name'],
      purpose: body['purpose'],
      members: sortByJson(members) as unknown as Json,
      terms: terms(body['termsOfReference'] ?? body['currentTerms'] ?? body['terms'] ?? null),
      meetings: ((body['meetings'] ?? body['nextMeetingsList']) as Obj[]).map(meeting),
    };
  }
  if (operation === 'myPapers') {
    const meetings =
      server === 'api'
        ? (data(payload)['myMeetings'] as Obj[])
        : server === 'peer'
          ? (data(payload)['myMeetingsList'] as Obj[])
          : (payload as Obj[]);
    return meetings.map((m) => ({
      id: m['id'],
      title: m['title'],
      startsAt: instant(m['startsAt']),
      papers: sortByJson(
        ((m['papers'] ?? m['myPapersList']) as Obj[]).map(paper),
      ) as unknown as Json,
    }));
  }
  // The write: what it says back is not compared (each says it differently); the rows it
  // leaves are, by the harness.
  if (server === 'api') data(payload);
  if (server === 'peer') data(payload);
  return null;
}
