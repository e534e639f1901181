import { isUuid } from '@boards/shared/contracts';
import { CommentOnMinutesDocument, UpdateActionStatusDocument } from '@boards/web/api-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { apiAttempt } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { requireSignedIn } from '../auth.server';
import { formString, readForm } from '../csrf.server';
import {
  COMMENT_FIELDS,
  actionNoteFieldId,
  actionStatusFieldId,
  readActionStatusForm,
  readCommentForm,
} from '../meetings/minutes-form';
import { MEETING_RECORD_ID } from '../meetings/minutes-section';
import { readWholeNumber } from '../secretariat/form-reading';
import { redirectWithValues } from '../secretariat/flash-values.server';
import { flashNotice } from '../session.server';
import { idParam } from '../id-param';

/** Nothing to show here: the forms are on the meeting's page. */
export function loader(args: LoaderFunctionArgs) {
  return redirect(`/meetings/${encodeURIComponent(idParam(args.params))}`);
}

/**
 * The forms of a meeting's record on its page, for members: a comment on circulated minutes,
 * and a change of an action's status. Problems go back to the meeting's page (Post/Redirect/Get)
 * with the values typed, so that the meeting's page needs no action of its own.
 */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const id = idParam(args.params);
  const page = `/meetings/${encodeURIComponent(id)}`;
  const form = await readForm(request);
  const intent = formString(form, 'intent');
  const done = async (notice: string, fragment: string) =>
    redirect(`${page}#${fragment}`, {
      status: 303,
      headers: { 'Set-Cookie': await flashNotice(request, notice) },
    });
  const back = (
    errors: Parameters<typeof redirectWithValues>[3],
    values: Readonly<Record<string, string>>,
  ) => redirectWithValues(request, `${page}#${MEETING_RECORD_ID}`, values, errors);

  if (intent === 'comment') {
    const comment = readCommentForm(form);
    if (!comment.ok) return back(comment.errors, comment.values);
    const outcome = await apiAttempt(
      args,
      ['BAD_USER_INPUT', 'INVALID_TRANSITION'],
      CommentOnMinutesDocument,
      { meetingId: id, input: comment.input },
    );
    if (!outcome.ok) {
      return back(
        fieldErrorsFromApi(outcome.error, COMMENT_FIELDS, COMMENT_FIELDS.text),
        comment.values,
      );
    }
    return done('Your comment has been sent to the secretariat', 'minutes');
  }
  if (intent === 'action-status') {
    const actionId = formString(form, 'actionId');
    if (!isUuid(actionId)) throw new Response(null, { status: 400 });
    const expectedVersion = readWholeNumber(form, 'expectedVersion');
    const change = readActionStatusForm(form, actionId);
    if (!change.ok) return back(change.errors, change.values);
    const outcome = await apiAttempt(
      args,
      ['BAD_USER_INPUT', 'INVALID_TRANSITION', 'CONFLICT'],
      UpdateActionStatusDocument,
      { id: actionId, expectedVersion, status: change.input.status, note: change.input.note },
    );
    if (!outcome.ok) {
      const statusId = actionStatusFieldId(actionId);
      return back(
        fieldErrorsFromApi(
          outcome.error,
          { status: statusId, note: actionNoteFieldId(actionId) },
          statusId,
        ),
        change.values,
      );
    }
    return done('The action has been updated', 'actions');
  }
  throw new Response(null, { status: 400 });
}
