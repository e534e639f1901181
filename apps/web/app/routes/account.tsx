import { ViewerDocument } from '@boards/web/api-client';
import { SummaryList } from '@boards/web/ui-govuk';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiRequest } from '../api.server';
import { requireMe, requireSignedIn } from '../auth.server';
import { pageTitle } from '../page-title';

export const meta: MetaFunction = () => [{ title: pageTitle('Your account') }];

export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const { me } = await apiRequest(args, ViewerDocument);
  return { me: await requireMe(args.request, me) };
}

export default function Account() {
  const { me } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Your account</h1>
        <SummaryList rows={[{ key: 'Name', value: me.fullName }]} />
      </div>
    </div>
  );
}
