import { bodyDetailsSchema } from './body';
import { appointmentSchema, crossSeatRuleSchema, endMembershipSchema } from './membership';

const A = '6f1c1f4e-8a7b-4c3d-9e2f-1a2b3c4d5e6f';
const B = '0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d';
const valid = { personId: A, bodyId: B, role: 'MEMBER', startsOn: '2024-01-01' };

const firstIssue = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) =>
  result.success
    ? null
    : { field: result.error?.issues[0]?.path.join('.'), message: result.error?.issues[0]?.message };

describe('appointmentSchema', () => {
  it('accepts an ordinary appointment, open-ended, and fills in the blanks with null', () => {
    expect(appointmentSchema.parse(valid)).toEqual({ ...valid, endsOn: null, fromBodyId: null });
  });

  it.each([
    ['no person', { personId: '' }, 'personId', 'Select a person'],
    ['a person id that is not one', { personId: 'robert' }, 'personId', 'Select a person'],
    ['an unknown role', { role: 'KING' }, 'role', 'Select a role'],
    ['no start date', { startsOn: '' }, 'startsOn', 'Enter the date the membership starts'],
    ['an impossible start date', { startsOn: '2023-02-29' }, 'startsOn', 'Enter a real date'],
    ['a start date in another format', { startsOn: '01/02/2024' }, 'startsOn', 'Enter a real date'],
    [
      'an end before the start',
      { endsOn: '2023-12-31' },
      'endsOn',
      'The end date must be the same as or after the start date',
    ],
    [
      'a cross-seat from the same body',
      { fromBodyId: B },
      'fromBodyId',
      'A cross-seat must come from another body',
    ],
  ])('refuses %s', (_name, change, field, message) => {
    expect(firstIssue(appointmentSchema.safeParse({ ...valid, ...change }))).toEqual({
      field,
      message,
    });
  });

  it('accepts a one-day membership and a cross-seat from another body', () => {
    expect(
      appointmentSchema.safeParse({ ...valid, endsOn: '2024-01-01', fromBodyId: A }).success,
    ).toBe(true);
  });
});

describe('endMembershipSchema', () => {
  it.each([
    ['a blank reason', { endsOn: '2024-01-01', reason: '   ' }, 'reason'],
    ['a reason with control characters', { endsOn: '2024-01-01', reason: 'left\u0007' }, 'reason'],
    ['a reason too long', { endsOn: '2024-01-01', reason: 'x'.repeat(501) }, 'reason'],
    ['no date', { endsOn: '', reason: 'Stepped down' }, 'endsOn'],
  ])('refuses %s', (_name, input, field) => {
    expect(firstIssue(endMembershipSchema.safeParse(input))?.field).toBe(field);
  });

  it('trims and normalises the reason', () => {
    expect(
      endMembershipSchema.parse({ endsOn: '2024-01-01', reason: '  Cafe\u0301  ' }).reason,
    ).toBe('Café');
  });
});

describe('crossSeatRuleSchema', () => {
  const rule = { targetBodyId: A, fromBodyId: B, minSeats: 2, maxSeats: 2 };
  it.each([
    ['fewer than none', { minSeats: -1 }, 'minSeats'],
    ['a fraction of a seat', { minSeats: 1.5 }, 'minSeats'],
    ['a maximum below the minimum', { minSeats: 3, maxSeats: 2 }, 'maxSeats'],
    ['no seats at all', { minSeats: 0, maxSeats: 0 }, 'maxSeats'],
    ['more than twenty', { maxSeats: 21 }, 'maxSeats'],
    ['the same body on both sides', { fromBodyId: A }, 'fromBodyId'],
  ])('refuses %s', (_name, change, field) => {
    expect(firstIssue(crossSeatRuleSchema.safeParse({ ...rule, ...change }))?.field).toBe(field);
  });

  it('accepts the review’s rule, two seats exactly', () => {
    expect(crossSeatRuleSchema.parse(rule)).toEqual(rule);
  });
});

describe('bodyDetailsSchema', () => {
  const body = {
    slug: 'care-leavers-panel',
    name: 'Care Leavers Panel',
    kind: 'GROUP',
    purpose: 'Advises.',
    establishedOn: '2022-01-10',
  };
  it.each([
    ['a slug with capitals', { slug: 'Care' }, 'slug'],
    ['a blank name', { name: '  ' }, 'name'],
    ['an unknown kind', { kind: 'COMMITTEE' }, 'kind'],
    ['no purpose', { purpose: '' }, 'purpose'],
    ['an impossible date', { establishedOn: '2022-13-01' }, 'establishedOn'],
  ])('refuses %s', (_name, change, field) => {
    expect(firstIssue(bodyDetailsSchema.safeParse({ ...body, ...change }))?.field).toBe(field);
  });

  it('keeps line breaks in the purpose', () => {
    expect(bodyDetailsSchema.parse({ ...body, purpose: 'One.\nTwo.' }).purpose).toBe('One.\nTwo.');
  });
});
