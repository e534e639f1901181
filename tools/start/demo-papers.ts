import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { PaperEntity, PaperReaderEntity } from '@boards/api/database';
import { DEFAULT_PAPER_MAX_BYTES, FileSystemPaperStorage } from '@boards/api/papers';
import { pdfFile } from '@boards/api/papers/testing';

/** What members are told before a paper about their own experiences opens. */
const EXPERIENCES_NOTE =
  'This paper discusses experiences of care, including moving between placements, losing contact with brothers and sisters, and not feeling listened to. ' +
  'If you would like support before reading it, talk to your named contact or call the helpline on 0800 233311.';

interface DemoPaper {
  readonly key: string;
  readonly meeting: string;
  /** The agenda item's position, if the paper is for one item. */
  readonly item?: number;
  readonly title: string;
  readonly visibility: 'PUBLIC' | 'MEMBERS' | 'NAMED';
  readonly contentNote?: string;
  readonly readers?: readonly string[];
  readonly easyReadOf?: string;
  readonly supersedes?: string;
}

/**
 * Papers of every visibility for the demo meetings: public and members-only papers, a paper for
 * named people on a private item, an easy-read version linked to its original, and a paper
 * superseded by a later one. Each file is a small real PDF saying what the paper is.
 */
const DEMO_PAPERS: readonly DemoPaper[] = [
  {
    key: 'engagement',
    meeting: 'Shaping the engagement plan',
    item: 2,
    title: 'The review’s engagement plan',
    visibility: 'PUBLIC',
  },
  {
    key: 'support-intro',
    meeting: 'What good support looks like',
    item: 3,
    title: 'What good support looks like: introduction',
    visibility: 'PUBLIC',
  },
  {
    key: 'stories',
    meeting: 'What good support looks like',
    item: 3,
    title: 'Members’ stories of support',
    visibility: 'MEMBERS',
    contentNote: EXPERIENCES_NOTE,
  },
  {
    key: 'stories-easy-read',
    meeting: 'What good support looks like',
    item: 3,
    title: 'Members’ stories of support: young people’s version',
    visibility: 'MEMBERS',
    contentNote: EXPERIENCES_NOTE,
    easyReadOf: 'stories',
  },
  {
    key: 'member-support',
    meeting: 'What good support looks like',
    item: 4,
    title: 'Support arrangements for members',
    visibility: 'NAMED',
    readers: ['member@example.org', 'kayla.brooks@example.org'],
  },
  {
    key: 'summary-draft',
    meeting: 'Outcomes for children in care',
    item: 2,
    title: 'Evidence summary: outcomes for children in care (first draft)',
    visibility: 'PUBLIC',
  },
  {
    key: 'summary',
    meeting: 'Outcomes for children in care',
    item: 2,
    title: 'Evidence summary: outcomes for children in care',
    visibility: 'PUBLIC',
    supersedes: 'summary-draft',
  },
  {
    key: 'confidential',
    meeting: 'Outcomes for children in care',
    item: 3,
    title: 'Unpublished research shared in confidence',
    visibility: 'NAMED',
    readers: ['evidence@example.org', 'owen.lloyd@example.org'],
    contentNote: 'This paper is shared in confidence by its authors: do not pass it on.',
  },
];

/** PDF text must be plain Latin-1 without brackets or backslashes. */
const pdfText = (title: string) =>
  title
    .replace(/[’‘]/g, "'")
    .replace(/[^\x20-\x7e]/g, '-')
    .replace(/[()\\]/g, '');

/**
 * Stores the demo papers' files in the paper store at `directory` and adds the papers, once:
 * nothing happens if there are papers already, or the demo meetings are not there.
 */
export async function seedDemoPapers(dataSource: DataSource, directory: string): Promise<number> {
  if ((await dataSource.getRepository(PaperEntity).count()) > 0) return 0;
  const storage = new FileSystemPaperStorage({ directory });
  const stored = new Map<string, Awaited<ReturnType<FileSystemPaperStorage['store']>>>();
  for (const paper of DEMO_PAPERS) {
    const fileName = `${paper.key}.pdf`;
    stored.set(
      paper.key,
      await storage.store(Readable.from([pdfFile(pdfText(paper.title))]), {
        maxBytes: DEFAULT_PAPER_MAX_BYTES,
        fileName,
      }),
    );
  }
  return dataSource.transaction(async (manager) => {
    const ids = new Map<string, string>();
    for (const paper of DEMO_PAPERS) {
      const [meeting]: { id: string; item_id: string | null }[] = await manager.query(
        `SELECT m.id, (SELECT a.id FROM agenda_item a WHERE a.meeting_id = m.id AND a.position = $2) AS item_id
           FROM meeting m WHERE m.title = $1 ORDER BY m.starts_at LIMIT 1`,
        [paper.meeting, paper.item ?? 0],
      );
      if (!meeting) return 0;
      const file = stored.get(paper.key);
      if (!file) throw new Error(`The demo paper ${paper.key} was not stored`);
      const saved = await manager.save(
        manager.create(PaperEntity, {
          meetingId: meeting.id,
          agendaItemId: meeting.item_id,
          title: paper.title,
          visibility: paper.visibility,
          contentNote: paper.contentNote ?? null,
          easyReadOf: paper.easyReadOf ? (ids.get(paper.easyReadOf) ?? null) : null,
          supersedes: paper.supersedes ? (ids.get(paper.supersedes) ?? null) : null,
          fileSha256: file.sha256,
          fileSize: String(file.size),
          fileKind: file.type.kind,
          mediaType: file.type.mediaType,
          fileName: `${paper.key}.pdf`,
          uploadedAt: new Date(),
          // Demo papers count as announced: only papers added later make a digest.
          announcedSha256: file.sha256,
        }),
      );
      ids.set(paper.key, saved.id);
      for (const email of paper.readers ?? []) {
        const [person]: { id: string }[] = await manager.query(
          `SELECT id FROM person WHERE lower(email) = $1`,
          [email],
        );
        if (!person) throw new Error(`A demo paper names an unknown person: ${email}`);
        await manager.insert(PaperReaderEntity, { paperId: saved.id, personId: person.id });
      }
    }
    return DEMO_PAPERS.length;
  });
}
