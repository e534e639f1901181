import {
  ConfirmMembershipImportDocument,
  DiscardMembershipImportDocument,
  MembershipImportDocument,
} from '@boards/web/api-client';
import {
  Button,
  ErrorSummary,
  InsetText,
  Panel,
  SummaryList,
  Table,
  WarningText,
} from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData, useRevalidator } from '@remix-run/react';
import { useEffect } from 'react';
import { apiAttempt, apiRequest } from '../api.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { formString, readForm } from '../csrf.server';
import { formatDateTime } from '../dates';
import { formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { SECRETARIAT_BREADCRUMBS } from '../secretariat/breadcrumbs';
import {
  isRunning,
  linesWithProblems,
  planCounts,
  problemText,
  progressText,
} from '../secretariat/membership-import-display';

const IMPORTS_PATH = '/secretariat/imports';
/** How often a running import's page asks again. */
export const REFRESH_SECONDS = 2;

export const handle: RouteHandle = {
  breadcrumbs: [...SECRETARIAT_BREADCRUMBS, { text: 'Import memberships', href: IMPORTS_PATH }],
};

/** The form's fields: which button was pressed, and the version of the import that was shown. */
export const INTENT = 'intent';
export const EXPECTED_VERSION = 'expectedVersion';
/** The buttons' ids, for the error summary's links. */
const CONFIRM = 'confirm';

export const meta: MetaFunction<typeof loader> = (args) => {
  const item = args.data?.import;
  if (!item) return [{ title: formPageTitle('Import', args) }];
  // A failed import's page shows its own error summary, never the form's as well.
  if (item.status === 'FAILED') {
    return [{ title: pageTitle(`Error: Nothing was imported from ${item.fileName}`) }];
  }
  return [
    {
      title: formPageTitle(
        item.status === 'DONE'
          ? `Memberships imported from ${item.fileName}`
          : item.status === 'CHECKED'
            ? `Check what will be imported from ${item.fileName}`
            : item.status === 'DISCARDED'
              ? `Discarded ${item.fileName}`
              : `Checking ${item.fileName}`,
        args,
      ),
    },
  ];
};

/** One import, as it is now. Staff only (the API decides); 404 when there is no such import. */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const { membershipImport } = await apiRequest(args, MembershipImportDocument, {
    id: args.params['id'] ?? '',
  });
  if (!membershipImport) throw new Response(null, { status: 404 });
  const refresh = new URL(args.request.url).searchParams.get('refresh') !== 'off';
  return { import: membershipImport, refresh };
}

/**
 * Confirms a checked import (every membership recorded in one transaction) or discards it, then
 * shows the import as it now is. A refusal comes back to the page in its error summary; when the
 * memberships changed after the check, the import has failed, and its page lists the lines.
 */
export async function action(args: ActionFunctionArgs) {
  const posted = await readForm(args.request);
  const id = args.params['id'] ?? '';
  const intent = formString(posted, INTENT);
  const version = formString(posted, EXPECTED_VERSION);
  if ((intent !== 'confirm' && intent !== 'discard') || !/^\d{1,9}$/.test(version)) {
    throw new Response(null, { status: 400 });
  }
  const expectedVersion = Number(version);
  const refusals = ['CONFLICT', 'INVALID_TRANSITION', 'NOT_FOUND'] as const;
  const variables = { id, expectedVersion };
  const outcome =
    intent === 'confirm'
      ? await apiAttempt(args, refusals, ConfirmMembershipImportDocument, variables)
      : await apiAttempt(args, refusals, DiscardMembershipImportDocument, variables);
  if (!outcome.ok) {
    if (outcome.error.code === 'NOT_FOUND') throw new Response(null, { status: 404 });
    return redirectWithErrors(args.request, [{ field: CONFIRM, message: outcome.error.message }]);
  }
  return redirect(new URL(args.request.url).pathname, { status: 303 });
}

/** With JavaScript, asks for the page's data again every few seconds while `running`. */
function useRefreshWhile(running: boolean): void {
  const { revalidate, state } = useRevalidator();
  useEffect(() => {
    if (!running || state !== 'idle') return;
    const timer = setTimeout(() => void revalidate(), REFRESH_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [running, state, revalidate]);
}

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-GB')} KB`
    : `${(bytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
}

export default function MembershipImport() {
  const { import: item, refresh } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  const running = isRunning(item.status);
  useRefreshWhile(running);
  const problems = item.errors;
  // Read out when the import ends, while the page is open (the region stays in place).
  const announcement =
    item.status === 'DONE'
      ? `Import finished: ${plural(item.importedRows, 'membership', 'memberships')} imported`
      : item.status === 'FAILED'
        ? 'Import finished: nothing was imported'
        : '';
  const details = (
    <SummaryList
      rows={[
        {
          key: 'File',
          value: <span className="app-table__cell--break-words">{item.fileName}</span>,
        },
        { key: 'Size', value: sizeText(item.fileBytes) },
        { key: 'Uploaded by', value: item.uploadedBy },
        {
          key: 'Uploaded',
          value: <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>,
        },
        item.finishedAt
          ? {
              key: 'Finished',
              value: <time dateTime={item.finishedAt}>{formatDateTime(item.finishedAt)}</time>,
            }
          : null,
      ]}
    />
  );

  return (
    <>
      <div className="govuk-visually-hidden" aria-live="polite">
        {announcement}
      </div>
      {item.status === 'FAILED' ? null : <FormErrorSummary errors={errors} />}
      {item.status === 'FAILED' ? (
        <ErrorSummary
          title="There is a problem with the file"
          description={
            item.failureReason ??
            `${plural(problems.length, 'problem', 'problems')} on ${plural(linesWithProblems(problems), 'line', 'lines')}. Line 1 is the column names.`
          }
          errorList={problems.map((problem) => ({ text: problemText(problem) }))}
        />
      ) : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {item.status === 'CHECKED' ? (
            <>
              <span className="govuk-caption-l">Import memberships</span>
              <h1 className="govuk-heading-l">Check what will be imported</h1>
              <p className="govuk-body">
                Every line of {item.fileName} has been checked and can be imported. Nothing has been
                recorded yet.
              </p>
              <PlanCounts plan={item.plan} />
            </>
          ) : item.status === 'DISCARDED' ? (
            <>
              <span className="govuk-caption-l">Import memberships</span>
              <h1 className="govuk-heading-l">Discarded: nothing was imported</h1>
              <p className="govuk-body">
                You chose not to import {item.fileName}. No membership in it has been recorded.
              </p>
            </>
          ) : item.status === 'DONE' ? (
            <Panel title="Memberships imported">
              {plural(item.importedRows, 'membership', 'memberships')} from {item.fileName}
            </Panel>
          ) : item.status === 'FAILED' ? (
            <>
              <span className="govuk-caption-l">Import memberships</span>
              <h1 className="govuk-heading-l">Nothing was imported</h1>
              <p className="govuk-body">
                No membership in {item.fileName} has been recorded
                {problems.length ? ', because of the problems listed above' : ''}. Put the file
                right and upload all of it again.
              </p>
            </>
          ) : (
            <>
              <span className="govuk-caption-l">Import memberships</span>
              <h1 className="govuk-heading-l">Checking {item.fileName}</h1>
              <p className="govuk-body govuk-!-font-weight-bold">{progressText(item)}</p>
              {item.errorCount > 0 ? (
                <p className="govuk-body">
                  {plural(item.errorCount, 'problem', 'problems')} found so far, so nothing will be
                  imported. Every line is still being checked, so that you can correct them all at
                  once.
                </p>
              ) : (
                <p className="govuk-body">Nothing is recorded until every line has been checked.</p>
              )}
              <InsetText>
                This page updates every few seconds. You can leave it: the import carries on, and
                you can come back to it from{' '}
                <a className="govuk-link" href={IMPORTS_PATH}>
                  import memberships
                </a>
                .
              </InsetText>
              <noscript>
                {refresh ? (
                  <>
                    <meta httpEquiv="refresh" content={String(REFRESH_SECONDS)} />
                    <p className="govuk-body">
                      <a className="govuk-link" href="?refresh=off">
                        Stop this page updating itself
                      </a>
                    </p>
                  </>
                ) : (
                  <p className="govuk-body">
                    <a className="govuk-link" href="?refresh=on">
                      See how far it has got
                    </a>
                  </p>
                )}
              </noscript>
            </>
          )}
          {details}
          {item.status === 'DONE' ? (
            <p className="govuk-body">
              Each membership is in the{' '}
              <a className="govuk-link" href="/secretariat/audit?action=membership.">
                audit trail
              </a>
              .{' '}
              <a className="govuk-link" href={IMPORTS_PATH}>
                Import another file
              </a>
            </p>
          ) : null}
          {item.status === 'FAILED' ? (
            <p className="govuk-body">
              <a className="govuk-link" href={IMPORTS_PATH}>
                Upload a corrected file
              </a>
            </p>
          ) : null}
          {item.status === 'DISCARDED' ? (
            <p className="govuk-body">
              <a className="govuk-link" href={IMPORTS_PATH}>
                Upload another file
              </a>
            </p>
          ) : null}
        </div>
      </div>
      {item.status === 'CHECKED' ? <PlanAndChoice item={item} /> : null}
    </>
  );
}

type CheckedImport = ReturnType<typeof useLoaderData<typeof loader>>['import'];

/** "Memberships to record: 3", and of them how many ordinary seats and cross-seats. */
function PlanCounts({ plan }: { readonly plan: CheckedImport['plan'] }) {
  const counts = planCounts(plan);
  return (
    <SummaryList
      rows={[
        { key: 'Memberships to record', value: counts.memberships.toLocaleString('en-GB') },
        { key: 'Ordinary seats', value: counts.ordinary.toLocaleString('en-GB') },
        { key: 'Cross-seats', value: counts.crossSeats.toLocaleString('en-GB') },
      ]}
    />
  );
}

/** What confirming will do, line by line, and the two buttons: plain form posts. */
function PlanAndChoice({ item }: { readonly item: CheckedImport }) {
  return (
    <>
      <Table
        caption="What will happen"
        captionClassName="govuk-table__caption--m"
        head={[{ text: 'Line', format: 'numeric' }, { text: 'What will happen' }]}
        rows={item.plan.map((planned) => [
          { text: planned.line.toLocaleString('en-GB'), format: 'numeric' },
          { text: planned.summary },
        ])}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <WarningText>
            Every line is checked again when you confirm. If the memberships in the portal have
            changed since, so that a line can no longer be imported, nothing will be imported.
          </WarningText>
          <form method="post">
            <input type="hidden" name={EXPECTED_VERSION} value={item.version} />
            <div className="govuk-button-group">
              <Button id={CONFIRM} name={INTENT} value="confirm" preventDoubleClick>
                Confirm and import
              </Button>
              <Button
                name={INTENT}
                value="discard"
                className="govuk-button--secondary"
                preventDoubleClick
              >
                Discard
              </Button>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}
