import { AuditEventsDocument, type AuditEventsQuery } from '@boards/web/api-client';
import { Button, DateInput, Input, Select, Table } from '@boards/web/ui-govuk';
import { redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { dateInputError, dateInputItems } from '../date-fields';
import { formatDateTime } from '../dates';
import { errorFor, type FieldError } from '../form-state';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { apiErrorField } from '../secretariat/api-error-field';
import { textDiff, type TextDiffPart } from '../secretariat/audit-diff.server';
import {
  actionChoices,
  actionText,
  changeParts,
  objectHref,
  objectTypeChoices,
  objectTypeText,
  type AuditNames,
} from '../secretariat/audit-display';
import { FROM, TO, readAuditFilter } from '../secretariat/audit-filter';
import { SECRETARIAT_BREADCRUMBS } from '../secretariat/breadcrumbs';
import { ListPaging } from '../secretariat/list-paging';
import { cursorOf, pageHref } from '../secretariat/paging';

const PATH = '/secretariat/audit';
const PAGE_SIZE = 50;

/** API filter field → input id. */
const FILTER_FIELD_IDS: Readonly<Record<string, string>> = {
  action: 'action',
  objectType: 'objectType',
  objectId: 'objectId',
  from: `${FROM}-day`,
  to: `${TO}-day`,
};

type AuditEventNode = AuditEventsQuery['auditEvents']['edges'][number]['node'];

/** A page of the trail as the page shows it: each long text's change compared word by word. */
interface AuditEventsPage extends Omit<AuditEventsQuery['auditEvents'], 'edges'> {
  readonly edges: {
    readonly node: Omit<AuditEventNode, 'changes'> & {
      readonly changes: (AuditEventNode['changes'][number] & {
        readonly diff: TextDiffPart[] | null;
      })[];
    };
  }[];
}

/** What the ids of an entry name today, by id. */
function namesOf(node: { readonly names: readonly { id: string; name: string }[] }): AuditNames {
  return new Map(node.names.map(({ id, name }) => [id, name]));
}

export const handle: RouteHandle = { breadcrumbs: SECRETARIAT_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(data?.errors.length ? 'Error: Audit trail' : 'Audit trail') },
];

export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const query = new URL(args.request.url).searchParams;
  const { values, filter, errors: formErrors } = readAuditFilter(query);
  const after = cursorOf(query);
  const errors: FieldError[] = [...formErrors];
  let events: AuditEventsPage | null = null;
  if (filter) {
    const outcome = await apiAttempt(args, ['BAD_USER_INPUT'], AuditEventsDocument, {
      filter,
      first: PAGE_SIZE,
      after: after ?? null,
    });
    if (outcome.ok) {
      const found = outcome.data.auditEvents;
      // Long texts compared word by word here, on the server.
      events = {
        ...found,
        edges: found.edges.map((edge) => ({
          ...edge,
          node: {
            ...edge.node,
            changes: edge.node.changes.map((change) => ({
              ...change,
              diff: textDiff(change.before, change.after),
            })),
          },
        })),
      };
    } else if (apiErrorField(outcome.error) === 'after') {
      // A cursor that is not from this list (an edited address): start from the newest.
      throw redirect(pageHref(PATH, values));
    } else {
      errors.push(...fieldErrorsFromApi(outcome.error, FILTER_FIELD_IDS, 'action'));
    }
  }
  return { values, errors, after: after ?? null, events };
}

/** A long text's change: the words removed struck through, those added underlined. */
function TextDiff({ parts }: { readonly parts: readonly TextDiffPart[] }) {
  return (
    <span className="app-text-diff">
      {parts.map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <del key={index}>
            <span className="govuk-visually-hidden">[removed: </span>
            {part.text}
            <span className="govuk-visually-hidden">]</span>
          </del>
        ) : (
          <ins key={index}>
            <span className="govuk-visually-hidden">[added: </span>
            {part.text}
            <span className="govuk-visually-hidden">]</span>
          </ins>
        ),
      )}
    </span>
  );
}

/** What an entry is about, by name (a link where it has a page); nothing for a removed thing. */
function ObjectName({
  node,
}: {
  readonly node: {
    readonly objectType: string;
    readonly objectId?: string | null;
    readonly names: readonly { id: string; name: string }[];
  };
}) {
  const name = node.objectId ? namesOf(node).get(node.objectId) : undefined;
  if (!node.objectId || name === undefined) return null;
  const href = objectHref(node.objectType, node.objectId);
  return (
    <>
      {': '}
      {href ? (
        <a className="govuk-link" href={href}>
          {name}
        </a>
      ) : (
        name
      )}
    </>
  );
}

function Changes({
  changes,
  names,
}: {
  readonly changes: readonly {
    field: string;
    before?: string | null;
    after?: string | null;
    diff: readonly TextDiffPart[] | null;
  }[];
  readonly names: AuditNames;
}) {
  if (!changes.length) return <>No details</>;
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {changes.map((change) => {
        const parts = changeParts(change, names);
        if (change.diff) {
          return (
            <li key={change.field} className="app-table__cell--break-words">
              <strong>{parts.field}</strong> changed: <TextDiff parts={change.diff} />
            </li>
          );
        }
        return (
          <li key={change.field} className="app-table__cell--break-words">
            <strong>{parts.field}</strong>:{' '}
            {parts.before === null ? (
              parts.after
            ) : (
              <>
                {parts.before} <span aria-hidden="true">→</span>
                <span className="govuk-visually-hidden">changed to</span> {parts.after}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export default function AuditTrail() {
  const { values, errors, after, events } = useLoaderData<typeof loader>();
  const from = dateInputError(errors, FROM);
  const to = dateInputError(errors, TO);
  const filtered = Object.keys(values).length > 0;
  const count = events?.totalCount ?? 0;
  return (
    <>
      <FormErrorSummary errors={errors} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">Secretariat</span>
          <h1 className="govuk-heading-l">Audit trail</h1>
          <p className="govuk-body">
            Every change made in the portal, and every sign-in, newest first. Entries can never be
            changed or removed. Times are UK time.
          </p>
          <form method="get" action={PATH} noValidate>
            <h2 className="govuk-heading-m">Filter</h2>
            <Select
              name="action"
              label="Action"
              hint="One action, or every action of a kind"
              value={values['action']}
              items={actionChoices(values['action'])}
              errorMessage={errorFor(errors, 'action')}
            />
            <Select
              name="objectType"
              label="Type of thing changed"
              value={values['objectType']}
              items={objectTypeChoices(values['objectType'])}
              errorMessage={errorFor(errors, 'objectType')}
            />
            <Input
              name="objectId"
              label="ID of the thing changed"
              autoComplete="off"
              spellCheck={false}
              defaultValue={values['objectId']}
              errorMessage={errorFor(errors, 'objectId')}
            />
            <DateInput
              id={FROM}
              namePrefix={FROM}
              fieldset={{ legend: { text: 'From', className: 'govuk-fieldset__legend--s' } }}
              hint="The first day to include, for example 27 3 2026"
              items={dateInputItems(FROM, values, from.parts)}
              errorMessage={from.message}
            />
            <DateInput
              id={TO}
              namePrefix={TO}
              fieldset={{ legend: { text: 'To', className: 'govuk-fieldset__legend--s' } }}
              hint="The last day to include, for example 31 3 2026"
              items={dateInputItems(TO, values, to.parts)}
              errorMessage={to.message}
            />
            <div className="govuk-button-group">
              <Button className="govuk-button--secondary">Filter</Button>
              {filtered ? (
                <a className="govuk-link" href={PATH}>
                  Clear filters
                </a>
              ) : null}
            </div>
          </form>
        </div>
      </div>
      {events ? (
        <>
          <p className="govuk-body" role="status">
            {count === 0
              ? 'No entries match.'
              : `${count} ${count === 1 ? 'entry' : 'entries'}${filtered ? ' match' : ''}.`}
          </p>
          {events.edges.length ? (
            <Table
              caption={after ? 'Audit trail (a later page)' : 'Audit trail'}
              scrollLabel="Audit trail entries"
              captionClassName="govuk-visually-hidden"
              head={[{ text: 'When' }, { text: 'Who' }, { text: 'What' }, { text: 'Changes' }]}
              rows={events.edges.map(({ node }) => [
                {
                  text: <time dateTime={node.occurredAt}>{formatDateTime(node.occurredAt)}</time>,
                },
                { text: node.actorLabel },
                {
                  text: (
                    <>
                      {actionText(node.action)}
                      <br />
                      <span className="govuk-body-s">
                        {objectTypeText(node.objectType)}
                        <ObjectName node={node} /> ·{' '}
                        <code className="app-table__cell--break-words">{node.action}</code>
                      </span>
                    </>
                  ),
                },
                { text: <Changes changes={node.changes} names={namesOf(node)} /> },
              ])}
            />
          ) : null}
          <ListPaging
            first={after ? pageHref(PATH, values) : undefined}
            next={
              events.pageInfo.hasNextPage && events.pageInfo.endCursor
                ? pageHref(PATH, values, events.pageInfo.endCursor)
                : undefined
            }
          />
        </>
      ) : null}
    </>
  );
}
