import { sitsOnMeetingSql } from '@boards/api/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { GraphqlContext } from '@boards/api/graphql';
import { audienceOf, MEETING_BY_ID, type MeetingModel } from '@boards/api/meetings';
import { PAPER_BY_ID, paperAccessFor } from '@boards/api/papers';
import { meetingNews, minutesNews, minutesView, type MeetingAudience } from '@boards/domain';
import type { MeetingStatus, MinutesStatus } from '@boards/shared/contracts';
import type { WhatsNewItemModel, WhatsNewKind, WhatsNewModel } from './whats-new.model';

/** How far back the list goes before someone first marks everything as seen. */
export const FIRST_VISIT_DAYS = 30;
/** The most items the list holds (newest first). */
export const WHATS_NEW_LIMIT = 100;

type Context = Pick<GraphqlContext, 'viewer' | 'loaders'>;
type SignedIn = Extract<GraphqlContext['viewer'], { kind: 'ACCOUNT' }>;

/** Whether person `$1` sat on one of meeting `m`'s bodies on its London day (cross-seats included). */
const SITS_ON_MEETING = sitsOnMeetingSql('$1::uuid', 'm', 'w');

interface Candidate {
  kind: WhatsNewKind;
  at: Date;
  meetingId: string;
  paperId: string | null;
  /** An action's description; other items take their title from the meeting or paper. */
  title: string | null;
  /** For minutes: their status now. */
  minutesStatus?: MinutesStatus;
}

/** The account's marker, and the database's now that the list is made at. */
interface MarkerRow {
  seen: Date | null;
  as_of: Date;
  first_since: Date;
}

interface MeetingRow {
  id: string;
  status: MeetingStatus;
  created_at: Date;
  updated_at: Date;
}

interface PaperRow {
  id: string;
  meeting_id: string;
  created_at: Date;
}

interface MinutesRow {
  meeting_id: string;
  status: MinutesStatus;
  circulated_at: Date | null;
  published_at: Date | null;
}

interface ActionRow {
  id: string;
  meeting_id: string;
  description: string;
  created_at: Date;
}

/**
 * "What's new since your last visit": the changes to meetings of the bodies someone sits on,
 * the papers added that they may open, minutes circulated or published and the actions given
 * to them, since the marker on their account. Candidates come from the timestamps the records
 * carry (created, updated, circulated, published), named by the what's-new rule; each is then
 * put through the same rules the pages use (the meeting audience, the paper-access rule, the minutes visibility rule), so the
 * list never shows what the meeting's page would not.
 */
@Injectable()
export class WhatsNewService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async whatsNew(context: Context, who: SignedIn): Promise<WhatsNewModel> {
    // The list's window is read from the database's clock, not the API's: the records it is
    // compared with (created, circulated, published) carry the database's own times. The one
    // row comes back even without the account, so the time never has to come from elsewhere.
    const [row] = await this.dataSource.query<MarkerRow[]>(
      `SELECT a.whats_new_seen_at AS seen, now() AS as_of,
              now() - make_interval(days => $2) AS first_since
         FROM (SELECT 1) AS one LEFT JOIN account a ON a.id = $1`,
      [who.accountId, FIRST_VISIT_DAYS],
    );
    if (!row) throw new Error('The what’s-new marker query returned no row');
    const since = row.seen ?? row.first_since;
    const asOf = row.as_of;
    const candidates = await this.candidates(who.personId, since, asOf);
    const items = await this.visible(context, candidates);
    return { since, asOf, firstVisit: !row.seen, items: items.slice(0, WHATS_NEW_LIMIT) };
  }

  /**
   * Moves the account's marker on to `upTo` (the moment the list shown was made), never back
   * and never past now, so that what happened while the list was being read stays new.
   */
  async markSeen(who: SignedIn, upTo: Date | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE account
          SET whats_new_seen_at = GREATEST(whats_new_seen_at, LEAST(coalesce($2::timestamptz, now()), now()))
        WHERE id = $1`,
      [who.accountId, upTo],
    );
  }

  private async candidates(personId: string, since: Date, asOf: Date): Promise<Candidate[]> {
    const params = [personId, since, asOf];
    const [meetings, papers, minutes, actions] = await Promise.all([
      this.dataSource.query<MeetingRow[]>(
        `SELECT m.id, m.status, m.created_at, m.updated_at FROM meeting m
          WHERE (m.created_at > $2 OR m.updated_at > $2) AND m.created_at <= $3
            AND ${SITS_ON_MEETING}`,
        params,
      ),
      this.dataSource.query<PaperRow[]>(
        `SELECT p.id, p.meeting_id, p.created_at FROM paper p JOIN meeting m ON m.id = p.meeting_id
          WHERE p.created_at > $2 AND p.created_at <= $3 AND p.withdrawn_at IS NULL
            AND (${SITS_ON_MEETING}
                 OR EXISTS (SELECT 1 FROM paper_reader r WHERE r.paper_id = p.id AND r.person_id = $1))`,
        params,
      ),
      this.dataSource.query<MinutesRow[]>(
        `SELECT mi.meeting_id, mi.status, mi.circulated_at, mi.published_at
           FROM minutes mi JOIN meeting m ON m.id = mi.meeting_id
          WHERE (mi.circulated_at > $2 AND mi.circulated_at <= $3
                 OR mi.published_at > $2 AND mi.published_at <= $3)
            AND mi.status <> 'DRAFT' AND ${SITS_ON_MEETING}`,
        params,
      ),
      this.dataSource.query<ActionRow[]>(
        `SELECT a.id, a.meeting_id, a.description, a.created_at FROM meeting_action a
          WHERE a.owner_id = $1 AND a.created_at > $2 AND a.created_at <= $3`,
        params,
      ),
    ]);
    const out: Candidate[] = [];
    for (const m of meetings) {
      const news = meetingNews(
        { status: m.status, createdAt: m.created_at, updatedAt: m.updated_at },
        since,
      );
      if (news) {
        out.push({
          kind: `MEETING_${news.kind}`,
          at: news.at,
          meetingId: m.id,
          paperId: null,
          title: null,
        });
      }
    }
    for (const p of papers) {
      out.push({
        kind: 'PAPER_ADDED',
        at: p.created_at,
        meetingId: p.meeting_id,
        paperId: p.id,
        title: null,
      });
    }
    for (const mi of minutes) {
      const news = minutesNews(
        { status: mi.status, circulatedAt: mi.circulated_at, publishedAt: mi.published_at },
        since,
      );
      if (news) {
        out.push({
          kind: `MINUTES_${news.kind}`,
          at: news.at,
          meetingId: mi.meeting_id,
          paperId: null,
          title: null,
          minutesStatus: mi.status,
        });
      }
    }
    for (const a of actions) {
      out.push({
        kind: 'ACTION_ASSIGNED',
        at: a.created_at,
        meetingId: a.meeting_id,
        paperId: null,
        title: a.description,
      });
    }
    return out.sort((a, b) => b.at.getTime() - a.at.getTime());
  }

  /** The candidates the one asking may see, by the pages' own rules, with their titles. */
  private async visible(context: Context, candidates: Candidate[]): Promise<WhatsNewItemModel[]> {
    const { loaders } = context;
    const meetings = await loaders
      .get(MEETING_BY_ID)
      .loadMany([...new Set(candidates.map((c) => c.meetingId))]);
    const byId = new Map<string, MeetingModel>();
    for (const meeting of meetings) {
      if (meeting && !(meeting instanceof Error)) byId.set(meeting.id, meeting);
    }
    const audiences = new Map<string, MeetingAudience>();
    await Promise.all(
      [...byId.values()].map(async (meeting) =>
        audiences.set(meeting.id, await audienceOf(context, meeting)),
      ),
    );
    const shown = await Promise.all(
      candidates.map(async (candidate): Promise<WhatsNewItemModel | null> => {
        const meeting = byId.get(candidate.meetingId);
        if (!meeting) return null;
        const audience = audiences.get(meeting.id) ?? 'PUBLIC';
        const item: WhatsNewItemModel = {
          kind: candidate.kind,
          at: candidate.at,
          meetingId: candidate.meetingId,
          paperId: candidate.paperId,
          title: candidate.title ?? meeting.title,
        };
        switch (candidate.kind) {
          case 'PAPER_ADDED': {
            const paper = candidate.paperId
              ? await loaders.get(PAPER_BY_ID).load(candidate.paperId)
              : null;
            if (!paper || paper.withdrawnAt) return null;
            const access = await paperAccessFor(context, meeting, paper);
            return access.allowed ? { ...item, title: paper.title } : null;
          }
          case 'MINUTES_CIRCULATED':
          case 'MINUTES_PUBLISHED':
            return minutesView(candidate.minutesStatus ?? null, audience) === 'NONE' ? null : item;
          case 'ACTION_ASSIGNED':
            // Their own action: the actions register always shows it to them.
            return item;
          default:
            return audience === 'PUBLIC' ? null : item;
        }
      }),
    );
    return shown.filter((item): item is WhatsNewItemModel => item !== null);
  }
}
