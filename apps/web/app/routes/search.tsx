import { SearchDocument, type SearchQuery } from '@boards/web/api-client';
import { Button, Input } from '@boards/web/ui-govuk';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt } from '../api.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { formatLocalDate } from '../dates';
import type { FieldError } from '../form-state';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

type Hit = SearchQuery['search']['hits'][number];

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const what = data?.query ? `Search: ${data.query}` : 'Search';
  return [{ title: pageTitle(data?.errors.length ? `Error: ${what}` : what) }];
};

/** What a hit is, in words, for the line above its title. */
const KIND_TEXT: Record<Hit['kind'], string> = {
  TERMS_OF_REFERENCE: 'Terms of reference',
  AGENDA_ITEM: 'Agenda item',
  MINUTES: 'Minutes',
  MINUTES_ENTRY: 'Minutes',
  DECISION: 'Decision',
  PAPER: 'Paper',
};

/** Where a hit is read in full: its body's terms of reference, or its meeting's pages. */
export function hitHref(hit: Hit): string | null {
  if (hit.kind === 'TERMS_OF_REFERENCE') {
    return hit.bodySlug && hit.version !== null && hit.version !== undefined
      ? `/bodies/${encodeURIComponent(hit.bodySlug)}/terms-of-reference/${hit.version}`
      : null;
  }
  if (!hit.meetingId) return null;
  const meeting = `/meetings/${encodeURIComponent(hit.meetingId)}`;
  return hit.kind === 'AGENDA_ITEM' || hit.kind === 'PAPER' ? meeting : `${meeting}/minutes`;
}

/** The line under a hit's title: what it is, and where and when it comes from. */
export function hitContext(hit: Hit): string {
  const where = hit.kind === 'TERMS_OF_REFERENCE' ? hit.bodyName : hit.meetingTitle;
  return [KIND_TEXT[hit.kind], where, hit.date ? formatLocalDate(hit.date) : null]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Search, as a GET form so that a search is a link and works without JavaScript. The API
 * decides what the one asking may find; a refusal (too long) comes back in the error summary.
 */
export async function loader(args: LoaderFunctionArgs) {
  const query = new URL(args.request.url).searchParams.get('q') ?? '';
  if (query.trim() === '') return { query: '', hits: [] as Hit[], errors: [] as FieldError[] };
  const outcome = await apiAttempt(args, ['BAD_USER_INPUT'], SearchDocument, { query });
  if (!outcome.ok) {
    return { query, hits: [] as Hit[], errors: [{ field: 'q', message: outcome.error.message }] };
  }
  return { query: outcome.data.search.query, hits: outcome.data.search.hits, errors: [] };
}

export default function Search() {
  const { query, hits, errors } = useLoaderData<typeof loader>();
  const searched = query !== '' && errors.length === 0;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Search</h1>
        <form method="get" action="/search" role="search" noValidate>
          <Input
            name="q"
            type="search"
            label="Search terms of reference, agendas, minutes, decisions and papers"
            labelClassName="govuk-label--s"
            hint="Put words in quotes to find them together. Put a minus sign before a word to leave it out."
            spellCheck={false}
            defaultValue={query}
            errorMessage={errors.find((error) => error.field === 'q')?.message}
          />
          <Button>Search</Button>
        </form>
        {searched ? (
          <>
            <h2 className="govuk-heading-m" id="results">
              {hits.length === 0
                ? 'No results'
                : `${hits.length} ${hits.length === 1 ? 'result' : 'results'}`}
            </h2>
            {hits.length === 0 ? (
              <p className="govuk-body">
                Nothing was found for ‘{query}’. Check the spelling, or try fewer or other words.
              </p>
            ) : (
              <ol className="govuk-list" aria-labelledby="results">
                {hits.map((hit) => {
                  const href = hitHref(hit);
                  return (
                    <li key={`${hit.kind}:${hit.id}`} className="govuk-!-margin-bottom-6">
                      <p className="govuk-body-s govuk-!-margin-bottom-1">{hitContext(hit)}</p>
                      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                        {href ? (
                          <a className="govuk-link" href={href}>
                            {hit.title}
                          </a>
                        ) : (
                          hit.title
                        )}
                      </h3>
                      <p className="govuk-body">
                        {hit.snippet.map((part, index) =>
                          part.match ? <mark key={index}>{part.text}</mark> : part.text,
                        )}
                      </p>
                    </li>
                  );
                })}
              </ol>
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}
