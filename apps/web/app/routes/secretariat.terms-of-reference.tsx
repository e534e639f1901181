import { SecretariatTermsOfReferenceOverviewDocument } from '@boards/web/api-client';
import { Table, Tag } from '@boards/web/ui-govuk';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { Fragment } from 'react';
import { apiRequest } from '../api.server';
import { requireSignedIn } from '../auth.server';
import { BODY_KIND_LABELS } from '../body-kind';
import { formatDateTime } from '../dates';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { SECRETARIAT_BREADCRUMBS } from '../secretariat/breadcrumbs';
import { inForceLines, secretariatTermsOfReferencePaths } from '../terms-of-reference/versions';

export const handle: RouteHandle = { breadcrumbs: SECRETARIAT_BREADCRUMBS };

export const meta: MetaFunction = () => [{ title: pageTitle('Terms of reference') }];

/** Every body's terms of reference at a glance: the version in force and any draft (staff only). */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const { bodies } = await apiRequest(args, SecretariatTermsOfReferenceOverviewDocument);
  return { bodies };
}

export default function TermsOfReferenceOverview() {
  const { bodies } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">Terms of reference</h1>
        <p className="govuk-body">
          Draft, preview and publish each body’s terms of reference. A published version never
          changes: to change the terms, start a new draft.
        </p>
        <Table
          caption="Bodies"
          captionClassName="govuk-visually-hidden"
          head={[{ text: 'Body' }, { text: 'In force' }, { text: 'Draft' }]}
          rows={bodies.map((body) => {
            const current = body.termsOfReference;
            const inForceNow = inForceLines(current, body.termsOfReferenceHistory);
            const draft = body.termsOfReferenceDraft;
            return [
              {
                text: (
                  <>
                    <a
                      className="govuk-link"
                      href={secretariatTermsOfReferencePaths(body.slug).overview}
                    >
                      {body.name}
                    </a>
                    <span className="govuk-visually-hidden">, {BODY_KIND_LABELS[body.kind]}</span>
                  </>
                ),
              },
              {
                text: inForceNow.length
                  ? inForceNow.map((line, index) => (
                      <Fragment key={line}>
                        {index ? <br /> : null}
                        {line}
                      </Fragment>
                    ))
                  : 'None published',
              },
              {
                text: draft ? (
                  <>
                    <Tag colour="yellow">Draft</Tag> Version {draft.number}, last saved{' '}
                    {formatDateTime(draft.updatedAt)}
                  </>
                ) : (
                  'None'
                ),
              },
            ];
          })}
        />
      </div>
    </div>
  );
}
