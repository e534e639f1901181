import type { PaperVisibility } from '@boards/shared/contracts';
import { SummaryList } from '@boards/web/ui-govuk';
import { formatDateTime } from '../dates';
import { meetingPath } from '../secretariat/meeting-breadcrumbs';
import { fileSummary, paperAnchor, paperFilePath, visibilityText } from './paper-display';
import { PaperTags, type PaperView } from './papers-section';

/** A paper as the secretariat sees it: who it is for, named people included. */
export interface SecretariatPaperView extends PaperView {
  readonly visibility: PaperVisibility;
  readonly file?: (PaperView['file'] & { readonly name?: string }) | null;
  readonly namedReaders?: readonly { readonly id: string; readonly fullName: string }[] | null;
}

/** The address of the add-a-paper form of a meeting. */
export function newPaperPath(meetingId: string): string {
  return meetingPath(meetingId, 'papers', 'new');
}

/** The page where the secretariat corrects a paper: who can open it, withdrawal, a new file. */
export function correctPaperPath(meetingId: string, paperId: string): string {
  return meetingPath(meetingId, 'papers', paperId);
}

function Reference({ paper }: { readonly paper: { readonly id: string; readonly title: string } }) {
  return (
    <a className="govuk-link" href={`#${paperAnchor(paper.id)}`}>
      {paper.title}
    </a>
  );
}

/**
 * The "Papers" section of the secretariat's meeting page: every paper of the meeting, each as a
 * summary card (who can open it, its agenda item, content note, file, and how it relates to the
 * others), and the way to add one.
 */
export function SecretariatPapers({
  meetingId,
  papers,
}: {
  readonly meetingId: string;
  readonly papers: readonly SecretariatPaperView[];
}) {
  return (
    <>
      <h2 className="govuk-heading-m" id="papers">
        Papers
      </h2>
      {papers.length ? null : <p className="govuk-body">There are no papers yet.</p>}
      {papers.map((paper) => (
        <SummaryList
          key={paper.id}
          card={{
            title: (
              <>
                {paper.title}
                <PaperTags paper={paper} withAudience={false} />
              </>
            ),
            titleHeadingLevel: 3,
            attributes: { id: paperAnchor(paper.id) },
            actions: [
              {
                href: correctPaperPath(meetingId, paper.id),
                text: 'Correct',
              },
            ],
          }}
          rows={[
            {
              key: 'Who can open it',
              value: visibilityText(paper.visibility, paper.namedReaders),
            },
            {
              key: 'Agenda item',
              value: paper.agendaItem
                ? `${paper.agendaItem.position}. ${paper.agendaItem.title}`
                : 'The whole meeting',
            },
            { key: 'Content note', value: paper.contentNote ?? 'None' },
            Boolean(paper.withdrawnAt) && {
              key: 'Withdrawn',
              value: paper.withdrawnAt
                ? `${formatDateTime(paper.withdrawnAt)}: ${paper.withdrawalReason ?? ''}`
                : null,
            },
            {
              key: 'File',
              value: paper.file ? (
                <a className="govuk-link" href={paperFilePath(paper.id)}>
                  {paper.file.name ?? 'Download'}
                  <span className="govuk-visually-hidden"> ({paper.title})</span>
                </a>
              ) : (
                'No file yet'
              ),
            },
            Boolean(paper.file) && {
              key: 'Kind and size',
              value: paper.file ? fileSummary(paper.file) : '',
            },
            Boolean(paper.easyReadOf) && {
              key: 'Easy read version of',
              value: paper.easyReadOf ? <Reference paper={paper.easyReadOf} /> : null,
            },
            Boolean(paper.supersedes) && {
              key: 'Replaces',
              value: paper.supersedes ? <Reference paper={paper.supersedes} /> : null,
            },
            paper.isSuperseded && {
              key: 'Superseded by',
              value: paper.supersededBy ? (
                <Reference paper={paper.supersededBy} />
              ) : (
                'A later paper'
              ),
            },
          ]}
        />
      ))}
      <p className="govuk-body">
        <a className="govuk-link" href={newPaperPath(meetingId)}>
          Add a paper
        </a>
      </p>
    </>
  );
}
