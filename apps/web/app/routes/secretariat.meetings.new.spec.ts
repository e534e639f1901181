import { MeetingFormOptionsDocument, SecretariatMeetingDocument } from '@boards/web/api-client';
import { routeHarness } from '../testing/route-harness';
import { EBE_ID, EVIDENCE_ID } from '../testing/membership-fixtures';

type New = typeof import('./secretariat.meetings.new');
type Edit = typeof import('./secretariat.meetings.$id.edit');

const DESIGN_ID = '0b5f8f3e-5d0e-4d8e-9a53-0c6f6a3b9d11';
const MEETING_ID = '6f1c1f6e-2a43-4c8e-8f0e-3f5e2b1c9a77';

/**
 * The bodies as the API gives them: the board is to be dissolved from a later day (it still
 * exists until then), the Design Group is gone. Whether a body can still meet is the API's
 * answer (stillExists), not the web's reading of its dates.
 */
const OPTIONS = {
  data: {
    bodies: [
      {
        id: EBE_ID,
        name: 'Experts by Experience Board',
        dissolvedOn: '2099-04-01',
        stillExists: true,
      },
      { id: DESIGN_ID, name: 'Design Group', dissolvedOn: '2024-01-01', stillExists: false },
      { id: EVIDENCE_ID, name: 'Evidence Group', dissolvedOn: null, stillExists: true },
    ].map((body) => ({ ...body, memberships: { totalCount: 3 } })),
  },
};

describe('the bodies the meeting forms offer', () => {
  const harness = routeHarness();
  let schedule: New;
  let change: Edit;

  beforeAll(async () => {
    schedule = await import('./secretariat.meetings.new');
    change = await import('./secretariat.meetings.$id.edit');
  });

  it('offers, for a new meeting, every body that exists today or on a later day', async () => {
    harness.api.reply(MeetingFormOptionsDocument, OPTIONS);
    const data = await schedule.loader({
      request: harness.get('http://localhost/secretariat/meetings/new'),
      params: {},
      context: {},
    });
    // The board is being wound down, not gone: it can meet until its last day.
    expect(data.bodies).toEqual([
      { id: EBE_ID, name: 'Experts by Experience Board' },
      { id: EVIDENCE_ID, name: 'Evidence Group' },
    ]);
  });

  it('keeps, when changing a meeting, the bodies it is already for', async () => {
    harness.api.reply(MeetingFormOptionsDocument, OPTIONS);
    harness.api.reply(SecretariatMeetingDocument, {
      data: {
        meeting: {
          id: MEETING_ID,
          title: 'Joint session',
          status: 'SCHEDULED',
          allowedActions: ['POSTPONE', 'CANCEL'],
          version: 1,
          summary: '',
          date: '2026-12-08',
          startsAt: '2026-12-08T10:00:00.000Z',
          endsAt: '2026-12-08T12:00:00.000Z',
          location: 'Room 1',
          onlineLink: null,
          support: null,
          bodies: [{ id: DESIGN_ID }],
        },
      },
    });
    const data = await change.loader({
      request: harness.get(`http://localhost/secretariat/meetings/${MEETING_ID}/edit`),
      params: { id: MEETING_ID },
      context: {},
    });
    expect(data.bodies.map((body) => body.name)).toEqual([
      'Experts by Experience Board',
      'Design Group',
      'Evidence Group',
    ]);
  });
});
