import { SecretariatPeopleDocument } from '@boards/web/api-client';
import { Button, Input, Table, Tag } from '@boards/web/ui-govuk';
import { redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt } from '../api.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { errorFor, type FieldError } from '../form-state';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { apiErrorField } from '../secretariat/api-error-field';
import { SECRETARIAT_BREADCRUMBS } from '../secretariat/breadcrumbs';
import { ListPaging } from '../secretariat/list-paging';
import { cursorOf, pageHref } from '../secretariat/paging';
import { ACCOUNT_STATUS, accountStatusOf, consentShort } from '../secretariat/person-display';

const PATH = '/secretariat/people';
const PAGE_SIZE = 50;
const MAX_SEARCH_LENGTH = 200;

export const handle: RouteHandle = { breadcrumbs: SECRETARIAT_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(data?.errors.length ? 'Error: People' : 'People') },
];

export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const query = new URL(args.request.url).searchParams;
  const search = (query.get('search') ?? '').trim();
  const after = cursorOf(query);
  const errors: FieldError[] = [];
  if (search.length > MAX_SEARCH_LENGTH) {
    errors.push({
      field: 'search',
      message: `Search must be ${MAX_SEARCH_LENGTH} characters or fewer`,
    });
  }
  const outcome = errors.length
    ? null
    : await apiAttempt(args, ['BAD_USER_INPUT'], SecretariatPeopleDocument, {
        search: search || null,
        first: PAGE_SIZE,
        after: after ?? null,
      });
  if (outcome && !outcome.ok) {
    // A cursor that is not from this list (an edited address): start again from the first page.
    if (apiErrorField(outcome.error) !== 'search') throw redirect(pageHref(PATH, { search }));
    errors.push({ field: 'search', message: outcome.error.message });
  }
  return {
    search,
    after: after ?? null,
    errors,
    people: outcome?.ok ? outcome.data.people : null,
  };
}

export default function People() {
  const { search, after, errors, people } = useLoaderData<typeof loader>();
  const count = people?.totalCount ?? 0;
  return (
    <>
      <FormErrorSummary errors={errors} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">Secretariat</span>
          <h1 className="govuk-heading-l">People</h1>
          <p className="govuk-body">
            Everyone the portal knows about: members of the boards and groups, and the secretariat.
          </p>
          <p className="govuk-body">
            <Button href="/secretariat/people/new" className="govuk-button--secondary">
              Add a person
            </Button>
          </p>
          <form method="get" action={PATH} role="search" aria-label="People">
            <Input
              name="search"
              type="search"
              label="Search by name or email address"
              labelClassName="govuk-label--s"
              autoComplete="off"
              spellCheck={false}
              defaultValue={search}
              errorMessage={errorFor(errors, 'search')}
            />
            <Button className="govuk-button--secondary">Search</Button>
          </form>
        </div>
      </div>
      {people ? (
        <>
          <p className="govuk-body" role="status">
            {count === 0
              ? search
                ? `No people match ‘${search}’.`
                : 'There are no people yet.'
              : `${count} ${count === 1 ? 'person' : 'people'}${search ? ` match ‘${search}’` : ''}.`}{' '}
            {search ? (
              <a className="govuk-link" href={PATH}>
                Show everyone
              </a>
            ) : null}
          </p>
          {people.edges.length ? (
            <Table
              caption={after ? 'People (a later page)' : 'People'}
              captionClassName="govuk-visually-hidden"
              head={[
                { text: 'Name' },
                { text: 'Email address' },
                { text: 'Shown to the public as' },
                { text: 'Account' },
              ]}
              firstCellIsHeader
              rows={people.edges.map(({ node }) => {
                const status = ACCOUNT_STATUS[accountStatusOf(node.account)];
                return [
                  {
                    text: (
                      <a className="govuk-link" href={`${PATH}/${encodeURIComponent(node.id)}`}>
                        {node.fullName}
                      </a>
                    ),
                  },
                  { text: node.email ?? 'None', className: 'app-table__cell--break-words' },
                  { text: consentShort(node.publicDisplay) },
                  { text: <Tag colour={status.colour}>{status.label}</Tag> },
                ];
              })}
            />
          ) : null}
          <ListPaging
            first={after ? pageHref(PATH, { search }) : undefined}
            next={
              people.pageInfo.hasNextPage && people.pageInfo.endCursor
                ? pageHref(PATH, { search }, people.pageInfo.endCursor)
                : undefined
            }
          />
        </>
      ) : null}
    </>
  );
}
