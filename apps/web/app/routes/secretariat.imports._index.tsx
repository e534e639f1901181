import { MembershipImportsDocument } from '@boards/web/api-client';
import { Button, Details, FileUpload, Table, Tag } from '@boards/web/ui-govuk';
import {
  MEMBERSHIP_IMPORT_COLUMNS,
  MEMBERSHIP_IMPORT_LIMITS,
  MEMBERSHIP_IMPORT_MAX_SIZE_TEXT,
} from '@boards/shared/contracts';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt } from '../api.server';
import { apiErrorField } from '../secretariat/api-error-field';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { formatDateTime } from '../dates';
import { errorFor, formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import type { RouteHandle } from '../route-handle';
import { SECRETARIAT_BREADCRUMBS } from '../secretariat/breadcrumbs';
import { ListPaging } from '../secretariat/list-paging';
import {
  FILE_FIELD,
  IMPORT_COLUMN_HELP,
  IMPORT_STATUS,
} from '../secretariat/membership-import-display';
import { readUploadedFile, sendToApi } from '../secretariat/membership-import.server';
import { cursorOf, pageHref } from '../secretariat/paging';

const PATH = '/secretariat/imports';
const PAGE_SIZE = 20;
const TEMPLATE_PATH = '/secretariat/imports/template.csv';

export const handle: RouteHandle = { breadcrumbs: SECRETARIAT_BREADCRUMBS };

export const meta: MetaFunction = (args) => [{ title: formPageTitle('Import memberships', args) }];

/** The imports so far, newest first, and the bodies a file may name. Staff only (the API decides). */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const after = cursorOf(new URL(args.request.url).searchParams);
  const outcome = await apiAttempt(args, ['BAD_USER_INPUT'], MembershipImportsDocument, {
    first: PAGE_SIZE,
    after: after ?? null,
  });
  if (!outcome.ok) {
    // A cursor that is not from this list (an edited address): start from the newest.
    if (apiErrorField(outcome.error) === 'after') throw redirect(PATH);
    throw outcome.error;
  }
  const data = outcome.data;
  return { after: after ?? null, imports: data.membershipImports, bodies: data.bodies };
}

/**
 * Takes the uploaded CSV file (multipart, at most 10 MB, from a page of this site) and hands it
 * to the API, then goes to the import's page to follow it. Problems with the file itself come
 * back to the form.
 */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const upload = await readUploadedFile(request);
  if (!upload.ok) return redirectWithErrors(request, [upload.error]);
  const sent = await sendToApi(args, upload.file);
  if (!sent.ok) return redirectWithErrors(request, [sent.error]);
  return redirect(`${PATH}/${encodeURIComponent(sent.id)}`, { status: 303 });
}

export default function MembershipImports() {
  const { after, imports, bodies } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <span className="govuk-caption-l">Secretariat</span>
          <h1 className="govuk-heading-l">Import memberships</h1>
          <p className="govuk-body">
            Appoint many people at once from a spreadsheet saved as a CSV file. Every line is
            checked first, against the same rules as appointing one person. If any line has a
            problem, nothing can be imported and every problem is listed with its line number, so
            that you can put the file right and upload it again. If every line is right, you see
            what will happen and nothing is recorded until you confirm it.
          </p>
          <p className="govuk-body">
            <a className="govuk-link" href={TEMPLATE_PATH} download="memberships.csv">
              Download a template (CSV)
            </a>
          </p>
          <Details summary="What the file must look like">
            <p className="govuk-body">
              The first line has the column names:{' '}
              <code>{MEMBERSHIP_IMPORT_COLUMNS.join(',')}</code>. Each line after it is one
              membership. The people must already be in the portal. A file may have up to{' '}
              {MEMBERSHIP_IMPORT_LIMITS.maxRows.toLocaleString('en-GB')} memberships and be up to{' '}
              {MEMBERSHIP_IMPORT_MAX_SIZE_TEXT}.
            </p>
            <Table
              caption="Columns"
              captionClassName="govuk-table__caption--s"
              head={[{ text: 'Column' }, { text: 'What to put in it' }]}
              firstCellIsHeader
              rows={IMPORT_COLUMN_HELP.map((column) => [
                {
                  text: (
                    <>
                      <code>{column.column}</code>
                      {column.required ? null : (
                        <>
                          <br />
                          (optional)
                        </>
                      )}
                    </>
                  ),
                },
                { text: column.help },
              ])}
            />
            <p className="govuk-body">The bodies’ short names are:</p>
            <ul className="govuk-list govuk-list--bullet">
              {bodies.map((body) => (
                <li key={body.slug}>
                  <code>{body.slug}</code> for the {body.name}
                </li>
              ))}
            </ul>
            <p className="govuk-body">
              In a spreadsheet, choose ‘Save as’ and then ‘CSV UTF-8’, so that names with accents
              are kept as they are.
            </p>
          </Details>
          <form method="post" action={PATH} encType="multipart/form-data" noValidate>
            <FileUpload
              name={FILE_FIELD}
              label="Upload a CSV file"
              labelClassName="govuk-label--m"
              hint={`A CSV file of up to ${MEMBERSHIP_IMPORT_MAX_SIZE_TEXT}`}
              accept=".csv,text/csv"
              errorMessage={errorFor(errors, FILE_FIELD)}
            />
            <Button>Upload and check</Button>
          </form>
        </div>
      </div>
      <h2 className="govuk-heading-m">Imports so far</h2>
      {imports.edges.length ? (
        <Table
          caption={after ? 'Imports so far (a later page)' : 'Imports so far'}
          captionClassName="govuk-visually-hidden"
          head={[
            { text: 'File' },
            { text: 'Uploaded by' },
            { text: 'Uploaded' },
            { text: 'Lines', format: 'numeric' },
            { text: 'Status' },
          ]}
          firstCellIsHeader
          rows={imports.edges.map(({ node }) => [
            {
              text: (
                <a
                  className="govuk-link app-table__cell--break-words"
                  href={`${PATH}/${encodeURIComponent(node.id)}`}
                >
                  {node.fileName}
                </a>
              ),
            },
            { text: node.uploadedBy },
            { text: <time dateTime={node.createdAt}>{formatDateTime(node.createdAt)}</time> },
            { text: node.totalRows.toLocaleString('en-GB'), format: 'numeric' },
            {
              text: (
                <Tag colour={IMPORT_STATUS[node.status].colour}>
                  {IMPORT_STATUS[node.status].label}
                </Tag>
              ),
            },
          ])}
        />
      ) : (
        <p className="govuk-body">No files have been imported yet.</p>
      )}
      <ListPaging
        first={after ? PATH : undefined}
        next={
          imports.pageInfo.hasNextPage && imports.pageInfo.endCursor
            ? pageHref(PATH, {}, imports.pageInfo.endCursor)
            : undefined
        }
      />
    </>
  );
}
