import {
  appointFormValuesFromQuery,
  appointmentQuery,
  readAppointForm,
  readAppointmentQuery,
  readChangeRoleForm,
  readCorrectForm,
  readDissolveForm,
  readEndForm,
  readExtendForm,
  readRemoveForm,
  readRuleForm,
} from './membership-forms';
import { readWholeNumber } from './form-reading';

const BODY = '81b8baa6-0e9b-4283-b487-2d09a514a37c';
const FROM_BODY = '15aa8afa-965a-4a36-a365-5c1a00633c92';
const PERSON = 'c0870fcb-28d6-4370-9261-cfcc0b82ecf5';

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

const date = (prefix: string, day: string, month: string, year: string) => ({
  [`${prefix}-day`]: day,
  [`${prefix}-month`]: month,
  [`${prefix}-year`]: year,
});

const APPOINTMENT = {
  personId: PERSON,
  role: 'MEMBER',
  ...date('startsOn', '23', '11', '2026'),
  ...date('endsOn', '', '', ''),
  seat: FROM_BODY,
};

describe('readAppointForm', () => {
  it('gives the API’s input for a cross-seat, an open end as null', () => {
    expect(readAppointForm(form(APPOINTMENT), BODY)).toMatchObject({
      ok: true,
      input: {
        personId: PERSON,
        bodyId: BODY,
        role: 'MEMBER',
        startsOn: '2026-11-23',
        endsOn: null,
        fromBodyId: FROM_BODY,
      },
    });
  });

  it('leaves the from body out of an ordinary seat', () => {
    const result = readAppointForm(form({ ...APPOINTMENT, seat: 'ORDINARY' }), BODY);
    expect(result.ok && result.input.fromBodyId).toBeNull();
  });

  it('lists every problem in the order of the form, with GOV.UK messages', () => {
    const result = readAppointForm(
      form({ ...date('startsOn', '31', '2', '2026'), ...date('endsOn', '1', '', '2026') }),
      BODY,
    );
    expect(!result.ok && result.errors).toEqual([
      { field: 'personId', message: 'Select the person to appoint' },
      { field: 'role', message: 'Select their role' },
      { field: 'startsOn-day', message: 'The start date must be a real date' },
      { field: 'startsOn-month', message: 'The start date must be a real date' },
      { field: 'startsOn-year', message: 'The start date must be a real date' },
      { field: 'endsOn-month', message: 'The end date must include a month' },
      { field: 'seat', message: 'Select an ordinary seat or a cross-seat' },
    ]);
    expect(result.values['startsOn-day']).toBe('31');
  });

  it('asks for an end on or after the start', () => {
    const result = readAppointForm(
      form({ ...APPOINTMENT, ...date('endsOn', '1', '1', '2026') }),
      BODY,
    );
    expect(!result.ok && result.errors).toEqual([
      { field: 'endsOn-day', message: 'The end date must be the same as or after the start date' },
    ]);
  });

  it('refuses a cross-seat from the body itself and a person id that is not one', () => {
    const result = readAppointForm(form({ ...APPOINTMENT, personId: 'someone', seat: BODY }), BODY);
    expect(!result.ok && result.errors).toEqual([
      { field: 'personId', message: 'Select a person' },
      { field: 'seat', message: 'A cross-seat must come from another body' },
    ]);
    const made = readAppointForm(form({ ...APPOINTMENT, seat: 'CROSS' }), BODY);
    expect(!made.ok && made.errors).toEqual([
      { field: 'seat', message: 'Select the body the cross-seat comes from' },
    ]);
  });
});

describe('the check page’s address', () => {
  it('carries an appointment there and back', () => {
    const appointment = {
      personId: PERSON,
      bodyId: BODY,
      role: 'CHAIR' as const,
      startsOn: '2026-11-23',
      endsOn: '2027-11-22',
      fromBodyId: FROM_BODY,
    };
    const query = appointmentQuery(appointment);
    expect(readAppointmentQuery(query)).toEqual(appointment);
    expect(appointFormValuesFromQuery(query)).toEqual({
      personId: PERSON,
      role: 'CHAIR',
      seat: FROM_BODY,
      'startsOn-day': '23',
      'startsOn-month': '11',
      'startsOn-year': '2026',
      'endsOn-day': '22',
      'endsOn-month': '11',
      'endsOn-year': '2027',
    });
  });

  it('takes nothing from an edited address that is not an appointment', () => {
    const query = new URLSearchParams({ personId: PERSON, role: 'KING', startsOn: '2026-02-30' });
    expect(readAppointmentQuery(query)).toBeNull();
    expect(appointFormValuesFromQuery(query)).toMatchObject({
      personId: PERSON,
      role: '',
      seat: 'ORDINARY',
      'startsOn-day': '30',
    });
    expect(appointFormValuesFromQuery(new URLSearchParams({ personId: '<x>' }))).toMatchObject({
      personId: '',
    });
  });
});

describe('readEndForm', () => {
  it('gives the last day and the reason, trimmed', () => {
    expect(
      readEndForm(form({ ...date('endsOn', '22', 'Nov', '2026'), reason: ' Stepped down ' })),
    ).toMatchObject({ ok: true, input: { endsOn: '2026-11-22', reason: 'Stepped down' } });
  });

  it('asks for both', () => {
    const result = readEndForm(form({ reason: '  ' }));
    expect(!result.ok && result.errors).toEqual([
      { field: 'endsOn-day', message: 'Enter the last day of the membership' },
      { field: 'endsOn-month', message: 'Enter the last day of the membership' },
      { field: 'endsOn-year', message: 'Enter the last day of the membership' },
      { field: 'reason', message: 'Enter why the membership is ending' },
    ]);
  });

  it('limits the reason to 500 characters', () => {
    const result = readEndForm(
      form({ ...date('endsOn', '1', '1', '2027'), reason: 'x'.repeat(501) }),
    );
    expect(!result.ok && result.errors).toEqual([
      { field: 'reason', message: 'Reason must be 500 characters or fewer' },
    ]);
  });
});

describe('readChangeRoleForm', () => {
  it('gives the role and the first day in it', () => {
    expect(
      readChangeRoleForm(form({ role: 'VICE_CHAIR', ...date('from', '1', '12', '2026') })),
    ).toMatchObject({ ok: true, input: { role: 'VICE_CHAIR', from: '2026-12-01' } });
  });

  it('asks for a role and a date', () => {
    const result = readChangeRoleForm(form({ role: 'PRESIDENT' }));
    expect(!result.ok && result.errors.map((error) => error.message)).toEqual([
      'Select their new role',
      'Enter the date the new role starts',
      'Enter the date the new role starts',
      'Enter the date the new role starts',
    ]);
  });
});

describe('readExtendForm', () => {
  it('gives a later last day, or none', () => {
    expect(
      readExtendForm(form({ intent: 'DATE', ...date('endsOn', '31', '3', '2027') })),
    ).toMatchObject({ ok: true, input: { endsOn: '2027-03-31' } });
    expect(readExtendForm(form({ intent: 'OPEN', ...date('endsOn', 'x', '', '') }))).toMatchObject({
      ok: true,
      input: { endsOn: null },
    });
  });

  it('asks for the date, and answers 400 to a post from no form of the page', () => {
    const result = readExtendForm(form({ intent: 'DATE' }));
    expect(!result.ok && result.errors[0]).toEqual({
      field: 'endsOn-day',
      message: 'Enter the new last day of the membership',
    });
    expect(() => readExtendForm(form({}))).toThrow(expect.objectContaining({ status: 400 }));
  });
});

describe('readCorrectForm', () => {
  const CORRECTION = {
    role: 'MEMBER',
    ...date('startsOn', '14', '4', '2021'),
    ...date('endsOn', '', '', ''),
    endReason: ' ',
    reason: 'Started a month earlier than recorded',
  };

  it('gives the membership as it should be, blanks as null, and why', () => {
    expect(readCorrectForm(form(CORRECTION))).toMatchObject({
      ok: true,
      input: {
        role: 'MEMBER',
        startsOn: '2021-04-14',
        endsOn: null,
        endReason: null,
        reason: 'Started a month earlier than recorded',
      },
    });
  });

  it('needs the reason for the correction', () => {
    const result = readCorrectForm(form({ ...CORRECTION, reason: '' }));
    expect(!result.ok && result.errors).toEqual([
      { field: 'reason', message: 'Enter what was wrong and why it is being corrected' },
    ]);
  });

  it('puts an end before the start against the end date', () => {
    const result = readCorrectForm(form({ ...CORRECTION, ...date('endsOn', '1', '1', '2021') }));
    expect(!result.ok && result.errors).toEqual([
      { field: 'endsOn-day', message: 'The end date must be the same as or after the start date' },
    ]);
  });
});

describe('readRemoveForm and readDissolveForm', () => {
  it('need a reason', () => {
    expect(readRemoveForm(form({ reason: 'Entered twice' }))).toMatchObject({
      ok: true,
      input: { reason: 'Entered twice' },
    });
    expect(readRemoveForm(form({}))).toMatchObject({
      ok: false,
      errors: [{ field: 'reason', message: 'Enter why this membership was recorded in error' }],
    });
    expect(readDissolveForm(form({ ...date('dissolvedOn', '1', '4', '2027') }))).toMatchObject({
      ok: false,
      errors: [{ field: 'reason', message: 'Enter why the body is being dissolved' }],
    });
  });

  it('gives the day the body no longer exists', () => {
    expect(
      readDissolveForm(
        form({ ...date('dissolvedOn', '1', '4', '2027'), reason: ' Its work is done ' }),
      ),
    ).toMatchObject({ ok: true, input: { dissolvedOn: '2027-04-01', reason: 'Its work is done' } });
  });
});

describe('readRuleForm', () => {
  const bodies = { targetBodyId: BODY, fromBodyId: FROM_BODY };

  const from = date('effectiveFrom', '1', '4', '2027');

  it('gives whole numbers, from a date', () => {
    expect(readRuleForm(form({ minSeats: ' 1 ', maxSeats: '3', ...from }), bodies)).toMatchObject({
      ok: true,
      input: { ...bodies, minSeats: 1, maxSeats: 3, effectiveFrom: '2027-04-01' },
    });
  });

  it('asks for the date the change takes effect, with the seats’ errors too', () => {
    expect(readRuleForm(form({ minSeats: '3', maxSeats: '2' }), bodies)).toMatchObject({
      ok: false,
      errors: [
        {
          field: 'maxSeats',
          message: 'The most seats must be the same as or more than the fewest',
        },
        ...['day', 'month', 'year'].map((part) => ({
          field: `effectiveFrom-${part}`,
          message: 'Enter the date the change takes effect',
        })),
      ],
    });
  });

  it.each([
    [{ minSeats: '', maxSeats: '2' }, 'minSeats', 'Enter the fewest seats, as a whole number'],
    [{ minSeats: '1.5', maxSeats: '2' }, 'minSeats', 'Enter the fewest seats, as a whole number'],
    [{ minSeats: '0', maxSeats: '21' }, 'maxSeats', 'The most seats must be 20 or fewer'],
    [
      { minSeats: '3', maxSeats: '2' },
      'maxSeats',
      'The most seats must be the same as or more than the fewest',
    ],
  ])('refuses %p', (fields, field, message) => {
    expect(readRuleForm(form({ ...fields, ...from }), bodies)).toMatchObject({
      ok: false,
      errors: [{ field, message }],
    });
  });
});

describe('readWholeNumber', () => {
  it('reads a version, and answers 400 to anything else', () => {
    expect(readWholeNumber(form({ expectedVersion: '3' }), 'expectedVersion')).toBe(3);
    for (const value of ['', '-1', '1e3', 'three', '1234567890']) {
      expect(() => readWholeNumber(form({ expectedVersion: value }), 'expectedVersion')).toThrow(
        expect.objectContaining({ status: 400 }),
      );
    }
  });
});
