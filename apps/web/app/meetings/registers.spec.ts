import { actionsFilterValues, byMeeting, readActionsFilter } from './registers';

describe('byMeeting', () => {
  it('groups decisions by meeting, keeping the order they came in', () => {
    const decisions = [
      { id: '1', meeting: { id: 'later' } },
      { id: '2', meeting: { id: 'later' } },
      { id: '3', meeting: { id: 'earlier' } },
    ];
    expect(byMeeting(decisions)).toEqual([
      { meetingId: 'later', decisions: [decisions[0], decisions[1]] },
      { meetingId: 'earlier', decisions: [decisions[2]] },
    ]);
    expect(byMeeting([])).toEqual([]);
  });
});

describe('the actions log’s filters', () => {
  it.each([
    ['', { status: null, mine: false }],
    ['status=OPEN', { status: 'OPEN', mine: false }],
    ['status=IN_PROGRESS&whose=mine', { status: 'IN_PROGRESS', mine: true }],
    ['status=open&whose=everyone', { status: null, mine: false }],
    ['status=DROP%20TABLE', { status: null, mine: false }],
  ])('reads “%s”', (query, filter) => {
    expect(readActionsFilter(new URLSearchParams(query))).toEqual(filter);
  });

  it('gives the filters back for links to further pages', () => {
    expect(actionsFilterValues({ status: 'DONE', mine: true })).toEqual({
      status: 'DONE',
      whose: 'mine',
    });
    expect(actionsFilterValues({ status: null, mine: false })).toEqual({ status: '', whose: '' });
  });
});
