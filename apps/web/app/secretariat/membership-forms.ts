import {
  appointmentSchema,
  changeRoleSchema,
  correctMembershipSchema,
  crossSeatRuleSchema,
  endMembershipSchema,
  isMembershipRole,
  MEMBERSHIP_LIMITS,
  removeMembershipSchema,
  type Appointment,
  type MembershipRole,
} from '@boards/shared/contracts';
import type { DateQuestion } from '../date-fields';
import type { FieldError } from '../form-state';
import {
  dateValues,
  inFormOrder,
  readDate,
  schemaErrors,
  text,
  type FormResult,
  type FormSource,
} from './form-reading';

/** The hidden field carrying the membership's `version` the form was loaded with. */
export const EXPECTED_VERSION = 'expectedVersion';

export const STARTS_ON = 'startsOn';
export const ENDS_ON = 'endsOn';
export const ROLE_FROM = 'from';
export const DISSOLVED_ON = 'dissolvedOn';

const STARTS_ON_QUESTION: DateQuestion = {
  missing: 'Enter the date the membership starts',
  subject: 'The start date',
};

const ENDS_ON_OPTIONAL: DateQuestion = {
  missing: 'Enter the date the membership ends',
  subject: 'The end date',
  optional: true,
};

const LAST_DAY_QUESTION: DateQuestion = {
  missing: 'Enter the last day of the membership',
  subject: 'The last day',
};

const NEW_LAST_DAY_QUESTION: DateQuestion = {
  missing: 'Enter the new last day of the membership',
  subject: 'The new last day',
};

const ROLE_FROM_QUESTION: DateQuestion = {
  missing: 'Enter the date the new role starts',
  subject: 'The date the new role starts',
};

export const RULE_FROM = 'effectiveFrom';

const RULE_FROM_QUESTION: DateQuestion = {
  missing: 'Enter the date the change takes effect',
  subject: 'The date the change takes effect',
};

const DISSOLVED_ON_QUESTION: DateQuestion = {
  missing: 'Enter the date the body is dissolved',
  subject: 'The date the body is dissolved',
};

export const MESSAGES = {
  personId: 'Select the person to appoint',
  role: 'Select their role',
  newRole: 'Select their new role',
  seat: 'Select an ordinary seat or a cross-seat',
  dissolveReason: 'Enter why the body is being dissolved',
  confirmRemove: 'Confirm that this membership was recorded in error',
} as const;

/** The seat answer of an ordinary seat; a cross-seat's answer is the id of the body it comes from. */
export const ORDINARY_SEAT = 'ORDINARY';

/** API field → input id, for the appointment form and the check page's errors. */
export const APPOINT_FIELD_IDS: Readonly<Record<string, string>> = {
  personId: 'personId',
  bodyId: 'personId',
  role: 'role',
  startsOn: `${STARTS_ON}-day`,
  endsOn: `${ENDS_ON}-day`,
  fromBodyId: 'seat',
};

const APPOINT_ORDER = ['personId', 'role', STARTS_ON, ENDS_ON, 'seat'];

/**
 * Reads the appointment form: who, in which role, from and to when, and on which seat: an
 * ordinary one, or a cross-seat from a body (the answer is that body's id). Checked with the
 * schema the API uses.
 */
export function readAppointForm(form: FormSource, bodyId: string): FormResult<Appointment> {
  const values: Record<string, string> = {
    personId: text(form, 'personId').trim(),
    role: text(form, 'role').trim(),
    seat: text(form, 'seat').trim(),
  };
  const errors: FieldError[] = [];
  if (!values['personId']) errors.push({ field: 'personId', message: MESSAGES.personId });
  if (!isMembershipRole(values['role'])) errors.push({ field: 'role', message: MESSAGES.role });
  const startsOn = readDate(form, STARTS_ON, STARTS_ON_QUESTION, values, errors);
  const endsOn = readDate(form, ENDS_ON, ENDS_ON_OPTIONAL, values, errors);
  const seat = values['seat'];
  if (!seat) errors.push({ field: 'seat', message: MESSAGES.seat });
  const parsed = appointmentSchema.safeParse({
    personId: values['personId'],
    bodyId,
    role: values['role'],
    startsOn: startsOn ?? '',
    endsOn: endsOn ?? null,
    fromBodyId: seat && seat !== ORDINARY_SEAT ? seat : null,
  });
  if (!parsed.success) {
    errors.push(
      ...schemaErrors(
        parsed.error.issues,
        Object.keys(APPOINT_FIELD_IDS),
        APPOINT_FIELD_IDS,
        errors,
      ),
    );
  }
  if (errors.length || !parsed.success) {
    return { ok: false, errors: inFormOrder(errors, APPOINT_ORDER), values };
  }
  return { ok: true, input: parsed.data, values };
}

/** An appointment as the query string of its check page (ids, a role and dates: nothing private). */
export function appointmentQuery(appointment: Appointment): URLSearchParams {
  const query = new URLSearchParams({
    bodyId: appointment.bodyId,
    personId: appointment.personId,
    role: appointment.role,
    startsOn: appointment.startsOn,
  });
  if (appointment.endsOn) query.set('endsOn', appointment.endsOn);
  if (appointment.fromBodyId) query.set('fromBodyId', appointment.fromBodyId);
  return query;
}

/** The appointment in a check page's query string, if it is a whole and valid one. */
export function readAppointmentQuery(query: URLSearchParams): Appointment | null {
  const parsed = appointmentSchema.safeParse({
    personId: query.get('personId') ?? '',
    bodyId: query.get('bodyId') ?? '',
    role: query.get('role') ?? '',
    startsOn: query.get('startsOn') ?? '',
    endsOn: query.get('endsOn') || null,
    fromBodyId: query.get('fromBodyId') || null,
  });
  return parsed.success ? parsed.data : null;
}

/**
 * The appointment form's values from an address's query string (the check page's "Change"
 * links send the answers back this way). Only plausible values are taken.
 */
export function appointFormValuesFromQuery(query: URLSearchParams): Record<string, string> {
  const date = (name: string) => {
    const value = query.get(name) ?? '';
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
  };
  const id = (name: string) => {
    const value = query.get(name) ?? '';
    return /^[0-9a-f-]{36}$/i.test(value) ? value : '';
  };
  const role = query.get('role') ?? '';
  const fromBodyId = id('fromBodyId');
  return {
    personId: id('personId'),
    role: isMembershipRole(role) ? role : '',
    seat: fromBodyId || (query.get('personId') ? ORDINARY_SEAT : ''),
    ...dateValues(STARTS_ON, date('startsOn')),
    ...dateValues(ENDS_ON, date('endsOn')),
  };
}

function reasonError(value: string, missing: string, label = 'Reason'): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return missing;
  if (trimmed.length > MEMBERSHIP_LIMITS.reason) {
    return `${label} must be ${MEMBERSHIP_LIMITS.reason} characters or fewer`;
  }
  return undefined;
}

export const END_FIELD_IDS: Readonly<Record<string, string>> = {
  endsOn: `${ENDS_ON}-day`,
  reason: 'reason',
};

/** Ending a membership: its last day, and why. */
export function readEndForm(
  form: FormSource,
): FormResult<{ readonly endsOn: string; readonly reason: string }> {
  const values: Record<string, string> = { reason: text(form, 'reason') };
  const errors: FieldError[] = [];
  const endsOn = readDate(form, ENDS_ON, LAST_DAY_QUESTION, values, errors);
  const parsed = endMembershipSchema.safeParse({ endsOn: endsOn ?? '', reason: values['reason'] });
  if (!parsed.success) {
    errors.push(...schemaErrors(parsed.error.issues, ['endsOn', 'reason'], END_FIELD_IDS, errors));
  }
  if (errors.length || !parsed.success) return { ok: false, errors, values };
  return { ok: true, input: parsed.data, values };
}

export const CHANGE_ROLE_FIELD_IDS: Readonly<Record<string, string>> = {
  role: 'role',
  from: `${ROLE_FROM}-day`,
};

/** A new role from a date. */
export function readChangeRoleForm(
  form: FormSource,
): FormResult<{ readonly role: MembershipRole; readonly from: string }> {
  const values: Record<string, string> = { role: text(form, 'role').trim() };
  const errors: FieldError[] = [];
  if (!isMembershipRole(values['role'])) errors.push({ field: 'role', message: MESSAGES.newRole });
  const from = readDate(form, ROLE_FROM, ROLE_FROM_QUESTION, values, errors);
  const parsed = changeRoleSchema.safeParse({ role: values['role'], from: from ?? '' });
  if (!parsed.success) {
    errors.push(
      ...schemaErrors(parsed.error.issues, ['role', 'from'], CHANGE_ROLE_FIELD_IDS, errors),
    );
  }
  if (errors.length || !parsed.success) return { ok: false, errors, values };
  return { ok: true, input: parsed.data, values };
}

export const EXTEND_FIELD_IDS: Readonly<Record<string, string>> = {
  endsOn: `${ENDS_ON}-day`,
};

/**
 * Extending: a new last day (`intent` DATE, with the date) or no end date at all (`intent`
 * OPEN): the page has a form for each.
 */
export function readExtendForm(form: FormSource): FormResult<{ readonly endsOn: string | null }> {
  const values: Record<string, string> = {};
  const intent = text(form, 'intent');
  if (intent === 'OPEN') return { ok: true, input: { endsOn: null }, values };
  if (intent !== 'DATE') throw new Response(null, { status: 400 });
  const errors: FieldError[] = [];
  const endsOn = readDate(form, ENDS_ON, NEW_LAST_DAY_QUESTION, values, errors);
  if (errors.length || !endsOn) return { ok: false, errors, values };
  return { ok: true, input: { endsOn }, values };
}

export const CORRECT_FIELD_IDS: Readonly<Record<string, string>> = {
  role: 'role',
  startsOn: `${STARTS_ON}-day`,
  endsOn: `${ENDS_ON}-day`,
  endReason: 'endReason',
  reason: 'reason',
};

export interface Correction {
  readonly role: MembershipRole;
  readonly startsOn: string;
  readonly endsOn: string | null;
  readonly endReason: string | null;
  readonly reason: string;
}

/** Putting a recording mistake right: the membership as it should be, and what was wrong. */
export function readCorrectForm(form: FormSource): FormResult<Correction> {
  const values: Record<string, string> = {
    role: text(form, 'role').trim(),
    endReason: text(form, 'endReason'),
    reason: text(form, 'reason'),
  };
  const errors: FieldError[] = [];
  if (!isMembershipRole(values['role'])) errors.push({ field: 'role', message: MESSAGES.role });
  const startsOn = readDate(form, STARTS_ON, STARTS_ON_QUESTION, values, errors);
  const endsOn = readDate(form, ENDS_ON, ENDS_ON_OPTIONAL, values, errors);
  const parsed = correctMembershipSchema.safeParse({
    role: values['role'],
    startsOn: startsOn ?? '',
    endsOn: endsOn ?? null,
    endReason: values['endReason'],
    reason: values['reason'],
  });
  if (!parsed.success) {
    errors.push(
      ...schemaErrors(
        parsed.error.issues,
        ['role', 'startsOn', 'endsOn', 'endReason', 'reason'],
        CORRECT_FIELD_IDS,
        errors,
      ),
    );
  }
  if (errors.length || !parsed.success) {
    return {
      ok: false,
      errors: inFormOrder(errors, ['role', STARTS_ON, ENDS_ON, 'endReason', 'reason']),
      values,
    };
  }
  return { ok: true, input: parsed.data, values };
}

export const REMOVE_FIELD_IDS: Readonly<Record<string, string>> = { reason: 'reason' };

/** Removing a membership recorded in error: why. */
export function readRemoveForm(form: FormSource): FormResult<{ readonly reason: string }> {
  const values: Record<string, string> = { reason: text(form, 'reason') };
  const parsed = removeMembershipSchema.safeParse({ reason: values['reason'] });
  if (!parsed.success) {
    return {
      ok: false,
      errors: schemaErrors(parsed.error.issues, ['reason'], REMOVE_FIELD_IDS, []),
      values,
    };
  }
  return { ok: true, input: parsed.data, values };
}

export const DISSOLVE_FIELD_IDS: Readonly<Record<string, string>> = {
  dissolvedOn: `${DISSOLVED_ON}-day`,
  reason: 'reason',
};

/** Dissolving a body: from which day it no longer exists, and why. */
export function readDissolveForm(
  form: FormSource,
): FormResult<{ readonly dissolvedOn: string; readonly reason: string }> {
  const values: Record<string, string> = { reason: text(form, 'reason') };
  const errors: FieldError[] = [];
  const dissolvedOn = readDate(form, DISSOLVED_ON, DISSOLVED_ON_QUESTION, values, errors);
  const reasonProblem = reasonError(values['reason'], MESSAGES.dissolveReason);
  if (reasonProblem) errors.push({ field: 'reason', message: reasonProblem });
  if (errors.length || !dissolvedOn) return { ok: false, errors, values };
  return { ok: true, input: { dissolvedOn, reason: values['reason'].trim() }, values };
}

export const RULE_FIELD_IDS: Readonly<Record<string, string>> = {
  minSeats: 'minSeats',
  maxSeats: 'maxSeats',
  fromBodyId: 'minSeats',
  targetBodyId: 'minSeats',
  effectiveFrom: `${RULE_FROM}-day`,
};

/** A whole number typed in, or NaN (the schema then says what to enter). */
function wholeNumber(value: string): number {
  return /^\s*\d{1,3}\s*$/.test(value) ? Number(value) : Number.NaN;
}

/** A cross-seat rule's fewest and most seats from a date, for the pair of bodies given. */
export function readRuleForm(
  form: FormSource,
  bodies: { readonly targetBodyId: string; readonly fromBodyId: string },
): FormResult<{
  readonly targetBodyId: string;
  readonly fromBodyId: string;
  readonly minSeats: number;
  readonly maxSeats: number;
  readonly effectiveFrom: string;
}> {
  const values: Record<string, string> = {
    minSeats: text(form, 'minSeats').trim(),
    maxSeats: text(form, 'maxSeats').trim(),
  };
  const dateErrors: FieldError[] = [];
  const effectiveFrom = readDate(form, RULE_FROM, RULE_FROM_QUESTION, values, dateErrors);
  const parsed = crossSeatRuleSchema.safeParse({
    ...bodies,
    minSeats: wholeNumber(values['minSeats']),
    maxSeats: wholeNumber(values['maxSeats']),
  });
  const errors = [
    ...(parsed.success
      ? []
      : schemaErrors(
          parsed.error.issues,
          ['minSeats', 'maxSeats', 'fromBodyId', 'targetBodyId'],
          RULE_FIELD_IDS,
          [],
        )),
    ...dateErrors,
  ];
  if (!parsed.success || errors.length || !effectiveFrom) return { ok: false, errors, values };
  return { ok: true, input: { ...parsed.data, effectiveFrom }, values };
}
