import { MembershipImportDocument } from '@boards/web/api-client';
import { ErrorSummary, InsetText, Panel, SummaryList } from '@boards/web/ui-govuk';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData, useRevalidator } from '@remix-run/react';
import { useEffect } from 'react';
import { apiRequest } from '../api.server';
import { requireSignedIn } from '../auth.server';
import { formatDateTime } from '../dates';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { SECRETARIAT_BREADCRUMBS } from '../secretariat/breadcrumbs';
import {
  isRunning,
  linesWithProblems,
  problemText,
  progressText,
} from '../secretariat/membership-import-display';

const IMPORTS_PATH = '/secretariat/imports';
/** How often a running import's page asks again. */
export const REFRESH_SECONDS = 2;

export const handle: RouteHandle = {
  breadcrumbs: [...SECRETARIAT_BREADCRUMBS, { text: 'Import memberships', href: IMPORTS_PATH }],
};

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: pageTitle('Import') }];
  const { import: item } = data;
  return [
    {
      title: pageTitle(
        item.status === 'FAILED'
          ? `Error: Nothing was imported from ${item.fileName}`
          : item.status === 'DONE'
            ? `Memberships imported from ${item.fileName}`
            : `Checking ${item.fileName}`,
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
          {item.status === 'DONE' ? (
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
        </div>
      </div>
    </>
  );
}
