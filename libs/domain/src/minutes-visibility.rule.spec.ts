import { MINUTES_STATUSES, type MinutesStatus } from '@boards/shared/contracts';
import {
  decisionRegisterView,
  inPublicVersion,
  minutesView,
  visibleParts,
  type MinutesView,
} from './minutes-visibility.rule';
import type { MeetingAudience } from './paper-access.rule';

const AUDIENCES: MeetingAudience[] = ['STAFF', 'MEMBER', 'PUBLIC'];

describe('minutesView and decisionRegisterView', () => {
  const expected: Record<string, [MinutesView, MinutesView]> = {
    // status/audience: [minutes page, register of decisions]
    'none/STAFF': ['FULL', 'NONE'],
    'none/MEMBER': ['NONE', 'NONE'],
    'none/PUBLIC': ['NONE', 'NONE'],
    'DRAFT/STAFF': ['FULL', 'NONE'],
    'DRAFT/MEMBER': ['NONE', 'NONE'],
    'DRAFT/PUBLIC': ['NONE', 'NONE'],
    'CIRCULATED/STAFF': ['FULL', 'FULL'],
    'CIRCULATED/MEMBER': ['FULL', 'FULL'],
    'CIRCULATED/PUBLIC': ['NONE', 'NONE'],
    'APPROVED/STAFF': ['FULL', 'FULL'],
    'APPROVED/MEMBER': ['FULL', 'FULL'],
    'APPROVED/PUBLIC': ['NONE', 'NONE'],
    'PUBLISHED/STAFF': ['FULL', 'FULL'],
    'PUBLISHED/MEMBER': ['FULL', 'FULL'],
    'PUBLISHED/PUBLIC': ['PUBLIC_VERSION', 'PUBLIC_VERSION'],
  };
  const statuses: (MinutesStatus | null)[] = [null, ...MINUTES_STATUSES];
  it.each(statuses.flatMap((status) => AUDIENCES.map((audience) => [status, audience] as const)))(
    '%s minutes, %s',
    (status, audience) => {
      expect([minutesView(status, audience), decisionRegisterView(status, audience)]).toEqual(
        expected[`${status ?? 'none'}/${audience}`],
      );
    },
  );
});

describe('the public version', () => {
  const parts = [
    { text: 'whole meeting', item: null },
    { text: 'public item', item: { isPublic: true } },
    { text: 'private item', item: { isPublic: false } },
  ];

  it('keeps the meeting as a whole and public items, leaving private items out', () => {
    expect(inPublicVersion(null)).toBe(true);
    expect(visibleParts(parts, 'PUBLIC_VERSION', (p) => p.item).map((p) => p.text)).toEqual([
      'whole meeting',
      'public item',
    ]);
    expect(visibleParts(parts, 'FULL', (p) => p.item)).toHaveLength(3);
    expect(visibleParts(parts, 'NONE', (p) => p.item)).toEqual([]);
  });
});
