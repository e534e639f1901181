import { PAPER_VISIBILITY_LABELS, type PaperVisibility } from '@boards/shared/contracts';

/** What a paper's file is, as people name it (the API decides the kind from the content). */
export const PAPER_KIND_LABELS: Readonly<Record<string, string>> = {
  PDF: 'PDF',
  DOCX: 'Word document',
  ODT: 'OpenDocument text',
  XLSX: 'Excel spreadsheet',
  PPTX: 'PowerPoint presentation',
  TXT: 'Plain text',
  PNG: 'PNG image',
  JPEG: 'JPEG image',
};

/** "PDF, 240 KB": the file's kind and size, to show beside its link. */
export function fileSummary(file: { readonly kind: string; readonly sizeText: string }): string {
  return `${PAPER_KIND_LABELS[file.kind] ?? file.kind}, ${file.sizeText}`;
}

/** Where a paper's own page is, on this site. */
export function paperPath(id: string): string {
  return `/papers/${encodeURIComponent(id)}`;
}

/** Where a paper's file downloads from, on this site (streamed from the API as the viewer). */
export function paperFilePath(id: string): string {
  return `${paperPath(id)}/file`;
}

/** The anchor of a paper in a meeting's list of papers. */
export function paperAnchor(id: string): string {
  return `paper-${id}`;
}

/**
 * Verbs a content note may start with ("Discusses the deaths of children."), which then read on
 * from "This paper".
 */
const NOTE_VERBS =
  /^(?:discusses|mentions|describes|includes|contains|covers|refers|talks|deals|quotes|shows|explores|touches|reports|gives|has)\b/i;

/**
 * The sentence shown before a paper opens, from the secretariat's content note: "This paper
 * discusses …". A note that already says "This paper …" is kept as written; one that starts with
 * a verb ("Discusses …", "Mentions …") reads on from "This paper"; anything else ("self-harm")
 * is what the paper discusses. A full stop ends it when the note has no closing punctuation.
 * Null for an empty note.
 */
export function contentNoteSentence(note: string | null | undefined): string | null {
  const text = (note ?? '').trim().replace(/\s+/g, ' ');
  if (!text) return null;
  const ended = /[.!?)”’"']$/.test(text) ? text : `${text}.`;
  if (/^this (?:paper|document|version)\b/i.test(ended)) return ended;
  if (NOTE_VERBS.test(ended)) return `This paper ${ended[0]?.toLowerCase()}${ended.slice(1)}`;
  return `This paper discusses ${ended}`;
}

/** Who may open a paper, in words: "Members only"; "Named people only: A, B" for staff. */
export function visibilityText(
  visibility: PaperVisibility,
  namedReaders: readonly { readonly fullName: string }[] | null | undefined = [],
): string {
  const label = PAPER_VISIBILITY_LABELS[visibility] ?? visibility;
  if (visibility !== 'NAMED' || !namedReaders?.length) return label;
  return `${label}: ${namedReaders.map((reader) => reader.fullName).join(', ')}`;
}

interface ArrangeablePaper {
  readonly id: string;
  readonly easyReadOf?: { readonly id: string } | null;
  readonly agendaItem?: { readonly id: string } | null;
}

/**
 * The papers to list, in the API's order: easy read versions are shown beside their original,
 * so they are left out when their original is listed too (one the viewer may not open is not,
 * and then the version stands on its own).
 */
export function listedPapers<T extends ArrangeablePaper>(papers: readonly T[]): T[] {
  const ids = new Set(papers.map((paper) => paper.id));
  return papers.filter((paper) => !paper.easyReadOf || !ids.has(paper.easyReadOf.id));
}

/** The listed papers for one agenda item. */
export function papersOfItem<T extends ArrangeablePaper>(
  papers: readonly T[],
  itemId: string,
): T[] {
  return listedPapers(papers).filter((paper) => paper.agendaItem?.id === itemId);
}

/** "25 MB" for 25 MiB; KB below 1 MiB; bytes below 1 KiB (as the API writes sizes). */
export function formatFileSize(bytes: number): string {
  const units: [number, string][] = [
    [1024 * 1024, 'MB'],
    [1024, 'KB'],
  ];
  for (const [unit, name] of units) {
    if (bytes >= unit) {
      const value = bytes / unit;
      return `${Number.isInteger(value) ? value : Number(value.toFixed(1))} ${name}`;
    }
  }
  return bytes === 1 ? '1 byte' : `${bytes} bytes`;
}
