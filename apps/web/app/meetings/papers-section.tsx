import { PAPER_VISIBILITY_LABELS, type PaperVisibility } from '@boards/shared/contracts';
import { InsetText, Tag, WarningText } from '@boards/web/ui-govuk';
import { formatDateTime } from '../dates';
import {
  contentNoteSentence,
  fileSummary,
  listedPapers,
  paperAnchor,
  paperFilePath,
  paperPath,
  papersOfItem,
} from './paper-display';

interface PaperFileView {
  readonly kind: string;
  readonly sizeText: string;
}

interface PaperReference {
  readonly id: string;
  readonly title: string;
}

/** A paper as the API lists it for the one asking (it lists only papers they may open). */
export interface PaperView extends PaperReference {
  readonly visibility?: PaperVisibility;
  readonly contentNote?: string | null;
  readonly isSuperseded: boolean;
  /** When the secretariat withdrew it (still listed, its file for the staff only). */
  readonly withdrawnAt?: string | null;
  readonly withdrawalReason?: string | null;
  /** Whether the one asking may download its file now (the API decides). */
  readonly canDownload?: boolean;
  readonly agendaItem?: {
    readonly id: string;
    readonly position: number;
    readonly title: string;
  } | null;
  readonly file?: PaperFileView | null;
  readonly supersedes?: PaperReference | null;
  readonly supersededBy?: PaperReference | null;
  readonly easyReadOf?: PaperReference | null;
  readonly easyReadVersions?: readonly (PaperReference & {
    readonly contentNote?: string | null;
    readonly file?: PaperFileView | null;
    readonly withdrawnAt?: string | null;
    readonly canDownload?: boolean;
  })[];
}

interface DownloadState {
  readonly file?: PaperFileView | null;
  readonly withdrawnAt?: string | null;
  readonly canDownload?: boolean;
}

/** A withdrawn paper the one asking may no longer download (the API says). */
const isWithdrawnFromViewer = (paper: DownloadState) =>
  Boolean(paper.withdrawnAt) && !paper.canDownload;

/** The paper's file, if the one asking may download it now; null otherwise. */
function downloadable(paper: DownloadState): PaperFileView | null {
  if (isWithdrawnFromViewer(paper) || paper.canDownload === false) return null;
  return paper.file ?? null;
}

/**
 * The tags after a paper's title: who may open it when that is not everyone ("Members only",
 * "Named people only": the reader knows not to pass it on), superseded, withdrawn.
 */
export function PaperTags({
  paper,
  withAudience = true,
}: {
  readonly paper: PaperView;
  /** False where who can open it is said beside the title already (the secretariat's cards). */
  readonly withAudience?: boolean;
}) {
  const tags: { text: string; colour?: 'grey' | 'red' }[] = [];
  if (withAudience && paper.visibility && paper.visibility !== 'PUBLIC') {
    tags.push({ text: PAPER_VISIBILITY_LABELS[paper.visibility] });
  }
  if (paper.isSuperseded) tags.push({ text: 'Superseded', colour: 'grey' });
  if (paper.withdrawnAt) tags.push({ text: 'Withdrawn', colour: 'red' });
  return (
    <>
      {tags.map((tag) => (
        <span key={tag.text}>
          {' '}
          <Tag colour={tag.colour}>{tag.text}</Tag>
        </span>
      ))}
    </>
  );
}

/** A link to another paper: to its place on this page when it is listed here, else its own page. */
function PaperLink({
  paper,
  onPage,
}: {
  readonly paper: PaperReference;
  readonly onPage: ReadonlySet<string>;
}) {
  return (
    <a
      className="govuk-link"
      href={onPage.has(paper.id) ? `#${paperAnchor(paper.id)}` : paperPath(paper.id)}
    >
      {paper.title}
    </a>
  );
}

/** What the paper discusses, as GOV.UK warning text, to be read before its link. */
function ContentNote({ note }: { readonly note: string | null | undefined }) {
  const sentence = contentNoteSentence(note);
  return sentence ? <WarningText iconFallbackText="Content note">{sentence}</WarningText> : null;
}

/** An easy read version's link, or why there is none. */
function EasyReadLink({ version }: { readonly version: PaperReference & DownloadState }) {
  const file = downloadable(version);
  return (
    <p className="govuk-body">
      {file ? (
        <>
          <a className="govuk-link" href={paperFilePath(version.id)}>
            Easy read version<span className="govuk-visually-hidden">: {version.title}</span>
          </a>{' '}
          ({fileSummary(file)})
        </>
      ) : isWithdrawnFromViewer(version) ? (
        `Easy read version (${version.title}): withdrawn`
      ) : (
        `Easy read version (${version.title}): not available yet`
      )}
    </p>
  );
}

/**
 * A paper's details and its download link, the content note always before the link: its agenda
 * item, what replaces it (or what it replaces), the original of an easy read version, the file's
 * kind and size, and its easy read versions beside it.
 */
export function PaperDetails({
  paper,
  onPage = new Set<string>(),
}: {
  readonly paper: PaperView;
  /** Papers listed on the same page, linked to by their anchors. */
  readonly onPage?: ReadonlySet<string>;
}) {
  const file = downloadable(paper);
  return (
    <>
      {paper.agendaItem ? (
        <p className="govuk-body-s govuk-!-margin-bottom-2">
          For item {paper.agendaItem.position}: {paper.agendaItem.title}
        </p>
      ) : null}
      {paper.isSuperseded ? (
        <p className="govuk-body">
          {paper.supersededBy ? (
            <>
              Superseded by <PaperLink paper={paper.supersededBy} onPage={onPage} />.
            </>
          ) : (
            'Superseded by a later paper.'
          )}{' '}
          Kept for the record.
        </p>
      ) : null}
      {paper.supersedes ? (
        <p className="govuk-body">
          Replaces <PaperLink paper={paper.supersedes} onPage={onPage} />.
        </p>
      ) : null}
      {paper.easyReadOf ? (
        <p className="govuk-body">
          An easy read version of <PaperLink paper={paper.easyReadOf} onPage={onPage} />.
        </p>
      ) : null}
      {paper.withdrawnAt ? (
        <InsetText>
          Withdrawn by the secretariat on {formatDateTime(paper.withdrawnAt)}
          {paper.withdrawalReason ? `: ${paper.withdrawalReason}` : '.'}
          {paper.canDownload ? null : ' It can no longer be downloaded.'}
        </InsetText>
      ) : null}
      <ContentNote note={paper.contentNote} />
      {file ? (
        <p className="govuk-body">
          <a className="govuk-link" href={paperFilePath(paper.id)}>
            Download the paper<span className="govuk-visually-hidden">: {paper.title}</span>
          </a>{' '}
          ({fileSummary(file)})
        </p>
      ) : isWithdrawnFromViewer(paper) ? null : (
        <p className="govuk-body">The paper’s file is not available yet.</p>
      )}
      {paper.easyReadVersions?.map((version) => (
        <div key={version.id}>
          {version.contentNote !== paper.contentNote ? (
            <ContentNote note={version.contentNote} />
          ) : null}
          <EasyReadLink version={version} />
        </div>
      ))}
    </>
  );
}

/**
 * The "Papers" section of a meeting's page: the papers the API lists for the one asking (the
 * public sees the public ones), each with its content note before its link, easy read versions
 * beside their originals, and superseded papers marked.
 */
export function PapersSection({ papers }: { readonly papers: readonly PaperView[] }) {
  const listed = listedPapers(papers);
  const onPage = new Set(listed.map((paper) => paper.id));
  return (
    <>
      <h2 className="govuk-heading-m" id="papers">
        Papers
      </h2>
      {listed.length ? (
        listed.map((paper) => (
          <div key={paper.id} id={paperAnchor(paper.id)} className="app-paper">
            <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
              {paper.title}
              <PaperTags paper={paper} />
            </h3>
            <PaperDetails paper={paper} onPage={onPage} />
          </div>
        ))
      ) : (
        <p className="govuk-body">There are no papers for this meeting yet.</p>
      )}
    </>
  );
}

/**
 * The papers of one agenda item, under the item on the agenda: links to their place in the
 * papers section, where their content notes come before the files.
 */
export function AgendaItemPapers({
  papers,
  itemId,
}: {
  readonly papers: readonly PaperView[];
  readonly itemId: string;
}) {
  const ofItem = papersOfItem(papers, itemId);
  if (!ofItem.length) return null;
  return (
    <>
      <br />
      <span className="govuk-body-s">
        {ofItem.length === 1 ? 'Paper: ' : 'Papers: '}
        {ofItem.map((paper, index) => (
          <span key={paper.id}>
            {index ? ', ' : null}
            <a className="govuk-link" href={`#${paperAnchor(paper.id)}`}>
              {paper.title}
            </a>
            {paper.isSuperseded ? ' (superseded)' : null}
            {paper.withdrawnAt ? ' (withdrawn)' : null}
          </span>
        ))}
      </span>
    </>
  );
}
