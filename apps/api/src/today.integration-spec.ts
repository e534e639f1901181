import { FixedClock, PublicReadCache } from '@boards/api/graphql';
import { dataOf, startApi, type ApiHarness } from './testing/api-harness';

const HOUR = 3_600_000;
const TODAY = `query { today }`;

/**
 * `today` is the API's day: its clock's date in Europe/London, which pages take for the forms
 * they fill in and the words they choose, so that they agree with what the API decides.
 */
describe('the API’s day (real PostgreSQL)', () => {
  // Half past eleven at night (UTC) on 30 June 2027: already 1 July in London, in summer time.
  // Neither is the machine's day.
  const clock = new FixedClock('2027-06-30T23:30:00Z');
  let api: ApiHarness;

  beforeAll(async () => {
    // The public read cache is on, as in production: it keeps anonymous answers by the day.
    api = await startApi({ PUBLIC_READ_CACHE: 'true' }, { clock });
  });

  afterAll(async () => {
    await api?.close();
  });

  const today = async (token?: string): Promise<string> =>
    dataOf(await api.graphql(TODAY, {}, token)).today;

  it('answers the clock’s day in London, to everyone', async () => {
    expect(await today()).toBe('2027-07-01');
    expect(await today(await api.signIn('secretariat@example.org'))).toBe('2027-07-01');
  });

  it('is kept by the public read cache for the day only: a new day asks afresh', async () => {
    const cache = api.app.get(PublicReadCache);
    expect(await today()).toBe('2027-07-01');
    const hits = cache.hits;
    expect(await today()).toBe('2027-07-01');
    expect(cache.hits).toBe(hits + 1);

    // Half past ten at night in London: still the same day.
    clock.advance(22 * HOUR);
    expect(await today()).toBe('2027-07-01');

    // Midnight in London: the next day, whatever was kept the day before.
    clock.advance(1.5 * HOUR);
    expect(await today()).toBe('2027-07-02');
  });
});
