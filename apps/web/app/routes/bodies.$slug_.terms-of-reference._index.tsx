import { bodySlugSchema } from '@boards/shared/contracts';
import { BodyTermsOfReferenceHistoryDocument } from '@boards/web/api-client';
import { Button, Select, Table, Tag } from '@boards/web/ui-govuk';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiRequest } from '../api.server';
import { formatLocalDate, londonDateOf } from '../dates';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { inForce, termsOfReferencePaths } from '../terms-of-reference/versions';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(data ? `Terms of reference: ${data.body.name}` : undefined) },
];

/** Every published version of a body's terms of reference, for anyone. */
export async function loader(args: LoaderFunctionArgs) {
  const slug = bodySlugSchema.safeParse(args.params['slug']);
  if (!slug.success) throw new Response(null, { status: 404 });
  const { body } = await apiRequest(args, BodyTermsOfReferenceHistoryDocument, {
    slug: slug.data,
  });
  if (!body) throw new Response(null, { status: 404 });
  return { body };
}

export default function TermsOfReferenceHistory() {
  const { body } = useLoaderData<typeof loader>();
  const paths = termsOfReferencePaths(body.slug);
  const history = body.termsOfReferenceHistory;
  const [newest, previous] = history;
  const choices = [...history]
    .reverse()
    .map((version) => ({ value: String(version.number), text: String(version.number) }));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <span className="govuk-caption-l">{body.name}</span>
        <h1 className="govuk-heading-l">Terms of reference</h1>
        <p className="govuk-body">
          Every version of the{' '}
          <a className="govuk-link" href={`/bodies/${encodeURIComponent(body.slug)}`}>
            {body.name}
          </a>
          ’s terms of reference, newest first. A version never changes once it is published: a
          change is a new version.
        </p>
        {history.length ? (
          <Table
            caption="Versions"
            scrollLabel="Versions of the terms of reference"
            captionClassName="govuk-table__caption--m"
            head={[
              { text: 'Version' },
              { text: 'In force' },
              { text: 'Published' },
              { text: 'Changes' },
            ]}
            rows={history.map((version) => {
              const when = inForce(version);
              return [
                {
                  text: (
                    <a className="govuk-link" href={paths.version(version.number)}>
                      Version {version.number}
                    </a>
                  ),
                },
                {
                  text: (
                    <>
                      {when.text}
                      {when.kind === 'CURRENT' ? (
                        <>
                          {' '}
                          <Tag colour="green">Current</Tag>
                        </>
                      ) : null}
                    </>
                  ),
                },
                {
                  text: version.publishedAt
                    ? formatLocalDate(londonDateOf(new Date(version.publishedAt)))
                    : '',
                },
                {
                  text:
                    version.number > 1 ? (
                      <a
                        className="govuk-link"
                        href={paths.compare(version.number - 1, version.number)}
                      >
                        What changed
                        <span className="govuk-visually-hidden"> in version {version.number}</span>
                      </a>
                    ) : (
                      'First version'
                    ),
                },
              ];
            })}
          />
        ) : (
          <p className="govuk-body">No terms of reference have been published yet.</p>
        )}
        {newest && previous ? (
          <form method="get" action={paths.compareBase}>
            <h2 className="govuk-heading-m">Compare two versions</h2>
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-one-quarter">
                <Select
                  name="from"
                  label="Compare version"
                  value={String(previous.number)}
                  items={choices}
                />
              </div>
              <div className="govuk-grid-column-one-quarter">
                <Select
                  name="to"
                  label="with version"
                  value={String(newest.number)}
                  items={choices}
                />
              </div>
            </div>
            <Button className="govuk-button--secondary">Compare</Button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
