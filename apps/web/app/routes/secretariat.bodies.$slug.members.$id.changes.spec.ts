import {
  ChangeMemberRoleDocument,
  CorrectMembershipDocument,
  ExtendMembershipDocument,
  RemoveMembershipDocument,
  SecretariatMembershipDocument,
} from '@boards/web/api-client';
import { errorReply } from '../testing/stand-in-api';
import { routeHarness, thrown } from '../testing/route-harness';
import {
  CROSS_SEAT_ID,
  EBE,
  EVIDENCE,
  MEMBERSHIP_ID,
  membershipPath,
  membershipReply,
} from '../testing/membership-fixtures';

type Extend = typeof import('./secretariat.bodies.$slug.members.$id.extend');
type ChangeRole = typeof import('./secretariat.bodies.$slug.members.$id.change-role');
type Correct = typeof import('./secretariat.bodies.$slug.members.$id.correct');
type Remove = typeof import('./secretariat.bodies.$slug.members.$id.remove._index');
type RemoveConfirm = typeof import('./secretariat.bodies.$slug.members.$id.remove.confirm');

const params = { slug: EBE.slug, id: MEMBERSHIP_ID };
const MEMBERS = `/secretariat/bodies/${EBE.slug}/members`;
const CONFLICT = errorReply(
  'CONFLICT',
  'Someone else changed this membership while you were looking at it. Check it again and make your change',
);

describe('changing a membership', () => {
  const harness = routeHarness();
  let extend: Extend;
  let changeRole: ChangeRole;
  let correct: Correct;
  let remove: Remove;
  let removeConfirm: RemoveConfirm;

  beforeAll(async () => {
    extend = await import('./secretariat.bodies.$slug.members.$id.extend');
    changeRole = await import('./secretariat.bodies.$slug.members.$id.change-role');
    correct = await import('./secretariat.bodies.$slug.members.$id.correct');
    remove = await import('./secretariat.bodies.$slug.members.$id.remove._index');
    removeConfirm = await import('./secretariat.bodies.$slug.members.$id.remove.confirm');
  });

  const call = <T>(
    route: { action: (args: never) => Promise<T> },
    page: string[],
    fields: Record<string, string>,
  ) =>
    route.action({
      request: harness.post(membershipPath(...page), fields),
      params,
      context: {},
    } as never);

  describe('extending', () => {
    it('to a later day, or with no end, with the version loaded', async () => {
      harness.api.reply(SecretariatMembershipDocument, membershipReply({ endsOn: '2026-12-31' }));
      harness.api.reply(ExtendMembershipDocument, {
        data: { extendMembership: { id: MEMBERSHIP_ID, endsOn: null } },
      });
      const response = await call(extend, ['extend'], { expectedVersion: '3', intent: 'OPEN' });
      expect(harness.api.received[1]?.variables).toEqual({
        id: MEMBERSHIP_ID,
        endsOn: null,
        expectedVersion: 3,
      });
      expect(response.headers.get('Location')).toBe(MEMBERS);
      expect((await harness.readFlash(response)).notice).toBe(
        'Kayla Brooks’s membership of the Experts by Experience Board now has no end date',
      );
    });

    it('shows a stale version’s CONFLICT and a cross-seat refusal on the form', async () => {
      harness.api.reply(SecretariatMembershipDocument, membershipReply({ endsOn: '2026-12-31' }));
      harness.api.reply(ExtendMembershipDocument, CONFLICT);
      const fields = {
        expectedVersion: '2',
        intent: 'DATE',
        'endsOn-day': '31',
        'endsOn-month': '3',
        'endsOn-year': '2027',
      };
      const stale = await harness.readFlash(await call(extend, ['extend'], fields));
      expect(stale.form?.errors[0]?.message).toMatch(/^Someone else changed this membership/);
      expect(stale.form?.values['endsOn-year']).toBe('2027');
      harness.api.reply(
        ExtendMembershipDocument,
        errorReply('CROSS_SEAT_RULE', 'From 1 January 2027 this person is not a member', {
          field: 'endsOn',
        }),
      );
      const refused = await harness.readFlash(await call(extend, ['extend'], fields));
      expect(refused.form?.errors).toEqual([
        { field: 'endsOn-day', message: 'From 1 January 2027 this person is not a member' },
      ]);
    });

    it('is not offered for an open-ended membership', async () => {
      harness.api.reply(SecretariatMembershipDocument, membershipReply());
      const response = await thrown(
        extend.loader({ request: harness.get(membershipPath('extend')), params, context: {} }),
      );
      expect(response.headers.get('Location')).toBe(`${MEMBERS}/${MEMBERSHIP_ID}`);
    });
  });

  describe('changing the role', () => {
    it('from a date', async () => {
      harness.api.reply(SecretariatMembershipDocument, membershipReply());
      harness.api.reply(ChangeMemberRoleDocument, {
        data: { changeMemberRole: { id: 'next', role: 'VICE_CHAIR', startsOn: '2026-12-01' } },
      });
      const response = await call(changeRole, ['change-role'], {
        expectedVersion: '3',
        role: 'VICE_CHAIR',
        'from-day': '1',
        'from-month': '12',
        'from-year': '2026',
      });
      expect(harness.api.received[1]?.variables).toEqual({
        id: MEMBERSHIP_ID,
        role: 'VICE_CHAIR',
        from: '2026-12-01',
        expectedVersion: 3,
      });
      expect((await harness.readFlash(response)).notice).toBe(
        'Kayla Brooks’s role on the Experts by Experience Board is vice-chair from 1 December 2026',
      );
    });
  });

  describe('correcting', () => {
    it('says whether cross-seats rest on the membership, as the API says', async () => {
      const load = () =>
        correct.loader({ request: harness.get(membershipPath('correct')), params, context: {} });
      harness.api.reply(SecretariatMembershipDocument, membershipReply());
      expect((await load()).resting.map((seat) => seat.id)).toEqual([CROSS_SEAT_ID]);
      // As on a day after their cross-seat ended: the API decides, not the web server's day.
      harness.api.reply(SecretariatMembershipDocument, membershipReply({ restingCrossSeats: [] }));
      expect((await load()).resting).toEqual([]);
    });

    it('sends the membership as it should be and why, and names cross-seats that followed', async () => {
      harness.api.reply(SecretariatMembershipDocument, membershipReply());
      harness.api.reply(CorrectMembershipDocument, {
        data: {
          correctMembership: {
            membership: { id: MEMBERSHIP_ID },
            crossSeatsEnded: [],
            crossSeatsCancelled: [
              { id: CROSS_SEAT_ID, startsOn: '2021-04-14', endsOn: null, body: EVIDENCE },
            ],
            sessionsEnded: 0,
          },
        },
      });
      const response = await call(correct, ['correct'], {
        expectedVersion: '3',
        role: 'MEMBER',
        'startsOn-day': '1',
        'startsOn-month': '5',
        'startsOn-year': '2021',
        endReason: '',
        reason: 'Joined in May, not March',
      });
      expect(harness.api.received[1]?.variables).toEqual({
        id: MEMBERSHIP_ID,
        expectedVersion: 3,
        input: {
          role: 'MEMBER',
          startsOn: '2021-05-01',
          endsOn: null,
          endReason: null,
          reason: 'Joined in May, not March',
        },
      });
      expect((await harness.readFlash(response)).notice).toBe(
        'Kayla Brooks’s membership has been corrected. Their cross-seat on the Evidence Group, not yet begun, was cancelled.',
      );
    });

    it('after someone else’s change, keeps only why: the form shows the record as it now is', async () => {
      harness.api.reply(SecretariatMembershipDocument, membershipReply());
      harness.api.reply(CorrectMembershipDocument, CONFLICT);
      const response = await call(correct, ['correct'], {
        expectedVersion: '2',
        role: 'CHAIR',
        'startsOn-day': '1',
        'startsOn-month': '5',
        'startsOn-year': '2021',
        reason: 'Joined in May, not March',
      });
      const { form } = await harness.readFlash(response);
      expect(form?.errors[0]?.message).toMatch(/^Someone else changed this membership/);
      expect(form?.values).toEqual({ reason: 'Joined in May, not March' });
    });

    it('needs to know what was wrong', async () => {
      harness.api.reply(SecretariatMembershipDocument, membershipReply());
      const response = await call(correct, ['correct'], {
        expectedVersion: '3',
        role: 'MEMBER',
        'startsOn-day': '1',
        'startsOn-month': '5',
        'startsOn-year': '2021',
      });
      expect((await harness.readFlash(response)).form?.errors).toEqual([
        { field: 'reason', message: 'Enter what was wrong and why it is being corrected' },
      ]);
    });
  });

  describe('removing', () => {
    it('asks to confirm, then removes with the version loaded', async () => {
      harness.api.reply(SecretariatMembershipDocument, membershipReply());
      const asked = await call(remove, ['remove'], { reason: 'Entered twice' });
      expect(asked.headers.get('Location')).toBe(`${MEMBERS}/${MEMBERSHIP_ID}/remove/confirm`);
      const data = await removeConfirm.loader({
        request: harness.get(membershipPath('remove', 'confirm'), harness.flashCookie(asked)),
        params,
        context: {},
      });
      expect(data.reason).toBe('Entered twice');
      expect(data.resting.map((seat) => seat.id)).toEqual([CROSS_SEAT_ID]);

      harness.api.reply(RemoveMembershipDocument, {
        data: {
          removeMembership: { crossSeatsEnded: [], crossSeatsCancelled: [], sessionsEnded: 0 },
        },
      });
      const removed = await call(removeConfirm, ['remove', 'confirm'], {
        intent: 'remove',
        expectedVersion: '3',
        reason: 'Entered twice',
      });
      expect(harness.api.received.at(-1)).toMatchObject({
        operationName: 'RemoveMembership',
        variables: { id: MEMBERSHIP_ID, reason: 'Entered twice', expectedVersion: 3 },
      });
      expect((await harness.readFlash(removed)).notice).toBe(
        'Kayla Brooks’s membership of the Experts by Experience Board has been removed.',
      );
    });

    it('warns of no cross-seats on the confirmation when the API says none rest on it', async () => {
      harness.api.reply(SecretariatMembershipDocument, membershipReply({ restingCrossSeats: [] }));
      const asked = await call(remove, ['remove'], { reason: 'Entered twice' });
      const data = await removeConfirm.loader({
        request: harness.get(membershipPath('remove', 'confirm'), harness.flashCookie(asked)),
        params,
        context: {},
      });
      expect(data.resting).toEqual([]);
    });

    it('without a reason to confirm (a reload), goes back to the form', async () => {
      harness.api.reply(SecretariatMembershipDocument, membershipReply());
      const response = await thrown(
        removeConfirm.loader({
          request: harness.get(membershipPath('remove', 'confirm')),
          params,
          context: {},
        }),
      );
      expect(response.headers.get('Location')).toBe(`${MEMBERS}/${MEMBERSHIP_ID}/remove`);
    });

    it('on a stale version, goes back to the form with the CONFLICT message', async () => {
      harness.api.reply(SecretariatMembershipDocument, membershipReply());
      harness.api.reply(RemoveMembershipDocument, CONFLICT);
      const response = await call(removeConfirm, ['remove', 'confirm'], {
        intent: 'remove',
        expectedVersion: '2',
        reason: 'Entered twice',
      });
      expect(response.headers.get('Location')).toBe(`${MEMBERS}/${MEMBERSHIP_ID}/remove`);
      const { form, notice } = await harness.readFlash(response);
      expect(notice).toBeUndefined();
      expect(form?.errors[0]).toMatchObject({ field: 'reason' });
      expect(form?.values['reason']).toBe('Entered twice');
    });
  });
});
