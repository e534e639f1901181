import fc from 'fast-check';
import { PUBLIC_DISPLAY_CHOICES } from '@boards/shared/contracts';
import {
  type ConsentEvent,
  DEFAULT_CONSENT,
  consentForDisplay,
  consentOn,
  mostProtective,
  revealingRank,
  validateConsentEvent,
} from './display-consent.rule';
import { DomainError } from './domain-error';

const given = (
  on: string,
  choice: (typeof PUBLIC_DISPLAY_CHOICES)[number],
  showLivedExperience = false,
): ConsentEvent => ({ kind: 'GIVEN', on, choice, showLivedExperience });
const withdrawn = (on: string): ConsentEvent => ({ kind: 'WITHDRAWN', on });

describe('consentOn', () => {
  const history: ConsentEvent[] = [
    // deliberately out of order
    given('2024-06-01', 'FIRST_NAME_INITIAL', true),
    given('2024-01-10', 'FULL_NAME', false),
    withdrawn('2024-09-30'),
    given('2025-02-01', 'HIDDEN', true),
  ];

  it.each([
    ['2024-01-09', 'ANONYMOUS', false, null],
    ['2024-01-10', 'FULL_NAME', false, '2024-01-10'],
    ['2024-05-31', 'FULL_NAME', false, '2024-01-10'],
    ['2024-06-01', 'FIRST_NAME_INITIAL', true, '2024-06-01'],
    ['2024-09-29', 'FIRST_NAME_INITIAL', true, '2024-06-01'],
    ['2024-09-30', 'ANONYMOUS', false, '2024-09-30'],
    ['2025-01-31', 'ANONYMOUS', false, '2024-09-30'],
    ['2025-02-01', 'HIDDEN', true, '2025-02-01'],
    ['2099-12-31', 'HIDDEN', true, '2025-02-01'],
  ])('on %s is %s, lived experience shown %p, since %p', (on, choice, shown, since) => {
    expect(consentOn(history, on)).toEqual({ choice, showLivedExperience: shown, since });
  });

  it('is the protective default when nothing was ever given', () => {
    expect(consentOn([], '2024-01-01')).toEqual(DEFAULT_CONSENT);
    expect(DEFAULT_CONSENT).toEqual({
      choice: 'ANONYMOUS',
      showLivedExperience: false,
      since: null,
    });
  });

  it.each([
    [[given('2024-03-01', 'FULL_NAME'), withdrawn('2024-03-01')], 'ANONYMOUS'],
    [[withdrawn('2024-03-01'), given('2024-03-01', 'FULL_NAME')], 'FULL_NAME'],
    [[given('2024-03-01', 'HIDDEN'), given('2024-03-01', 'FULL_NAME')], 'FULL_NAME'],
    [[given('2024-03-01', 'FULL_NAME'), given('2024-03-01', 'HIDDEN')], 'HIDDEN'],
  ])('on the same date the later element wins: %o gives %s', (events, choice) => {
    expect(consentOn(events, '2024-03-01').choice).toBe(choice);
  });

  it('hands back a copy, so a caller cannot change the default', () => {
    const consent = consentOn([], '2024-01-01');
    consent.choice = 'FULL_NAME';
    expect(DEFAULT_CONSENT.choice).toBe('ANONYMOUS');
  });
});

describe('mostProtective and consentForDisplay', () => {
  it.each([
    ['FULL_NAME', 'HIDDEN', 'HIDDEN'],
    ['FIRST_NAME_INITIAL', 'FULL_NAME', 'FIRST_NAME_INITIAL'],
    ['ANONYMOUS', 'FIRST_NAME_INITIAL', 'ANONYMOUS'],
    ['HIDDEN', 'ANONYMOUS', 'HIDDEN'],
  ] as const)('%s with %s is %s', (a, b, expected) => {
    const result = mostProtective(
      { choice: a, showLivedExperience: true, since: '2024-01-01' },
      { choice: b, showLivedExperience: false, since: '2024-02-01' },
    );
    expect(result).toEqual({ choice: expected, showLivedExperience: false, since: '2024-02-01' });
  });

  it('lets a withdrawal today reach back to a members list for a past date', () => {
    const history = [given('2023-01-01', 'FULL_NAME', true), withdrawn('2025-06-01')];
    expect(consentOn(history, '2024-01-01').choice).toBe('FULL_NAME');
    expect(consentForDisplay(history, '2024-01-01', '2026-01-01')).toEqual({
      choice: 'ANONYMOUS',
      showLivedExperience: false,
      since: '2025-06-01',
    });
  });

  it('does not reveal today what was not agreed on the day asked about', () => {
    const history = [given('2023-01-01', 'ANONYMOUS'), given('2025-06-01', 'FULL_NAME', true)];
    expect(consentForDisplay(history, '2024-01-01', '2026-01-01')).toMatchObject({
      choice: 'ANONYMOUS',
      showLivedExperience: false,
    });
  });
});

describe('validateConsentEvent', () => {
  it.each([
    [given('2024-02-29', 'FULL_NAME', true)],
    [given('2024-01-01', 'HIDDEN')],
    [withdrawn('2023-12-31')],
  ])('accepts %o', (event) => {
    expect(() => validateConsentEvent(event)).not.toThrow();
  });

  it.each([
    [given('2023-02-29', 'FULL_NAME'), 'on'],
    [given('2024-13-01', 'FULL_NAME'), 'on'],
    [given('2024-1-01', 'FULL_NAME'), 'on'],
    [withdrawn('2024-04-31'), 'on'],
    [withdrawn('today'), 'on'],
    [withdrawn(''), 'on'],
    [{ kind: 'GIVEN', on: '2024-01-01', choice: 'NICKNAME', showLivedExperience: false }, 'choice'],
    [{ kind: 'GIVEN', on: '2024-01-01', choice: 'FULL_NAME' }, 'showLivedExperience'],
    [
      { kind: 'GIVEN', on: '2024-01-01', choice: 'FULL_NAME', showLivedExperience: 'yes' },
      'showLivedExperience',
    ],
    [{ kind: 'PAUSED', on: '2024-01-01' }, 'kind'],
  ])('refuses %o on %s with BAD_USER_INPUT', (event, field) => {
    try {
      validateConsentEvent(event as ConsentEvent);
      throw new Error('expected a DomainError');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
      expect((error as DomainError).details).toEqual({ field });
    }
  });
});

describe('consent properties', () => {
  // A narrow window of days, so that events often share a date or fall on the day asked.
  const day = fc
    .integer({ min: 19_700, max: 19_760 })
    .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
  const event: fc.Arbitrary<ConsentEvent> = fc.oneof(
    fc.record({
      kind: fc.constant('GIVEN' as const),
      on: day,
      choice: fc.constantFrom(...PUBLIC_DISPLAY_CHOICES),
      showLivedExperience: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('WITHDRAWN' as const), on: day }),
  );
  const history = fc.array(event, { maxLength: 12 });

  const fromEvent = (e: ConsentEvent) =>
    e.kind === 'WITHDRAWN'
      ? { ...DEFAULT_CONSENT, since: e.on }
      : { choice: e.choice, showLivedExperience: e.showLivedExperience, since: e.on };

  it('only ever comes from an event on or before the date, or is the default', () => {
    fc.assert(
      fc.property(history, day, (events, on) => {
        const result = consentOn(events, on);
        if (result.since === null) return expect(result).toEqual(DEFAULT_CONSENT);
        expect(result.since <= on).toBe(true);
        expect(events.filter((e) => e.on <= on).map(fromEvent)).toContainEqual(result);
      }),
    );
  });

  it('comes from the latest event on or before the date', () => {
    fc.assert(
      fc.property(history, day, (events, on) => {
        const latest = events
          .filter((e) => e.on <= on)
          .reduce<string | null>((max, e) => (max === null || e.on > max ? e.on : max), null);
        expect(consentOn(events, on).since).toBe(latest);
      }),
    );
  });

  it('never yields a more revealing choice than the default after a withdrawal', () => {
    fc.assert(
      fc.property(history, day, fc.integer({ min: 0, max: 30 }), (events, withdrawnOn, later) => {
        const on = new Date(Date.parse(withdrawnOn) + later * 86_400_000)
          .toISOString()
          .slice(0, 10);
        // The withdrawal is the latest event on or before `on`: drop the others in between.
        const kept = events.filter((e) => e.on < withdrawnOn || e.on > on);
        const result = consentOn([...kept, withdrawn(withdrawnOn)], on);
        expect(revealingRank(result.choice)).toBeLessThanOrEqual(
          revealingRank(DEFAULT_CONSENT.choice),
        );
        expect(result.showLivedExperience).toBe(false);
        expect(result.since).toBe(withdrawnOn);
      }),
    );
  });

  it('is not changed on a date by adding an event after that date, anywhere in the history', () => {
    fc.assert(
      fc.property(history, day, event, fc.nat(), (events, on, extra, at) => {
        fc.pre(extra.on > on);
        const position = at % (events.length + 1);
        const more = [...events.slice(0, position), extra, ...events.slice(position)];
        expect(consentOn(more, on)).toEqual(consentOn(events, on));
      }),
    );
  });

  it('does not depend on the order of events with different dates', () => {
    const distinctDates = fc.uniqueArray(event, { maxLength: 10, selector: (e) => e.on });
    fc.assert(
      fc.property(
        distinctDates.chain((events) =>
          fc.tuple(
            fc.constant(events),
            fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
          ),
        ),
        day,
        ([events, shuffled], on) => {
          expect(consentOn(shuffled, on)).toEqual(consentOn(events, on));
        },
      ),
    );
  });

  it('for display, never reveals more than the consent on the day asked or today', () => {
    fc.assert(
      fc.property(history, day, day, (events, on, today) => {
        const shown = consentForDisplay(events, on, today);
        for (const other of [consentOn(events, on), consentOn(events, today)]) {
          expect(revealingRank(shown.choice)).toBeLessThanOrEqual(revealingRank(other.choice));
          if (shown.showLivedExperience) expect(other.showLivedExperience).toBe(true);
        }
        expect(
          shown.choice === consentOn(events, on).choice ||
            shown.choice === consentOn(events, today).choice,
        ).toBe(true);
      }),
    );
  });
});
