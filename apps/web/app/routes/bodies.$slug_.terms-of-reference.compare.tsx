import { bodySlugSchema } from '@boards/shared/contracts';
import { BodyTermsOfReferenceComparisonDocument } from '@boards/web/api-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiRequest } from '../api.server';
import { formatLocalDate } from '../dates';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { TermsOfReferenceChanges } from '../terms-of-reference/terms-of-reference-changes';
import { termsOfReferencePaths, versionNumberOf } from '../terms-of-reference/versions';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: pageTitle(
      data
        ? `What changed from version ${data.comparison.from.number} to ${data.comparison.to.number}: ${data.body.name}`
        : undefined,
    ),
  },
];

/** Two versions of a body's terms of reference compared: ?from=1&to=2. */
export async function loader(args: LoaderFunctionArgs) {
  const slug = bodySlugSchema.safeParse(args.params['slug']);
  const query = new URL(args.request.url).searchParams;
  const from = versionNumberOf(query.get('from'));
  const to = versionNumberOf(query.get('to'));
  if (!slug.success || from === null || to === null) throw new Response(null, { status: 404 });
  // An unknown version (or, to anyone but the secretariat, a draft) is NOT_FOUND: a 404.
  const { body } = await apiRequest(args, BodyTermsOfReferenceComparisonDocument, {
    slug: slug.data,
    from,
    to,
  });
  const comparison = body?.termsOfReferenceComparison;
  if (!body || !comparison) throw new Response(null, { status: 404 });
  return { body: { slug: body.slug, name: body.name }, comparison };
}

function describe(version: { number: number; status: string; effectiveFrom: string | null }) {
  if (version.status === 'DRAFT' || !version.effectiveFrom)
    return `the draft of version ${version.number}`;
  return `version ${version.number}, in force from ${formatLocalDate(version.effectiveFrom)}`;
}

export default function TermsOfReferenceComparison() {
  const { body, comparison } = useLoaderData<typeof loader>();
  const paths = termsOfReferencePaths(body.slug);
  const { from, to } = comparison;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{body.name}</span>
        <h1 className="govuk-heading-l">What changed in the terms of reference</h1>
        <p className="govuk-body">
          From {describe(from)}, to {describe(to)}.
        </p>
        <TermsOfReferenceChanges
          comparison={comparison}
          fromLabel={`Version ${from.number}`}
          toLabel={`Version ${to.number}`}
        />
        <ul className="govuk-list">
          {[from, to]
            .filter((version) => version.status !== 'DRAFT')
            .map((version) => (
              <li key={version.number}>
                <a className="govuk-link" href={paths.version(version.number)}>
                  Read version {version.number} in full
                </a>
              </li>
            ))}
          <li>
            <a className="govuk-link" href={paths.history}>
              Every version of the terms of reference
            </a>
          </li>
        </ul>
      </div>
    </div>
  );
}
