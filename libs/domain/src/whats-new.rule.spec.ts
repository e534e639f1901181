import fc from 'fast-check';
import { MEETING_STATUSES, MINUTES_STATUSES } from '@boards/shared/contracts';
import { meetingNews, minutesNews } from './whats-new.rule';

const SINCE = new Date('2026-12-01T09:00:00Z');
const BEFORE = new Date('2026-11-20T09:00:00Z');
const AFTER = new Date('2026-12-03T09:00:00Z');
const LATER = new Date('2026-12-05T09:00:00Z');

describe('meetingNews', () => {
  it.each([
    // status, created, updated, expected
    ['SCHEDULED', AFTER, AFTER, 'SCHEDULED'],
    ['SCHEDULED', AFTER, LATER, 'SCHEDULED'],
    ['SCHEDULED', BEFORE, AFTER, 'CHANGED'],
    ['SCHEDULED', BEFORE, BEFORE, null],
    ['SCHEDULED', BEFORE, SINCE, null],
    ['POSTPONED', BEFORE, AFTER, 'POSTPONED'],
    ['POSTPONED', AFTER, LATER, 'POSTPONED'],
    ['POSTPONED', BEFORE, BEFORE, null],
    ['CANCELLED', BEFORE, AFTER, 'CANCELLED'],
    ['CANCELLED', AFTER, LATER, 'CANCELLED'],
    ['CANCELLED', BEFORE, BEFORE, null],
    ['HELD', BEFORE, AFTER, null],
    ['HELD', AFTER, LATER, 'SCHEDULED'],
  ] as const)('%s, created %s, updated %s: %s', (status, createdAt, updatedAt, expected) => {
    expect(meetingNews({ status, createdAt, updatedAt }, SINCE)?.kind ?? null).toBe(expected);
  });

  it('dates the news by when it happened: created when scheduled, updated otherwise', () => {
    expect(meetingNews({ status: 'SCHEDULED', createdAt: AFTER, updatedAt: LATER }, SINCE)).toEqual(
      { kind: 'SCHEDULED', at: AFTER },
    );
    expect(meetingNews({ status: 'CANCELLED', createdAt: AFTER, updatedAt: LATER }, SINCE)).toEqual(
      { kind: 'CANCELLED', at: LATER },
    );
  });

  it('never makes news of a meeting untouched since the marker, and dates news after it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MEETING_STATUSES),
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 1e9 }),
        (status, created, touched) => {
          const createdAt = new Date(SINCE.getTime() + created);
          const updatedAt = new Date(createdAt.getTime() + touched);
          const news = meetingNews({ status, createdAt, updatedAt }, SINCE);
          if (updatedAt.getTime() <= SINCE.getTime()) expect(news).toBeNull();
          if (news) expect(news.at.getTime()).toBeGreaterThan(SINCE.getTime());
        },
      ),
    );
  });
});

describe('minutesNews', () => {
  it.each([
    // status, circulated, published, expected
    ['DRAFT', null, null, null],
    ['DRAFT', AFTER, null, null],
    ['CIRCULATED', AFTER, null, 'CIRCULATED'],
    ['CIRCULATED', BEFORE, null, null],
    ['APPROVED', AFTER, null, 'CIRCULATED'],
    ['APPROVED', BEFORE, null, null],
    ['PUBLISHED', BEFORE, AFTER, 'PUBLISHED'],
    ['PUBLISHED', AFTER, LATER, 'PUBLISHED'],
    ['PUBLISHED', BEFORE, BEFORE, null],
    ['PUBLISHED', BEFORE, SINCE, null],
  ] as const)(
    '%s, circulated %s, published %s: %s',
    (status, circulatedAt, publishedAt, expected) => {
      expect(minutesNews({ status, circulatedAt, publishedAt }, SINCE)?.kind ?? null).toBe(
        expected,
      );
    },
  );

  it('never makes news of draft minutes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MINUTES_STATUSES),
        fc.option(fc.integer({ min: -1e9, max: 1e9 }), { nil: null }),
        fc.option(fc.integer({ min: -1e9, max: 1e9 }), { nil: null }),
        (status, circulated, published) => {
          const at = (offset: number | null) =>
            offset === null ? null : new Date(SINCE.getTime() + offset);
          const news = minutesNews(
            { status, circulatedAt: at(circulated), publishedAt: at(published) },
            SINCE,
          );
          if (status === 'DRAFT') expect(news).toBeNull();
          if (news) expect(news.at.getTime()).toBeGreaterThan(SINCE.getTime());
        },
      ),
    );
  });
});
