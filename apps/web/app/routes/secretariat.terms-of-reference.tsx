import { SecretariatTermsOfReferenceOverviewDocument } from '@boards/web/api-client';
import { Table, Tag } from '@boards/web/ui-govuk';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiRequest } from '../api.server';
import { requireSignedIn } from '../auth.server';
import { BODY_KIND_LABELS } from '../body-kind';
import { formatDateTime, londonDateOf } from '../dates';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { SECRETARIAT_BREADCRUMBS } from '../secretariat/breadcrumbs';
import { inForce, secretariatTermsOfReferencePaths } from '../terms-of-reference/versions';

export const handle: RouteHandle = { breadcrumbs: SECRETARIAT_BREADCRUMBS };

export const meta: MetaFunction = () => [{ title: pageTitle('Terms of reference') }];

/** Every body's terms of reference at a glance: the version in force and any draft (staff only). */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const { bodies } = await apiRequest(args, SecretariatTermsOfReferenceOverviewDocument);
  return { bodies, today: londonDateOf(new Date()) };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export default function TermsOfReferenceOverview() {
  const { bodies, today } = useLoaderData<typeof loader>();
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
            const upcoming = body.termsOfReferenceHistory.find(
              (version) => version.effectiveFrom !== null && version.effectiveFrom > today,
            );
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
                text: current ? (
                  <>
                    Version {current.number},{' '}
                    {lowerFirst(inForce(current, body.termsOfReferenceHistory, today).text)}
                    {upcoming ? (
                      <>
                        <br />
                        Version {upcoming.number},{' '}
                        {lowerFirst(inForce(upcoming, body.termsOfReferenceHistory, today).text)}
                      </>
                    ) : null}
                  </>
                ) : (
                  'None published'
                ),
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
