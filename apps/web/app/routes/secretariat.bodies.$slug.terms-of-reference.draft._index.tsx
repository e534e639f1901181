import { TERMS_OF_REFERENCE_LIMITS } from '@boards/shared/contracts';
import { SaveTermsOfReferenceDraftDocument } from '@boards/web/api-client';
import { Button, Details, Input, InsetText, SummaryList, Textarea } from '@boards/web/ui-govuk';
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { useEffect } from 'react';
import { apiAttempt } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { formString, readForm } from '../csrf.server';
import { formatDateTime } from '../dates';
import { errorFor, formPageTitle, type FieldError } from '../form-state';
import type { RouteHandle } from '../route-handle';
import { flashNotice } from '../session.server';
import { TERMS_OF_REFERENCE_BREADCRUMBS } from '../terms-of-reference/breadcrumbs';
import {
  DRAFT_CONFLICT_MESSAGE,
  DRAFT_FIELD_IDS,
  DRAFT_ID,
  EXPECTED_VERSION,
  changedDraftFields,
  draftFormValues,
  readDraftForm,
  type DraftField,
  type DraftFormValues,
} from '../terms-of-reference/draft-form';
import { loadSecretariatTermsOfReference } from '../terms-of-reference/secretariat-loader.server';
import { secretariatTermsOfReferencePaths } from '../terms-of-reference/versions';

export const handle: RouteHandle = { breadcrumbs: TERMS_OF_REFERENCE_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = (args) => [
  {
    title: formPageTitle(
      args.data?.body.termsOfReferenceDraft
        ? `Edit the draft of version ${args.data.body.termsOfReferenceDraft.number}: ${args.data.body.name}`
        : 'Terms of reference draft',
      args,
    ),
  },
];

/**
 * Terms of reference are long: the whole text may be posted, far more than the other forms. The
 * posted form is URL-encoded, where a character can take up to nine bytes.
 */
const MAX_DRAFT_FORM_BYTES = TERMS_OF_REFERENCE_LIMITS.content * 9 + 64 * 1024;

export async function loader(args: LoaderFunctionArgs) {
  const { body } = await loadSecretariatTermsOfReference(args);
  return { body };
}

/** What the page shows after a save that did not go through. */
interface Unsaved {
  readonly errors: readonly FieldError[];
  readonly values: DraftFormValues;
  /** Someone else saved first: the form shows theirs, these values are shown beside it. */
  readonly conflict: boolean;
}

/**
 * Saves the draft. A save that does not go through is answered with the page itself, not a
 * redirect: the text may be far longer than the cookie that carries other forms' values, and
 * nothing typed may be lost. A CONFLICT (someone else saved first) shows their version in the
 * form and what was typed beside it, to be copied in again.
 */
export async function action(args: ActionFunctionArgs) {
  const posted = await readForm(args.request, { maxBytes: MAX_DRAFT_FORM_BYTES });
  const { body } = await loadSecretariatTermsOfReference(args);
  const paths = secretariatTermsOfReferencePaths(body.slug);
  const id = formString(posted, DRAFT_ID);
  const expectedVersion = Number(formString(posted, EXPECTED_VERSION));
  if (!id || !Number.isSafeInteger(expectedVersion)) throw new Response(null, { status: 400 });
  const form = readDraftForm(posted);
  if (!form.ok) {
    return data<Unsaved>(
      { errors: form.errors, values: form.values, conflict: false },
      { status: 400 },
    );
  }
  const outcome = await apiAttempt(
    args,
    ['BAD_USER_INPUT', 'CONFLICT', 'INVALID_TRANSITION', 'NOT_FOUND'],
    SaveTermsOfReferenceDraftDocument,
    { id, expectedVersion, input: form.input },
  );
  if (outcome.ok) {
    const preview = formString(posted, 'intent') === 'preview';
    return redirect(preview ? paths.preview : paths.draft, {
      status: 303,
      headers: { 'Set-Cookie': await flashNotice(args.request, 'Draft saved') },
    });
  }
  const { error } = outcome;
  if (error.code === 'BAD_USER_INPUT') {
    return data<Unsaved>(
      {
        errors: fieldErrorsFromApi(error, DRAFT_FIELD_IDS, 'content'),
        values: form.values,
        conflict: false,
      },
      { status: 400 },
    );
  }
  // CONFLICT: saved by someone else since; INVALID_TRANSITION or NOT_FOUND: published or
  // discarded meanwhile. Either way what was typed is kept on the page.
  return data<Unsaved>(
    {
      errors: [
        {
          field: 'content',
          message: error.code === 'CONFLICT' ? DRAFT_CONFLICT_MESSAGE : error.message,
        },
      ],
      values: form.values,
      conflict: true,
    },
    { status: 409 },
  );
}

const UNSAVED_LABELS: Record<DraftField, string> = {
  quorum: 'Quorum',
  meetingFrequency: 'How often it meets',
  composition: 'Membership',
  content: 'Text',
};

/** What someone typed that was not saved, to copy back into the form. */
function UnsavedChanges({
  mine,
  saved,
}: {
  readonly mine: DraftFormValues;
  readonly saved: DraftFormValues;
}) {
  const fields = changedDraftFields(mine, saved);
  if (!fields.length) return null;
  return (
    <InsetText id="unsaved">
      <h2 className="govuk-heading-s">Your changes, not saved</h2>
      <p className="govuk-body">Copy what you need into the form, then save again.</p>
      <SummaryList
        className="govuk-!-margin-bottom-0"
        rows={fields.map((field) => ({
          key: UNSAVED_LABELS[field],
          value: (
            <pre className="app-unsaved-text">{mine[field] === '' ? 'Blank' : mine[field]}</pre>
          ),
        }))}
      />
    </InsetText>
  );
}

export default function EditTermsOfReferenceDraft() {
  const { body } = useLoaderData<typeof loader>();
  const unsaved = useActionData<typeof action>();
  const draft = body.termsOfReferenceDraft;
  const paths = secretariatTermsOfReferencePaths(body.slug);
  const errors = unsaved?.errors ?? [];
  // The page title cannot see the action's answer: with JavaScript, say "Error:" there too.
  useEffect(() => {
    if (errors.length && !document.title.startsWith('Error: ')) {
      document.title = `Error: ${document.title}`;
    }
  }, [errors.length]);

  if (!draft) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <span className="govuk-caption-l">{body.name}</span>
          <h1 className="govuk-heading-l">There is no draft</h1>
          <p className="govuk-body">
            The draft has been published or discarded.{' '}
            <a className="govuk-link" href={paths.overview}>
              Go to the terms of reference
            </a>{' '}
            to start a new one.
          </p>
          {unsaved ? (
            <UnsavedChanges mine={unsaved.values} saved={draftFormValues(emptyDraft)} />
          ) : null}
        </div>
      </div>
    );
  }

  const saved = draftFormValues(draft);
  const values = unsaved && !unsaved.conflict ? unsaved.values : saved;
  const error = (field: DraftField) => errorFor(errors, field);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">{body.name}</span>
        <h1 className="govuk-heading-l">Edit the draft of version {draft.number}</h1>
        <p className="govuk-body">
          Last saved {formatDateTime(draft.updatedAt)}. Nothing here is public until you publish it.
          Parts may be left blank until then.
        </p>
        {unsaved?.conflict ? <UnsavedChanges mine={unsaved.values} saved={saved} /> : null}
        <form method="post" action={paths.draft} noValidate>
          <input type="hidden" name={DRAFT_ID} value={draft.id} />
          <input type="hidden" name={EXPECTED_VERSION} value={draft.version} />
          <Input
            name="quorum"
            label="Quorum"
            labelClassName="govuk-label--m"
            hint="How many voting members must be present for a meeting to make decisions: a number, like 4, or a fraction of them, like 1/2 or 2/3 (the number needed is rounded up). Leave it blank if it is not decided yet"
            className="govuk-input--width-5"
            spellCheck={false}
            autoComplete="off"
            defaultValue={values.quorum}
            errorMessage={error('quorum')}
          />
          <Input
            name="meetingFrequency"
            label="How often it meets"
            labelClassName="govuk-label--m"
            hint="For example, every six weeks"
            maxLength={TERMS_OF_REFERENCE_LIMITS.meetingFrequency}
            defaultValue={values.meetingFrequency}
            errorMessage={error('meetingFrequency')}
          />
          <Textarea
            name="composition"
            label="Membership"
            labelClassName="govuk-label--m"
            hint="Who sits on it, including seats held by members of another body"
            rows={5}
            maxLength={TERMS_OF_REFERENCE_LIMITS.composition}
            defaultValue={values.composition}
            errorMessage={error('composition')}
          />
          <Textarea
            name="content"
            label="Text"
            labelClassName="govuk-label--m"
            hint="Written in Markdown. The public sees it formatted; HTML is shown as typed."
            rows={25}
            spellCheck
            maxLength={TERMS_OF_REFERENCE_LIMITS.content}
            defaultValue={values.content}
            errorMessage={error('content')}
            afterInput={
              <Details summary="How to format the text" className="govuk-!-margin-top-2">
                <ul className="govuk-list govuk-list--bullet">
                  <li>
                    A heading: <code>## Purpose</code> on a line of its own
                  </li>
                  <li>A paragraph: text with a blank line before and after it</li>
                  <li>
                    A list: each item on its own line, starting <code>- </code> (or <code>1. </code>{' '}
                    for a numbered list)
                  </li>
                  <li>
                    A link: <code>[the words](https://example.org)</code>; only addresses starting
                    https://, http:// or mailto: become links
                  </li>
                  <li>
                    Bold: <code>**words**</code>
                  </li>
                </ul>
              </Details>
            }
          />
          <div className="govuk-button-group">
            <Button name="intent" value="preview">
              Save and preview
            </Button>
            <Button name="intent" value="save" className="govuk-button--secondary">
              Save draft
            </Button>
          </div>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href={paths.discard}>
            Discard this draft
          </a>
        </p>
      </div>
    </div>
  );
}

const emptyDraft = { content: '', meetingFrequency: '', composition: '', quorum: null };
