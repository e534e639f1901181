import { bodySlugSchema } from '@boards/shared/contracts';
import { BodyTermsOfReferenceHistoryDocument } from '@boards/web/api-client';
import { InsetText, Tag } from '@boards/web/ui-govuk';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiRequest } from '../api.server';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { TermsOfReferenceDetails } from '../terms-of-reference/terms-of-reference-details';
import { inForce, termsOfReferencePaths, versionNumberOf } from '../terms-of-reference/versions';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: pageTitle(
      data ? `Terms of reference, version ${data.version.number}: ${data.body.name}` : undefined,
    ),
  },
];

/** One published version of a body's terms of reference, as it was published. */
export async function loader(args: LoaderFunctionArgs) {
  const slug = bodySlugSchema.safeParse(args.params['slug']);
  const number = versionNumberOf(args.params['number']);
  if (!slug.success || number === null) throw new Response(null, { status: 404 });
  const { body } = await apiRequest(args, BodyTermsOfReferenceHistoryDocument, {
    slug: slug.data,
  });
  const version = body?.termsOfReferenceHistory.find((candidate) => candidate.number === number);
  if (!body || !version) throw new Response(null, { status: 404 });
  const { termsOfReferenceHistory: _history, ...about } = body;
  return {
    body: about,
    version,
    when: inForce(version),
  };
}

export default function TermsOfReferenceVersion() {
  const { body, version, when } = useLoaderData<typeof loader>();
  const paths = termsOfReferencePaths(body.slug);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{body.name}</span>
        <h1 className="govuk-heading-l">Terms of reference, version {version.number}</h1>
        <p className="govuk-body">
          {when.text}
          {when.kind === 'CURRENT' ? (
            <>
              {' '}
              <Tag colour="green">Current</Tag>
            </>
          ) : null}
        </p>
        {when.kind === 'PAST' && body.termsOfReference ? (
          <InsetText>
            This version has been replaced.{' '}
            <a className="govuk-link" href={paths.version(body.termsOfReference.number)}>
              Read the terms of reference in force now
            </a>
            .
          </InsetText>
        ) : null}
        <TermsOfReferenceDetails version={version} headingLevel={2} />
        <ul className="govuk-list">
          {version.number > 1 ? (
            <li>
              <a className="govuk-link" href={paths.compare(version.number - 1, version.number)}>
                What changed from version {version.number - 1}
              </a>
            </li>
          ) : null}
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
