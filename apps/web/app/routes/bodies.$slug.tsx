import { bodySlugSchema } from '@boards/shared/contracts';
import { BodyPageDocument } from '@boards/web/api-client';
import { SummaryList } from '@boards/web/ui-govuk';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiRequest } from '../api.server';
import { BODY_KIND_LABELS } from '../body-kind';
import { formatLocalDate } from '../dates';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(data?.body.name) },
];

export async function loader(args: LoaderFunctionArgs) {
  const slug = bodySlugSchema.safeParse(args.params['slug']);
  if (!slug.success) throw new Response(null, { status: 404 });
  // As the person asking, so that members see what the public cannot.
  const { body } = await apiRequest(args, BodyPageDocument, { slug: slug.data });
  if (!body) throw new Response(null, { status: 404 });
  return { body };
}

function LocalDate({ value }: { readonly value: string }) {
  return <time dateTime={value}>{formatLocalDate(value)}</time>;
}

export default function BodyPage() {
  const { body } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-xl">{BODY_KIND_LABELS[body.kind]}</span>
        <h1 className="govuk-heading-xl">{body.name}</h1>
        <p className="govuk-body-l">{body.purpose}</p>
        <SummaryList
          rows={[
            { key: 'Established', value: <LocalDate value={body.establishedOn} /> },
            body.dissolvedOn !== null && {
              key: 'Dissolved',
              value: <LocalDate value={body.dissolvedOn} />,
            },
          ]}
        />
      </div>
    </div>
  );
}
