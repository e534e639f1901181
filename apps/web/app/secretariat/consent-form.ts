import { isPublicDisplayChoice, type PublicDisplayChoice } from '@boards/shared/contracts';
import {
  dateFieldErrors,
  parseDateFields,
  readDateFields,
  type DateQuestion,
} from '../date-fields';
import type { FieldError } from '../form-state';

/** The date inputs of the consent forms (their id and name prefix). */
export const GIVEN_ON = 'effectiveOn';
export const WITHDRAWN_ON = 'withdrawnOn';

export const GIVEN_ON_QUESTION: DateQuestion = {
  missing: 'Enter the date they gave consent',
  subject: 'The date they gave consent',
};

export const WITHDRAWN_ON_QUESTION: DateQuestion = {
  missing: 'Enter the date they withdrew consent',
  subject: 'The date they withdrew consent',
};

export const CONSENT_MESSAGES = {
  choice: 'Select how they agreed to be shown to the public',
  showLivedExperience: 'Select whether the public may see that they have lived experience of care',
} as const;

/** API field → input id, for errors from recordPublicDisplay and withdrawPublicDisplay. */
export const CONSENT_FIELD_IDS: Readonly<Record<string, string>> = {
  choice: 'choice',
  showLivedExperience: 'showLivedExperience',
  effectiveOn: `${GIVEN_ON}-day`,
  on: `${GIVEN_ON}-day`,
};

export const WITHDRAW_FIELD_IDS: Readonly<Record<string, string>> = {
  effectiveOn: `${WITHDRAWN_ON}-day`,
  on: `${WITHDRAWN_ON}-day`,
};

export interface ConsentInput {
  readonly choice: PublicDisplayChoice;
  readonly showLivedExperience: boolean;
  readonly effectiveOn: string;
}

type Source = { get(name: string): unknown };

function text(form: Source, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

function dateValues(form: Source, prefix: string): Record<string, string> {
  const fields = readDateFields(form, prefix);
  return {
    [`${prefix}-day`]: fields.day,
    [`${prefix}-month`]: fields.month,
    [`${prefix}-year`]: fields.year,
  };
}

export type FormResult<T> =
  | { readonly ok: true; readonly input: T; readonly values: Record<string, string> }
  | { readonly ok: false; readonly errors: FieldError[]; readonly values: Record<string, string> };

/**
 * Reads the form recording consent given on a person's behalf: how they agreed to be shown,
 * whether the public may see their lived experience ("yes"/"no"; the page sends "no" for people
 * without it), and from which date.
 */
export function readConsentForm(form: Source): FormResult<ConsentInput> {
  const choice = text(form, 'choice');
  const show = text(form, 'showLivedExperience');
  const values = { choice, showLivedExperience: show, ...dateValues(form, GIVEN_ON) };
  const errors: FieldError[] = [];
  if (!isPublicDisplayChoice(choice))
    errors.push({ field: 'choice', message: CONSENT_MESSAGES.choice });
  if (show !== 'yes' && show !== 'no') {
    errors.push({ field: 'showLivedExperience', message: CONSENT_MESSAGES.showLivedExperience });
  }
  const date = parseDateFields(readDateFields(form, GIVEN_ON), GIVEN_ON_QUESTION);
  if (!date.ok) errors.push(...dateFieldErrors(GIVEN_ON, date.message, date.parts));
  if (errors.length || !date.ok || !isPublicDisplayChoice(choice))
    return { ok: false, errors, values };
  return {
    ok: true,
    input: { choice, showLivedExperience: show === 'yes', effectiveOn: date.value as string },
    values,
  };
}

/** Reads the form recording that a person withdrew consent, and from which date. */
export function readWithdrawForm(form: Source): FormResult<{ readonly effectiveOn: string }> {
  const values = dateValues(form, WITHDRAWN_ON);
  const date = parseDateFields(readDateFields(form, WITHDRAWN_ON), WITHDRAWN_ON_QUESTION);
  if (!date.ok) {
    return { ok: false, errors: dateFieldErrors(WITHDRAWN_ON, date.message, date.parts), values };
  }
  return { ok: true, input: { effectiveOn: date.value as string }, values };
}
