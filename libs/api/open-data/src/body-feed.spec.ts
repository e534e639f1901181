import { bodyFeedAtom, bodyFeedEntries, FEED_ENTRIES, type BodyFeedAnswer } from './body-feed';

const WEB = 'https://boards.example.org';
type Body = NonNullable<BodyFeedAnswer['body']>;
type Meeting = Body['meetings'][number];

const meeting = (id: string, overrides: Partial<Meeting> = {}): Meeting => ({
  id,
  title: `Meeting ${id}`,
  date: '2026-11-10',
  minutes: null,
  decisions: [],
  papers: [],
  ...overrides,
});
const body = (meetings: Meeting[]): Body => ({
  slug: 'evidence-group',
  name: 'Evidence Group',
  purpose: 'Gathers the evidence.',
  meetings,
});
const paper = (id: string, overrides: Partial<Meeting['papers'][number]> = {}) => ({
  id,
  title: `Paper ${id}`,
  visibility: 'PUBLIC',
  withdrawnAt: null,
  file: { uploadedAt: '2026-11-01T09:00:00Z' },
  ...overrides,
});

describe('bodyFeedEntries', () => {
  it('tells of published minutes, their decisions and public papers with a file, newest first', () => {
    const entries = bodyFeedEntries(
      body([
        meeting('m1', {
          minutes: { status: 'PUBLISHED', content: 'We met.', publishedAt: '2026-11-20T12:00:00Z' },
          decisions: [{ id: 'd1', text: 'Agreed the plan.', createdAt: '2026-11-10T11:00:00Z' }],
          papers: [
            paper('p1'),
            paper('p2', { visibility: 'MEMBERS' }),
            paper('p3', { withdrawnAt: '2026-11-02T09:00:00Z' }),
            paper('p4', { file: null }),
          ],
        }),
        meeting('m2', {
          minutes: { status: 'APPROVED', content: 'Not yet out.', publishedAt: null },
          decisions: [{ id: 'd2', text: 'Not yet out.', createdAt: '2026-11-10T11:00:00Z' }],
        }),
      ]),
      WEB,
      'boards.example.org',
    );
    expect(entries.map((entry) => [entry.id, entry.title, entry.link])).toEqual([
      [
        'tag:boards.example.org,2026:decision/d1',
        'Decision: Agreed the plan.',
        `${WEB}/meetings/m1/minutes`,
      ],
      [
        'tag:boards.example.org,2026:minutes/m1',
        'Minutes published: Meeting m1',
        `${WEB}/meetings/m1/minutes`,
      ],
      ['tag:boards.example.org,2026:paper/p1', 'Paper: Paper p1', `${WEB}/meetings/m1`],
    ]);
  });

  it(`keeps the newest ${FEED_ENTRIES}`, () => {
    const many = Array.from({ length: FEED_ENTRIES + 5 }, (_, i) =>
      paper(`p${i}`, { file: { uploadedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString() } }),
    );
    const entries = bodyFeedEntries(body([meeting('m1', { papers: many })]), WEB, 'host');
    expect(entries).toHaveLength(FEED_ENTRIES);
    expect(entries[0]?.id).toBe(`tag:host,2026:paper/p${FEED_ENTRIES + 4}`);
  });
});

describe('bodyFeedAtom', () => {
  const urls = {
    self: `${WEB}/feeds/bodies/evidence-group.atom`,
    page: `${WEB}/bodies/evidence-group`,
    id: `${WEB}/bodies/evidence-group`,
  };

  it('writes an Atom feed, the same for the same entries, with markup in titles escaped', () => {
    const entries = [
      {
        id: 'tag:host,2026:paper/p1',
        title: 'Paper: <script>alert(1)</script> & more',
        link: `${WEB}/meetings/m1`,
        updated: new Date('2026-11-01T09:00:00Z'),
        summary: 'A paper.',
      },
    ];
    const atom = bodyFeedAtom(body([]), entries, urls);
    expect(atom).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/,
    );
    expect(atom).toContain(`<link rel="self" href="${urls.self}"/>`);
    expect(atom).toContain('<updated>2026-11-01T09:00:00.000Z</updated>');
    expect(atom).not.toContain('<script>');
    expect(atom).toContain('Paper: &lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(bodyFeedAtom(body([]), entries, urls)).toBe(atom);
  });
});
