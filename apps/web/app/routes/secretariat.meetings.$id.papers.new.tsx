import { PaperFormOptionsDocument } from '@boards/web/api-client';
import { Button } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiRequest } from '../api.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { config } from '../config.server';
import { formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import { bodiesInWords } from '../meetings/meeting-display';
import { formatFileSize } from '../meetings/paper-display';
import { PaperFields } from '../meetings/paper-fields';
import { namedPeopleChoices } from '../meetings/paper-form';
import { addPaperFromForm } from '../meetings/paper-upload.server';
import type { RouteHandle } from '../route-handle';
import { MEETINGS_BREADCRUMBS, meetingPath } from '../secretariat/meeting-breadcrumbs';
import { flashNotice } from '../session.server';
import { idParam } from '../id-param';

export const handle: RouteHandle = { breadcrumbs: MEETINGS_BREADCRUMBS };

export const meta: MetaFunction = (args) => [{ title: formPageTitle('Add a paper', args) }];

/** The meeting's agenda, papers and people to choose from. Staff only (the API decides). */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const { meeting } = await apiRequest(args, PaperFormOptionsDocument, {
    id: idParam(args.params),
  });
  if (!meeting) throw new Response(null, { status: 404 });
  return {
    meeting: { id: meeting.id, title: meeting.title, when: meeting.when },
    bodies: bodiesInWords(meeting.bodies),
    agenda: meeting.agenda,
    // An easy read version is of an original; a paper is replaced once.
    originals: meeting.papers
      .filter((paper) => !paper.easyReadOf)
      .map(({ id, title }) => ({ id, title })),
    replaceable: meeting.papers
      .filter((paper) => !paper.isSuperseded)
      .map(({ id, title }) => ({ id, title })),
    people: namedPeopleChoices(meeting.expectedMembers ?? []),
    maxSizeText: formatFileSize(config.PAPER_MAX_BYTES),
  };
}

/**
 * Adds the paper and uploads its file in one step (see paper-upload.server.ts): a paper whose
 * file the API refuses is removed again, and the form comes back with the API's message.
 */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const id = idParam(args.params);
  const outcome = await addPaperFromForm(args, id);
  if (!outcome.ok) return redirectWithErrors(request, outcome.errors, outcome.values);
  return redirect(`${meetingPath(id)}#papers`, {
    status: 303,
    headers: {
      'Set-Cookie': await flashNotice(request, `“${outcome.paper.title}” has been added`),
    },
  });
}

export default function AddPaper() {
  const { meeting, bodies, agenda, originals, replaceable, people, maxSizeText } =
    useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">{meeting.title}</span>
        <h1 className="govuk-heading-l">Add a paper</h1>
        <p className="govuk-body">
          For the meeting on {meeting.when} (UK time). People see a paper once it is added, if they
          may open it.
        </p>
        <form
          method="post"
          action={meetingPath(meeting.id, 'papers', 'new')}
          encType="multipart/form-data"
          noValidate
        >
          <PaperFields
            agenda={agenda}
            originals={originals}
            replaceable={replaceable}
            people={people}
            bodies={bodies}
            maxSizeText={maxSizeText}
            values={values}
            errors={errors}
          />
          <Button>Add the paper</Button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href={meetingPath(meeting.id)}>
            Cancel and go back to the meeting
          </a>
        </p>
      </div>
    </div>
  );
}
