import { HomeBodiesDocument } from '@boards/web/api-client';
import { Tag } from '@boards/web/ui-govuk';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiRequest } from '../api.server';
import { BODY_KIND_LABELS, BODY_KIND_TAG_COLOURS } from '../body-kind';
import { SERVICE_NAME } from '../page-title';

export const meta: MetaFunction = () => [{ title: SERVICE_NAME }];

export async function loader(args: LoaderFunctionArgs) {
  const { bodies } = await apiRequest(args, HomeBodiesDocument);
  return { bodies };
}

export default function Home() {
  const { bodies } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">{SERVICE_NAME}</h1>
        <p className="govuk-body-l">
          The boards and groups on this site advise the independent review of children’s social
          care. Find out what each one is for and when it was set up.
        </p>
        <h2 className="govuk-heading-l">Boards and groups</h2>
        {bodies.length ? (
          <ul className="govuk-list govuk-list--spaced">
            {bodies.map((body) => (
              <li key={body.slug}>
                <h3 className="govuk-heading-m govuk-!-margin-bottom-2">
                  <a className="govuk-link" href={`/bodies/${body.slug}`}>
                    {body.name}
                  </a>
                </h3>
                <p className="govuk-body govuk-!-margin-bottom-2">
                  <Tag colour={BODY_KIND_TAG_COLOURS[body.kind]}>{BODY_KIND_LABELS[body.kind]}</Tag>
                </p>
                <p className="govuk-body">{body.purpose}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">There are no boards or groups yet.</p>
        )}
        <h2 className="govuk-heading-m">Members</h2>
        <p className="govuk-body">
          <a className="govuk-link" href="/who-sits-where">
            See who sits on each board and group
          </a>
          , and who sits on more than one.
        </p>
      </div>
    </div>
  );
}
