import {
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  ATTENDANCE_STATUSES,
  ATTENDANCE_STATUS_LABELS,
  MEETING_STATUSES,
  MEETING_STATUS_LABELS,
  MINUTES_STATUSES,
  MINUTES_STATUS_LABELS,
  PAPER_VISIBILITIES,
  PAPER_VISIBILITY_LABELS,
} from './meeting';

describe('meeting enums', () => {
  it.each([
    ['MEETING_STATUSES', MEETING_STATUSES, ['SCHEDULED', 'POSTPONED', 'CANCELLED', 'HELD']],
    ['PAPER_VISIBILITIES', PAPER_VISIBILITIES, ['PUBLIC', 'MEMBERS', 'NAMED']],
    ['ATTENDANCE_STATUSES', ATTENDANCE_STATUSES, ['PRESENT', 'APOLOGIES', 'ABSENT', 'OBSERVER']],
    ['MINUTES_STATUSES', MINUTES_STATUSES, ['DRAFT', 'CIRCULATED', 'APPROVED', 'PUBLISHED']],
    ['ACTION_STATUSES', ACTION_STATUSES, ['OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED']],
  ])('%s are the database enum values, in order', (_name, values, expected) => {
    expect([...values]).toEqual(expected);
  });

  it.each([
    ['MEETING_STATUS_LABELS', MEETING_STATUSES, MEETING_STATUS_LABELS],
    ['PAPER_VISIBILITY_LABELS', PAPER_VISIBILITIES, PAPER_VISIBILITY_LABELS],
    ['ATTENDANCE_STATUS_LABELS', ATTENDANCE_STATUSES, ATTENDANCE_STATUS_LABELS],
    ['MINUTES_STATUS_LABELS', MINUTES_STATUSES, MINUTES_STATUS_LABELS],
    ['ACTION_STATUS_LABELS', ACTION_STATUSES, ACTION_STATUS_LABELS],
  ] as const)('%s label every value, in sentence case', (_name, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const label of Object.values(labels)) expect(label).toMatch(/^[A-Z][a-z ]+$/);
  });
});
