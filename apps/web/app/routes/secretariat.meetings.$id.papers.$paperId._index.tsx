import {
  ReinstatePaperDocument,
  SecretariatPaperDocument,
  UpdatePaperDocument,
  WithdrawPaperDocument,
} from '@boards/web/api-client';
import { PAPER_LIMITS } from '@boards/shared/contracts';
import { Button, ErrorMessage, SummaryList, Textarea, WarningText } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt, apiRequest, type RequestArgs } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { config } from '../config.server';
import { formString, readForm } from '../csrf.server';
import { formatDateTime } from '../dates';
import { errorFor, formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import { idParam } from '../id-param';
import { bodiesInWords } from '../meetings/meeting-display';
import { fileSummary, formatFileSize, visibilityText } from '../meetings/paper-display';
import { PaperAudienceFields, PaperFileField } from '../meetings/paper-fields';
import { NAMED_PEOPLE_FIELD, namedPeopleChoices } from '../meetings/paper-form';
import { replacePaperFileFromForm } from '../meetings/paper-upload.server';
import { PaperTags } from '../meetings/papers-section';
import type { RouteHandle } from '../route-handle';
import { readWholeNumber } from '../secretariat/form-reading';
import { MEETINGS_BREADCRUMBS, meetingPath } from '../secretariat/meeting-breadcrumbs';
import { flashNotice } from '../session.server';

export const handle: RouteHandle = { breadcrumbs: MEETINGS_BREADCRUMBS };

export const meta: MetaFunction = (args) => [{ title: formPageTitle('Correct a paper', args) }];

/** The reason's field: named for what it is, apart from the meeting's own reasons. */
const REASON_FIELD = 'withdrawalReason';

/** The paper as the secretariat corrects it, if it is of the meeting in the address. */
async function loadPaper(args: RequestArgs, meetingId: string, paperId: string) {
  const { paper } = await apiRequest(args, SecretariatPaperDocument, { id: paperId });
  if (!paper || paper.meeting.id !== meetingId) throw new Response(null, { status: 404 });
  return paper;
}

/** The paper, its meeting's people to name and the largest file the API takes. Staff only (the API decides). */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const paper = await loadPaper(args, idParam(args.params), idParam(args.params, 'paperId'));
  return {
    paper,
    bodies: bodiesInWords(paper.meeting.bodies),
    people: namedPeopleChoices(paper.meeting.expectedMembers ?? []),
    maxSizeText: formatFileSize(config.PAPER_MAX_BYTES),
  };
}

/**
 * The corrections, each a small form: who can open the paper (its other details are sent back as
 * they are), withdrawing it or putting it back, and a new file (multipart, streamed on to the
 * API with the version loaded). Every step sends the version the page was loaded with: a paper
 * changed meanwhile is CONFLICT, and nothing changes.
 */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const meetingId = idParam(args.params);
  const paperId = idParam(args.params, 'paperId');
  const done = async (notice: string) =>
    redirect(`${meetingPath(meetingId)}#papers`, {
      status: 303,
      headers: { 'Set-Cookie': await flashNotice(request, notice) },
    });
  const expected = ['BAD_USER_INPUT', 'INVALID_TRANSITION', 'CONFLICT', 'NOT_FOUND'] as const;

  if (request.headers.get('content-type')?.startsWith('multipart/form-data')) {
    const version = Number(new URL(request.url).searchParams.get('expectedVersion'));
    if (!Number.isInteger(version) || version < 1) throw new Response(null, { status: 400 });
    const outcome = await replacePaperFileFromForm(args, paperId, version);
    if (!outcome.ok) return redirectWithErrors(request, outcome.errors);
    return done('The paper’s file has been replaced');
  }

  const form = await readForm(request);
  const intent = formString(form, 'intent');
  const expectedVersion = readWholeNumber(form, 'expectedVersion');
  if (intent === 'audience') {
    const visibility = formString(form, 'visibility');
    const named = form
      .getAll(NAMED_PEOPLE_FIELD)
      .filter((value): value is string => typeof value === 'string' && value !== '');
    const values = { visibility, [NAMED_PEOPLE_FIELD]: named.join(',') };
    if (visibility !== 'PUBLIC' && visibility !== 'MEMBERS' && visibility !== 'NAMED') {
      return redirectWithErrors(
        request,
        [{ field: 'visibility', message: 'Choose who can open the paper' }],
        values,
      );
    }
    const paper = await loadPaper(args, meetingId, paperId);
    const outcome = await apiAttempt(args, expected, UpdatePaperDocument, {
      id: paperId,
      expectedVersion,
      input: {
        title: paper.title,
        agendaItemId: paper.agendaItem?.id ?? null,
        visibility,
        namedPersonIds: named,
        contentNote: paper.contentNote ?? null,
        easyReadOf: paper.easyReadOf?.id ?? null,
        supersedes: paper.supersedes?.id ?? null,
      },
    });
    if (!outcome.ok) {
      return redirectWithErrors(
        request,
        fieldErrorsFromApi(
          outcome.error,
          { visibility: 'visibility', namedPersonIds: NAMED_PEOPLE_FIELD },
          'visibility',
        ),
        values,
      );
    }
    return done(`Who can open “${paper.title}” has been changed`);
  }
  if (intent === 'withdraw') {
    const reason = formString(form, REASON_FIELD);
    const values = { [REASON_FIELD]: reason };
    if (!reason.trim()) {
      return redirectWithErrors(
        request,
        [{ field: REASON_FIELD, message: 'Enter why the paper is withdrawn' }],
        values,
      );
    }
    const outcome = await apiAttempt(args, expected, WithdrawPaperDocument, {
      id: paperId,
      expectedVersion,
      reason,
    });
    if (!outcome.ok) {
      return redirectWithErrors(
        request,
        fieldErrorsFromApi(outcome.error, { reason: REASON_FIELD }, REASON_FIELD),
        values,
      );
    }
    return done(`“${outcome.data.withdrawPaper.title}” has been withdrawn`);
  }
  if (intent === 'reinstate') {
    const outcome = await apiAttempt(args, expected, ReinstatePaperDocument, {
      id: paperId,
      expectedVersion,
    });
    if (!outcome.ok) {
      return redirectWithErrors(request, fieldErrorsFromApi(outcome.error, {}, 'reinstate'));
    }
    return done(`“${outcome.data.reinstatePaper.title}” has been put back`);
  }
  throw new Response(null, { status: 400 });
}

export default function CorrectPaper() {
  const { paper, bodies, people, maxSizeText } = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const path = meetingPath(paper.meeting.id, 'papers', paper.id);
  const audience = errors.some(
    (error) => error.field === 'visibility' || error.field === NAMED_PEOPLE_FIELD,
  )
    ? values
    : {
        visibility: paper.visibility,
        [NAMED_PEOPLE_FIELD]: (paper.namedReaders ?? []).map((reader) => reader.id).join(','),
      };
  const version = <input type="hidden" name="expectedVersion" value={paper.version} />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">
          {paper.meeting.title}, {paper.meeting.when}
        </span>
        <h1 className="govuk-heading-l">Correct a paper</h1>
        <SummaryList
          rows={[
            {
              key: 'Paper',
              value: (
                <>
                  {paper.title}
                  <PaperTags paper={paper} withAudience={false} />
                </>
              ),
            },
            { key: 'Who can open it', value: visibilityText(paper.visibility, paper.namedReaders) },
            {
              key: 'File',
              value: paper.file
                ? `${paper.file.name ?? ''} (${fileSummary(paper.file)})`
                : 'No file yet',
            },
          ]}
        />

        <h2 className="govuk-heading-m">Who can open it</h2>
        <p className="govuk-body">
          A change takes effect at once. People who downloaded the paper before keep their copy.
        </p>
        <form method="post" action={path} noValidate>
          <input type="hidden" name="intent" value="audience" />
          {version}
          <PaperAudienceFields bodies={bodies} people={people} values={audience} errors={errors} />
          <Button>Save who can open it</Button>
        </form>

        <h2 className="govuk-heading-m">Replace the file</h2>
        <p className="govuk-body">
          Everyone who can open the paper gets the new file. The file it replaces is kept for the
          record and named in the audit trail.
        </p>
        <form
          method="post"
          action={`${path}?expectedVersion=${paper.version}`}
          encType="multipart/form-data"
          noValidate
        >
          <PaperFileField label="Upload the new file" maxSizeText={maxSizeText} errors={errors} />
          <Button className="govuk-button--secondary">Replace the file</Button>
        </form>

        {paper.withdrawnAt ? (
          <>
            <h2 className="govuk-heading-m">Put the paper back</h2>
            <p className="govuk-body">
              Withdrawn on {formatDateTime(paper.withdrawnAt)}: {paper.withdrawalReason}
            </p>
            <form method="post" action={path} noValidate>
              <input type="hidden" name="intent" value="reinstate" />
              {version}
              <div
                className={`govuk-form-group${errorFor(errors, 'reinstate') ? ' govuk-form-group--error' : ''}`}
                id="reinstate"
              >
                {errorFor(errors, 'reinstate') ? (
                  <ErrorMessage>{errorFor(errors, 'reinstate')}</ErrorMessage>
                ) : null}
                <Button className="govuk-button--secondary">Put the paper back</Button>
              </div>
            </form>
          </>
        ) : (
          <>
            <h2 className="govuk-heading-m">Withdraw the paper</h2>
            <WarningText iconFallbackText="Warning">
              A withdrawn paper stays listed with the reason, but only the secretariat can download
              it.
            </WarningText>
            <form method="post" action={path} noValidate>
              <input type="hidden" name="intent" value="withdraw" />
              {version}
              <Textarea
                name={REASON_FIELD}
                label="Why is it withdrawn?"
                labelClassName="govuk-label--s"
                hint="Shown with the paper to everyone who can see it. For example: the table had the wrong year; a corrected paper follows."
                rows={3}
                maxLength={PAPER_LIMITS.withdrawalReason}
                defaultValue={values[REASON_FIELD]}
                errorMessage={errorFor(errors, REASON_FIELD)}
              />
              <Button className="govuk-button--warning">Withdraw the paper</Button>
            </form>
          </>
        )}
        <p className="govuk-body">
          <a className="govuk-link" href={`${meetingPath(paper.meeting.id)}#papers`}>
            Back to the meeting
          </a>
        </p>
      </div>
    </div>
  );
}
