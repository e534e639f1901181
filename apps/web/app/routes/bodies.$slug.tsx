import { bodySlugSchema } from '@boards/shared/contracts';
import { BodyPageDocument } from '@boards/web/api-client';
import { SummaryList } from '@boards/web/ui-govuk';
import { redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt } from '../api.server';
import { BODY_KIND_LABELS } from '../body-kind';
import { formatLocalDate } from '../dates';
import { BodyMembership, pastMembersHref } from '../membership/body-membership';
import { pastMembersVariables, pastPageOf } from '../membership/past-page.server';
import { crossSeatsHeldElsewhere } from '../membership/public-members';
import { pageTitle } from '../page-title';
import { Contact } from '../meetings/support';
import type { RouteHandle } from '../route-handle';
import { TermsOfReferenceSection } from '../terms-of-reference/terms-of-reference-section';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(data?.body.name) },
];

export async function loader(args: LoaderFunctionArgs) {
  const slug = bodySlugSchema.safeParse(args.params['slug']);
  if (!slug.success) throw new Response(null, { status: 404 });
  const pastPage = pastPageOf(args.request, slug.data);
  // As the person asking, so that members see what the public cannot. A page of past members
  // whose cursor is not from this list (an edited address) starts again from the first page.
  const outcome = await apiAttempt(args, pastPage ? ['BAD_USER_INPUT'] : [], BodyPageDocument, {
    slug: slug.data,
    ...pastMembersVariables(pastPage),
  });
  if (!outcome.ok) throw redirect(pastMembersHref(slug.data));
  const { body, bodies } = outcome.data;
  if (!body) throw new Response(null, { status: 404 });
  return {
    body,
    pastPage: pastPage ?? null,
    // Only what the page shows of the other bodies' members: no ids.
    crossSeatsElsewhere: crossSeatsHeldElsewhere(body.slug, bodies),
  };
}

function LocalDate({ value }: { readonly value: string }) {
  return <time dateTime={value}>{formatLocalDate(value)}</time>;
}

export default function BodyPage() {
  const { body, pastPage, crossSeatsElsewhere } = useLoaderData<typeof loader>();
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
        <BodyMembership body={body} pastPage={pastPage} crossSeatsElsewhere={crossSeatsElsewhere} />
        <h2 className="govuk-heading-l">Meetings</h2>
        <p className="govuk-body">
          <a className="govuk-link" href={`/bodies/${encodeURIComponent(body.slug)}/meetings`}>
            When the {body.name} meets
          </a>
          : upcoming meetings, and past meetings with their published minutes.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href="/subscribe">
            Add the {body.name}’s meetings to your calendar
          </a>
        </p>
        <TermsOfReferenceSection slug={body.slug} body={body} />
        {body.supportContact ? (
          <>
            <h2 className="govuk-heading-l">Contact</h2>
            <p className="govuk-body">
              The secretariat supports the {body.name}. To ask about its work or its meetings,
              contact:
            </p>
            <Contact contact={body.supportContact} />
          </>
        ) : null}
      </div>
    </div>
  );
}
