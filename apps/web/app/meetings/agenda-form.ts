import { agendaItemSchema, type AgendaItemDetails } from '@boards/shared/contracts';
import type { FieldError } from '../form-state';
import {
  inFormOrder,
  schemaErrors,
  text,
  type FormResult,
  type FormSource,
} from '../secretariat/form-reading';

const ORDER = [
  'title',
  'presenterKind',
  'presenterPersonId',
  'presenterName',
  'presenterNameConfirmed',
  'durationMinutes',
  'isPublic',
  'description',
];
/** The form's answer for "nobody named". */
export const NO_PRESENTER = 'NONE';
const FIELD_IDS = Object.fromEntries(ORDER.map((field) => [field, field]));

/** Reads the add-an-item form into the API's AgendaItemInput, checked by the shared schema. */
export function readAgendaItemForm(form: FormSource): FormResult<AgendaItemDetails> {
  const values: Record<string, string> = {};
  for (const name of ORDER) values[name] = text(form, name);
  const errors: FieldError[] = [];
  const minutes = values['durationMinutes']?.trim() ?? '';
  if (minutes && !/^\d{1,4}$/.test(minutes)) {
    errors.push({
      field: 'durationMinutes',
      message: 'Enter the length of the item in whole minutes, like 20',
    });
  }
  if (values['isPublic'] !== 'yes' && values['isPublic'] !== 'no') {
    errors.push({ field: 'isPublic', message: 'Select whether the public can see this item' });
  }
  const kind = values['presenterKind'];
  const parsed = agendaItemSchema.safeParse({
    title: values['title'],
    presenterKind: kind === '' || kind === NO_PRESENTER ? null : kind,
    presenterPersonId: values['presenterPersonId'] || null,
    presenterName: values['presenterName'],
    presenterNameConfirmed: values['presenterNameConfirmed'] === 'yes',
    description: values['description'],
    durationMinutes: minutes && /^\d{1,4}$/.test(minutes) ? Number(minutes) : null,
    isPublic: values['isPublic'] === 'yes',
  });
  if (!parsed.success) errors.push(...schemaErrors(parsed.error.issues, ORDER, FIELD_IDS, errors));
  if (errors.length || !parsed.success)
    return { ok: false, errors: inFormOrder(errors, ORDER), values };
  return { ok: true, input: parsed.data, values };
}
