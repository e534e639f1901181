import { apologiesSchema } from '@boards/shared/contracts';
import { GiveApologiesDocument, WithdrawApologiesDocument } from '@boards/web/api-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { apiAttempt } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { requireSignedIn } from '../auth.server';
import { formString, readForm } from '../csrf.server';
import { idParam } from '../id-param';
import {
  APOLOGIES_NOTE_FIELD,
  APOLOGIES_SECTION_ID,
  APOLOGIES_WITHDRAW_FIELD,
} from '../meetings/apologies';
import { redirectWithValues } from '../secretariat/flash-values.server';
import { text } from '../secretariat/form-reading';
import { flashNotice } from '../session.server';

/** Nothing to show here: the form is on the meeting's page. */
export function loader(args: LoaderFunctionArgs) {
  return redirect(`/meetings/${encodeURIComponent(idParam(args.params))}`);
}

const REFUSALS = ['BAD_USER_INPUT', 'INVALID_TRANSITION', 'FORBIDDEN'] as const;

/**
 * A member sends or withdraws their apologies from the meeting's page (Post/Redirect/Get): the
 * page again with a confirmation, or with the problem in the error summary and the note typed.
 */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const id = idParam(args.params);
  const page = `/meetings/${encodeURIComponent(id)}`;
  const form = await readForm(request);
  const intent = formString(form, 'intent');
  const done = async (notice: string) =>
    redirect(`${page}#${APOLOGIES_SECTION_ID}`, {
      status: 303,
      headers: { 'Set-Cookie': await flashNotice(request, notice) },
    });

  if (intent === 'give') {
    const values = { [APOLOGIES_NOTE_FIELD]: text(form, 'note') };
    const parsed = apologiesSchema.safeParse({ note: values[APOLOGIES_NOTE_FIELD] });
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? 'Check your note';
      return redirectWithValues(request, page, values, [{ field: APOLOGIES_NOTE_FIELD, message }]);
    }
    const outcome = await apiAttempt(args, REFUSALS, GiveApologiesDocument, {
      meetingId: id,
      note: parsed.data.note,
    });
    if (!outcome.ok) {
      return redirectWithValues(
        request,
        page,
        values,
        fieldErrorsFromApi(outcome.error, { note: APOLOGIES_NOTE_FIELD }, APOLOGIES_NOTE_FIELD),
      );
    }
    return done('Your apologies have been sent to the secretariat');
  }
  if (intent === 'withdraw') {
    const outcome = await apiAttempt(args, REFUSALS, WithdrawApologiesDocument, { meetingId: id });
    if (!outcome.ok) {
      return redirectWithValues(
        request,
        page,
        {},
        fieldErrorsFromApi(outcome.error, {}, APOLOGIES_WITHDRAW_FIELD),
      );
    }
    return done('Your apologies have been withdrawn');
  }
  throw new Response(null, { status: 400 });
}
