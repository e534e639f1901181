import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isStaff, type GraphqlContext } from '@boards/api/graphql';
import { audienceOf, MEETING_BY_ID, MINUTES_OF_MEETING } from '@boards/api/meetings';
import { PAPER_BY_ID, paperFileAccessFor } from '@boards/api/papers';
import { MEMBERSHIPS_OF_PERSON } from '@boards/api/people';
import {
  agendaItemVisibleTo,
  decisionRegisterView,
  DomainError,
  minutesView,
  type MinutesView,
} from '@boards/domain';
import { spaceOutControls } from '@boards/shared/contracts';
import { SearchHitKind, type SearchHitModel, type SnippetPartModel } from './search.model';

/** The longest search accepted, in characters. */
export const SEARCH_QUERY_LIMIT = 200;
/** The most hits one search answers with. */
export const SEARCH_HITS_LIMIT = 50;
/**
 * How many candidates the database ranks before the rules decide what the one asking may see:
 * enough that a member's hits are not crowded out by things only others may open.
 */
const CANDIDATES = 400;
/** Snippet highlight markers: control characters, which no searched text holds (see tidyText). */
const START = '\u0002';
const STOP = '\u0003';

type Context = Pick<GraphqlContext, 'viewer' | 'loaders'>;

interface Candidate {
  kind: SearchHitKind;
  id: string;
  meeting_id: string | null;
  rank: number;
  /** agenda_item.is_public of the item it is under, if any */
  item_public: boolean | null;
}

interface Shown {
  kind: SearchHitKind;
  id: string;
  title: string;
  snippet: string;
  meeting_id: string | null;
  meeting_title: string | null;
  date: string | null;
  body_slug: string | null;
  body_name: string | null;
  version: number | null;
}

/**
 * The search as the database takes it: trimmed, with characters no text holds (controls, NUL)
 * taken out. BAD_USER_INPUT (field query) if it is longer than SEARCH_QUERY_LIMIT.
 */
export function cleanQuery(query: string | null | undefined): string {
  const clean = spaceOutControls(query ?? '').trim();
  if (clean.length > SEARCH_QUERY_LIMIT) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `Search for ${SEARCH_QUERY_LIMIT} characters or fewer`,
      { field: 'query' },
    );
  }
  return clean;
}

/** A snippet from the database, cut at its highlight markers into pieces. */
export function snippetParts(snippet: string): SnippetPartModel[] {
  const parts: SnippetPartModel[] = [];
  for (const piece of snippet.split(STOP)) {
    const [before, matched] = piece.split(START);
    if (before) parts.push({ text: before, match: false });
    if (matched) parts.push({ text: matched, match: true });
  }
  return parts;
}

// Every searchable thing, with the rows the database may skip for the one asking: `$2` is true
// for the staff (they skip nothing), `$3` the bodies the one asking has ever sat on (the rules
// decide, afterwards, what of those they may see). Public rows are those the rules show anyone.
export const SEARCH_CANDIDATES_SQL = `
  WITH q AS (SELECT websearch_to_tsquery('english', $1) AS query),
  mine AS (SELECT DISTINCT meeting_id FROM meeting_body WHERE body_id = ANY($3::uuid[]))
  SELECT kind, id, meeting_id, rank, item_public FROM (
    SELECT 'TERMS_OF_REFERENCE' AS kind, t.id, NULL::uuid AS meeting_id,
           ts_rank_cd(t.search_vector, q.query) AS rank, NULL::boolean AS item_public
      FROM terms_of_reference t, q
     WHERE t.search_vector @@ q.query AND t.status IN ('PUBLISHED', 'SUPERSEDED')
    UNION ALL
    SELECT 'AGENDA_ITEM', a.id, a.meeting_id, ts_rank_cd(a.search_vector, q.query), a.is_public
      FROM agenda_item a, q
     WHERE a.search_vector @@ q.query
       AND ($2 OR a.is_public OR a.meeting_id IN (SELECT meeting_id FROM mine))
    UNION ALL
    SELECT 'MINUTES', m.meeting_id, m.meeting_id, ts_rank_cd(m.search_vector, q.query), NULL
      FROM minutes m, q
     WHERE m.search_vector @@ q.query
       AND ($2 OR m.status = 'PUBLISHED' OR m.meeting_id IN (SELECT meeting_id FROM mine))
    UNION ALL
    SELECT 'MINUTES_ENTRY', e.agenda_item_id, e.meeting_id, ts_rank_cd(e.search_vector, q.query),
           a.is_public
      FROM minutes_entry e JOIN agenda_item a ON a.id = e.agenda_item_id
      JOIN minutes m ON m.meeting_id = e.meeting_id, q
     WHERE e.search_vector @@ q.query
       AND ($2 OR (m.status = 'PUBLISHED' AND a.is_public)
            OR e.meeting_id IN (SELECT meeting_id FROM mine))
    UNION ALL
    SELECT 'DECISION', d.id, d.meeting_id, ts_rank_cd(d.search_vector, q.query), a.is_public
      FROM decision d LEFT JOIN agenda_item a ON a.id = d.agenda_item_id
      LEFT JOIN minutes m ON m.meeting_id = d.meeting_id, q
     WHERE d.search_vector @@ q.query
       AND ($2 OR (m.status = 'PUBLISHED' AND coalesce(a.is_public, true))
            OR d.meeting_id IN (SELECT meeting_id FROM mine))
    UNION ALL
    SELECT 'PAPER', p.id, p.meeting_id, ts_rank_cd(p.search_vector, q.query), a.is_public
      FROM paper p LEFT JOIN agenda_item a ON a.id = p.agenda_item_id, q
     WHERE p.search_vector @@ q.query
       AND ($2 OR (p.visibility = 'PUBLIC' AND p.withdrawn_at IS NULL
                   AND coalesce(a.is_public, true))
            OR p.meeting_id IN (SELECT meeting_id FROM mine))
  ) hits
  ORDER BY rank DESC, kind, id
  LIMIT ${CANDIDATES}`;

// What is shown of the hits the one asking may see: titles, and a snippet of the text where the
// words were found (`$2` … `$7`: the ids of each kind, in the order of SearchHitKind).
const SHOWN_SQL = `
  WITH q AS (SELECT websearch_to_tsquery('english', $1) AS query)
  SELECT h.kind, h.id, h.title, h.meeting_id, h.date::text, h.body_slug, h.body_name, h.version,
         ts_headline('english', h.text, q.query,
           'StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'
         ) AS snippet,
         mt.title AS meeting_title
    FROM (
      SELECT 'TERMS_OF_REFERENCE' AS kind, t.id, 'Terms of reference, version ' || t.number AS title,
             t.content AS text, NULL::uuid AS meeting_id, t.effective_from AS date,
             b.slug AS body_slug, b.name AS body_name, t.number AS version
        FROM terms_of_reference t JOIN body b ON b.id = t.body_id WHERE t.id = ANY($2::uuid[])
      UNION ALL
      SELECT 'AGENDA_ITEM', a.id, a.title, a.title || '. ' || a.description, a.meeting_id, NULL,
             NULL, NULL, NULL
        FROM agenda_item a WHERE a.id = ANY($3::uuid[])
      UNION ALL
      SELECT 'MINUTES', m.meeting_id, 'Minutes', m.content, m.meeting_id, NULL, NULL, NULL, NULL
        FROM minutes m WHERE m.meeting_id = ANY($4::uuid[])
      UNION ALL
      SELECT 'MINUTES_ENTRY', e.agenda_item_id, 'Minutes: ' || a.title, e.notes, e.meeting_id,
             NULL, NULL, NULL, NULL
        FROM minutes_entry e JOIN agenda_item a ON a.id = e.agenda_item_id
       WHERE e.agenda_item_id = ANY($5::uuid[])
      UNION ALL
      SELECT 'DECISION', d.id, 'Decision', d.text, d.meeting_id, NULL, NULL, NULL, NULL
        FROM decision d WHERE d.id = ANY($6::uuid[])
      UNION ALL
      SELECT 'PAPER', p.id, p.title, coalesce(p.text_content, p.title), p.meeting_id, NULL, NULL,
             NULL, NULL
        FROM paper p WHERE p.id = ANY($7::uuid[])
    ) h
    CROSS JOIN q
    LEFT JOIN meeting mt ON mt.id = h.meeting_id`;

const KINDS = Object.values(SearchHitKind);

/**
 * Full-text search over what the portal publishes: terms of reference, agenda items, minutes,
 * decisions and papers (titles and the text of their files). The database finds and ranks (its
 * GIN indexes, English stemming, `websearch_to_tsquery`, so quotes and operators are understood
 * and never an error); the same rules the pages use then decide, hit by hit, what the one asking
 * may see: a member finds what their memberships open to them, the public only what is public.
 */
@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(
    rawQuery: string | null | undefined,
    first: number,
    context: Context,
  ): Promise<{ query: string; hits: SearchHitModel[] }> {
    const query = cleanQuery(rawQuery);
    if (query === '') return { query, hits: [] };
    const limit = Math.max(1, Math.min(first, SEARCH_HITS_LIMIT));
    const candidates: Candidate[] = await this.dataSource.query(SEARCH_CANDIDATES_SQL, [
      query,
      isStaff(context.viewer),
      await this.bodiesOf(context),
    ]);
    const allowed: Candidate[] = [];
    for (const candidate of candidates) {
      if (allowed.length === limit) break;
      if (await this.maySee(candidate, context)) allowed.push(candidate);
    }
    if (allowed.length === 0) return { query, hits: [] };
    const ids = KINDS.map((kind) => allowed.filter((c) => c.kind === kind).map((c) => c.id));
    const shown: Shown[] = await this.dataSource.query(SHOWN_SQL, [query, ...ids]);
    const byKey = new Map(shown.map((row) => [`${row.kind}:${row.id}`, row]));
    return {
      query,
      hits: allowed.flatMap((candidate) => {
        const row = byKey.get(`${candidate.kind}:${candidate.id}`);
        if (!row) return [];
        return [
          {
            kind: candidate.kind,
            id: row.id,
            title: row.title,
            snippet: snippetParts(row.snippet),
            meetingId: row.meeting_id,
            meetingTitle: row.meeting_title,
            date: row.date,
            bodySlug: row.body_slug,
            bodyName: row.body_name,
            version: row.version,
            rank: Number(candidate.rank),
          },
        ];
      }),
    };
  }

  /** The bodies the one asking has ever sat on (none for the public and the staff). */
  private async bodiesOf({ viewer, loaders }: Context): Promise<string[]> {
    if (viewer.kind !== 'ACCOUNT' || isStaff(viewer)) return [];
    const memberships = await loaders.get(MEMBERSHIPS_OF_PERSON).load(viewer.personId);
    return [...new Set(memberships.map((m) => m.bodyId))];
  }

  /** Whether the rules let the one asking see this hit, exactly as the pages decide. */
  private async maySee(candidate: Candidate, context: Context): Promise<boolean> {
    if (candidate.kind === SearchHitKind.TERMS_OF_REFERENCE) return true;
    if (candidate.meeting_id === null) return false;
    const meeting = await context.loaders.get(MEETING_BY_ID).load(candidate.meeting_id);
    if (!meeting) return false;
    const itemShown = (view: MinutesView) =>
      view === 'FULL' || (view === 'PUBLIC_VERSION' && candidate.item_public !== false);
    switch (candidate.kind) {
      case SearchHitKind.AGENDA_ITEM:
        return agendaItemVisibleTo(
          { isPublic: candidate.item_public === true },
          await audienceOf(context, meeting),
        );
      case SearchHitKind.MINUTES:
      case SearchHitKind.MINUTES_ENTRY: {
        const minutes = await context.loaders.get(MINUTES_OF_MEETING).load(meeting.id);
        const view = minutesView(minutes?.status ?? null, await audienceOf(context, meeting));
        return candidate.kind === SearchHitKind.MINUTES ? view !== 'NONE' : itemShown(view);
      }
      case SearchHitKind.DECISION: {
        const minutes = await context.loaders.get(MINUTES_OF_MEETING).load(meeting.id);
        return itemShown(
          decisionRegisterView(minutes?.status ?? null, await audienceOf(context, meeting)),
        );
      }
      case SearchHitKind.PAPER: {
        // The text of a paper is searched only for those who may open its file.
        const paper = await context.loaders.get(PAPER_BY_ID).load(candidate.id);
        return paper !== null && (await paperFileAccessFor(context, meeting, paper)).allowed;
      }
    }
  }
}
