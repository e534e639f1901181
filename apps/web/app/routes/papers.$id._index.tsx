import { PaperPageDocument } from '@boards/web/api-client';
import { redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt } from '../api.server';
import { sessionState } from '../auth.server';
import { bodiesInWords } from '../meetings/meeting-display';
import { PaperDetails, PaperTags } from '../meetings/papers-section';
import { pageTitle } from '../page-title';
import { requestPath, signInPath } from '../return-to';
import type { RouteHandle } from '../route-handle';
import { idParam } from '../id-param';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(data ? data.paper.title : undefined) },
];

/**
 * A paper's own page: what it discusses before the link to its file, and its meeting. Where
 * signing in leads back to, and where the file's address sends those the API refuses, so that
 * they see the GOV.UK page for it. Whether the one asking may open the paper is the API's to
 * say: it answers FORBIDDEN without a word of the paper; without a session that means signing in.
 */
export async function loader(args: LoaderFunctionArgs) {
  const id = idParam(args.params);
  const outcome = await apiAttempt(args, ['FORBIDDEN'], PaperPageDocument, { id });
  if (!outcome.ok) {
    const { token } = await sessionState(args.request);
    if (!token) throw redirect(signInPath(requestPath(args.request)));
    throw new Response(null, { status: 403 });
  }
  const { paper } = outcome.data;
  if (!paper) throw new Response(null, { status: 404 });
  return { paper };
}

export default function PaperPage() {
  const { paper } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{paper.meeting.title}</span>
        <h1 className="govuk-heading-l">
          {paper.title}
          <PaperTags paper={paper} />
        </h1>
        <p className="govuk-body">
          A paper for the meeting of {bodiesInWords(paper.meeting.bodies)} on {paper.meeting.when}{' '}
          (UK time).
        </p>
        <PaperDetails paper={paper} />
        <p className="govuk-body">
          <a className="govuk-link" href={`/meetings/${encodeURIComponent(paper.meeting.id)}`}>
            Go to the meeting
          </a>
        </p>
      </div>
    </div>
  );
}
