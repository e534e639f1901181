import { Clock, FixedClock } from './clock';

describe('Clock', () => {
  it.each([
    // [instant, the day in London]
    ['2026-06-30T23:30:00Z', '2026-07-01'], // British Summer Time: already the next day
    ['2026-12-31T23:30:00Z', '2026-12-31'], // Greenwich Mean Time: still the same day
    ['2026-03-29T00:59:59Z', '2026-03-29'], // the hour the clocks go forward
    ['2026-10-24T23:00:00Z', '2026-10-25'], // midnight in London, in summer time
  ])('at %s it is %s in London', (instant, day) => {
    expect(new FixedClock(instant).today()).toBe(day);
  });

  it('a fixed clock stands still until moved on', () => {
    const clock = new FixedClock('2026-11-24T09:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-11-24T09:00:00.000Z');
    clock.now().setUTCFullYear(1999); // a caller changing its Date does not move the clock
    expect(clock.now().toISOString()).toBe('2026-11-24T09:00:00.000Z');
    clock.advance(15 * 60 * 60 * 1000);
    expect(clock.today()).toBe('2026-11-25');
  });

  it('refuses an instant that is not one', () => {
    expect(() => new FixedClock('not a time')).toThrow('Not an instant');
  });

  it('the real clock is now', () => {
    const before = Date.now();
    const now = new Clock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
