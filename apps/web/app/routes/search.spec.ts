import { SearchDocument, type SearchQuery } from '@boards/web/api-client';
import { errorReply, type PartialResult } from '../testing/stand-in-api';
import { routeHarness } from '../testing/route-harness';

type Route = typeof import('./search');

const MEETING_ID = '6a1b2c3d-0000-4000-8000-000000000001';
type Hit = PartialResult<NonNullable<SearchQuery['search']>['hits'][number]>;
const hit = (overrides: Hit): Hit => ({
  kind: 'PAPER',
  id: 'p1',
  title: 'Placement data',
  meetingId: MEETING_ID,
  meetingTitle: 'Evidence Group meeting',
  date: '2026-12-08',
  bodySlug: null,
  bodyName: null,
  version: null,
  snippet: [
    { text: 'Quokka', match: true },
    { text: ' numbers rose', match: false },
  ],
  ...overrides,
});

describe('the search page', () => {
  const harness = routeHarness();
  let route: Route;

  beforeAll(async () => {
    route = await import('./search');
  });

  const load = (query: string) =>
    route.loader({
      request: harness.get(`http://localhost/search${query}`),
      params: {},
      context: {},
    });

  it('asks nothing of the API until something is searched for', async () => {
    expect(await load('')).toEqual({ query: '', hits: [], errors: [] });
    expect(await load('?q=%20%20')).toEqual({ query: '', hits: [], errors: [] });
    expect(harness.api.received).toEqual([]);
  });

  it('sends the search as typed, and gives the hits the API allows', async () => {
    harness.api.reply(SearchDocument, { data: { search: { query: 'quokka', hits: [hit({})] } } });
    const data = await load('?q=quokka');
    expect(harness.api.received[0]?.variables).toEqual({ query: 'quokka' });
    expect(data).toMatchObject({ query: 'quokka', errors: [], hits: [{ id: 'p1' }] });
  });

  it('puts the API’s refusal in the error summary, against the search box', async () => {
    harness.api.reply(
      SearchDocument,
      errorReply('BAD_USER_INPUT', 'Search for 200 characters or fewer', { field: 'query' }),
    );
    expect(await load(`?q=${'x'.repeat(300)}`)).toMatchObject({
      hits: [],
      errors: [{ field: 'q', message: 'Search for 200 characters or fewer' }],
    });
  });

  it.each([
    [
      'terms of reference, to their version',
      hit({ kind: 'TERMS_OF_REFERENCE', meetingId: null, bodySlug: 'evidence-group', version: 2 }),
      '/bodies/evidence-group/terms-of-reference/2',
    ],
    ['a paper, to its meeting', hit({}), `/meetings/${MEETING_ID}`],
    ['an agenda item, to its meeting', hit({ kind: 'AGENDA_ITEM' }), `/meetings/${MEETING_ID}`],
    ['minutes, to the minutes', hit({ kind: 'MINUTES_ENTRY' }), `/meetings/${MEETING_ID}/minutes`],
    ['a decision, to the minutes', hit({ kind: 'DECISION' }), `/meetings/${MEETING_ID}/minutes`],
    ['something with no meeting', hit({ meetingId: null }), null],
  ])('links %s', (_name, found, href) => {
    expect(route.hitHref(found as never)).toBe(href);
  });

  it.each([
    ['a paper', hit({}), 'Paper · Evidence Group meeting · 8 December 2026'],
    [
      'terms of reference',
      hit({ kind: 'TERMS_OF_REFERENCE', bodyName: 'Evidence Group', date: null }),
      'Terms of reference · Evidence Group',
    ],
  ])('says where %s comes from', (_name, found, text) => {
    expect(route.hitContext(found as never)).toBe(text);
  });
});
