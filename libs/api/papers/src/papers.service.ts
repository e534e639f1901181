import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { PaperEntity, PaperReaderEntity } from '@boards/api/database';
import { AuditService, type Actor } from '@boards/api/audit';
import { JobQueue } from '@boards/api/notifications';
import { Clock, DataLoaderFactory, isUuid, loaderKey, parseInput } from '@boards/api/graphql';
import { MeetingsService, revivedRows } from '@boards/api/meetings';
import { DomainError, paperOnItemProblem } from '@boards/domain';
import {
  easyReadAudienceProblem,
  newPaperSchema,
  paperDetailsSchema,
  paperWithdrawalSchema,
  type PaperDetails,
  type PaperVisibility,
} from '@boards/shared/contracts';
import type { PaperKind } from './paper-content-type';
import { formatSize, type StoredPaperFile } from './paper-storage';
import type { PaperModel } from './paper.model';

/** A paper by id, with its named people: one statement for any number of ids. */
export const PAPER_BY_ID = loaderKey<string, PaperModel | null>('paperById');
/**
 * Every paper of a meeting, in agenda order and then by when it was added, with the people each
 * names: one statement for any number of meetings. Resolvers filter by access.
 */
export const PAPERS_OF_MEETING = loaderKey<string, PaperModel[]>('papersOfMeeting');

/**
 * The papers, with the people each names, in the order they are shown: the columns toPaperModel
 * reads, never the text extracted from the file (up to a million characters) or its search
 * vector, which every list and meeting page would otherwise carry along.
 */
const PAPER_SELECT = `
  SELECT p.id, p.meeting_id, p.agenda_item_id, p.title, p.visibility, p.content_note,
         p.easy_read_of, p.supersedes, p.file_sha256, p.file_size, p.file_name, p.file_kind,
         p.media_type, p.uploaded_at, p.created_at, p.withdrawn_at, p.withdrawal_reason,
         p.version,
         coalesce((SELECT array_agg(r.person_id ORDER BY r.person_id) FROM paper_reader r
                    WHERE r.paper_id = p.id), '{}') AS reader_ids
    FROM paper p LEFT JOIN agenda_item a ON a.id = p.agenda_item_id`;
const PAPER_ORDER = `ORDER BY p.meeting_id, a.position NULLS LAST, p.created_at, p.id`;

/** A paper's file columns: all set together, or none (a check constraint in the database). */
type PaperFileColumns =
  | {
      file_sha256: string;
      /** A bigint: text from a query, a number from the meeting page's JSON. */
      file_size: string | number;
      file_name: string;
      file_kind: PaperKind;
      media_type: string;
      uploaded_at: Date;
    }
  | {
      file_sha256: null;
      file_size: null;
      file_name: null;
      file_kind: null;
      media_type: null;
      uploaded_at: null;
    };

/** A row of PAPER_SELECT, from a query or from the meeting page's JSON (its instants revived). */
export type PaperRow = PaperFileColumns & {
  id: string;
  meeting_id: string;
  agenda_item_id: string | null;
  title: string;
  visibility: PaperVisibility;
  content_note: string | null;
  easy_read_of: string | null;
  supersedes: string | null;
  created_at: Date;
  withdrawn_at: Date | null;
  withdrawal_reason: string | null;
  version: number;
  reader_ids: string[] | null;
};

export function toPaperModel(raw: PaperRow): PaperModel {
  return {
    id: raw.id,
    meetingId: raw.meeting_id,
    agendaItemId: raw.agenda_item_id,
    title: raw.title,
    visibility: raw.visibility,
    contentNote: raw.content_note,
    easyReadOfId: raw.easy_read_of,
    supersedesId: raw.supersedes,
    namedPersonIds: raw.reader_ids ?? [],
    fileSha256: raw.file_sha256,
    file:
      raw.file_sha256 !== null
        ? {
            name: raw.file_name,
            size: Number(raw.file_size),
            sizeText: formatSize(Number(raw.file_size)),
            kind: raw.file_kind,
            mediaType: raw.media_type,
            uploadedAt: raw.uploaded_at,
          }
        : null,
    createdAt: raw.created_at,
    withdrawnAt: raw.withdrawn_at,
    withdrawalReason: raw.withdrawal_reason,
    version: raw.version,
  };
}

const NO_SUCH_PAPER = () => new DomainError('NOT_FOUND', 'There is no such paper');

/** The audited picture of a paper's details. */
function audited(paper: PaperDetails | PaperModel): Record<string, unknown> {
  const isModel = 'easyReadOfId' in paper;
  return {
    title: paper.title,
    visibility: paper.visibility,
    namedPersonIds: [...paper.namedPersonIds].sort(),
    contentNote: paper.contentNote,
    agendaItemId: paper.agendaItemId,
    easyReadOf: isModel ? paper.easyReadOfId : paper.easyReadOf,
    supersedes: isModel ? paper.supersedesId : paper.supersedes,
  };
}

function isConstraint(error: unknown, constraint: string): boolean {
  return (error as { constraint?: unknown } | null)?.constraint === constraint;
}

/** A stale `expectedVersion`: nothing changes. */
const changedMeanwhile = (currentVersion: number) =>
  new DomainError(
    'CONFLICT',
    'Someone else changed this paper while you were working on it. Nothing was changed: check the paper and try again',
    { currentVersion },
  );

/** What a paper's file was (or is), as the audit trail keeps it. */
function auditedFile(paper: PaperModel): Record<string, unknown> | null {
  return paper.file
    ? {
        fileName: paper.file.name,
        size: paper.file.size,
        kind: paper.file.kind,
        mediaType: paper.file.mediaType,
        sha256: paper.fileSha256,
      }
    : null;
}

const ALREADY_REPLACED = () =>
  new DomainError(
    'CONFLICT',
    'That paper has already been replaced by another paper: choose the newest one',
    { field: 'supersedes' },
  );

/**
 * Meetings' papers: adding, editing and removing them, and recording their files. Every write is
 * one transaction that locks the paper (and the papers it points at), checks `expectedVersion`
 * in the UPDATE itself, and records its audit entry.
 */
@Injectable()
export class PapersService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loaders: DataLoaderFactory,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // A meeting's page reads its papers (named people included) with the meeting itself.
    this.meetings.registerPagePart({
      name: 'papers',
      sql: `(SELECT coalesce(json_agg(x), '[]') FROM (${PAPER_SELECT} WHERE p.meeting_id = m.id
              ${PAPER_ORDER}) x)`,
      prime: (loaders, meeting, value) => {
        // The part is PAPER_SELECT's rows as JSON: the same columns, once its instants are revived.
        const rows = revivedRows(value, ['uploaded_at', 'created_at', 'withdrawn_at']);
        const papers = (rows as unknown as PaperRow[]).map(toPaperModel);
        loaders.get(PAPERS_OF_MEETING).prime(meeting.id, papers);
        for (const paper of papers) loaders.get(PAPER_BY_ID).prime(paper.id, paper);
      },
    });
    this.loaders.register(PAPER_BY_ID, (ids) => this.byIds(ids));
    this.loaders.register(PAPERS_OF_MEETING, (ids) => this.ofMeetings(ids));
  }

  async byIds(ids: readonly string[]): Promise<(PaperModel | null)[]> {
    const wanted = [...new Set(ids.filter(isUuid))];
    const rows = wanted.length
      ? await this.dataSource.query<PaperRow[]>(`${PAPER_SELECT} WHERE p.id = ANY($1::uuid[])`, [
          wanted,
        ])
      : [];
    const byId = new Map(rows.map((raw) => [raw.id, toPaperModel(raw)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async ofMeetings(meetingIds: readonly string[]): Promise<PaperModel[][]> {
    const wanted = [...new Set(meetingIds.filter(isUuid))];
    const rows = wanted.length
      ? await this.dataSource.query<PaperRow[]>(
          `${PAPER_SELECT} WHERE p.meeting_id = ANY($1::uuid[]) ${PAPER_ORDER}`,
          [wanted],
        )
      : [];
    const byMeeting = new Map<string, PaperModel[]>();
    for (const raw of rows) {
      const paper = toPaperModel(raw);
      const list = byMeeting.get(paper.meetingId) ?? [];
      list.push(paper);
      byMeeting.set(paper.meetingId, list);
    }
    return meetingIds.map((id) => byMeeting.get(id) ?? []);
  }

  async require(id: string): Promise<PaperModel> {
    const [paper] = await this.byIds([id]);
    if (!paper) throw NO_SUCH_PAPER();
    return paper;
  }

  /** The paper, locked for the rest of the transaction. */
  private async lockPaper(manager: EntityManager, id: string): Promise<PaperModel | null> {
    if (!isUuid(id)) return null;
    const [raw] = await manager.query<PaperRow[]>(
      `${PAPER_SELECT} WHERE p.id = $1 FOR UPDATE OF p`,
      [id],
    );
    return raw ? toPaperModel(raw) : null;
  }

  /**
   * Checks what a paper's details point at, inside the writing transaction: the agenda item, the
   * original of an easy read version and the paper replaced belong to the paper's meeting; the
   * named people exist; an easy read version stays open to everyone who may open its original
   * (both ways round: this paper as a version, and this paper's own versions); a paper is
   * replaced once, and never by itself through a chain.
   */
  private async checkReferences(
    manager: EntityManager,
    self: PaperModel | null,
    meetingId: string,
    details: PaperDetails,
  ): Promise<void> {
    if (details.agendaItemId !== null) {
      // Shared: the item cannot be made private while this paper is being made public under it.
      const [item] = await manager.query(
        `SELECT meeting_id, is_public FROM agenda_item WHERE id = $1 FOR SHARE`,
        [details.agendaItemId],
      );
      if (item?.meeting_id !== meetingId) {
        throw new DomainError('BAD_USER_INPUT', 'Choose an agenda item of this meeting', {
          field: 'agendaItemId',
        });
      }
      const problem = paperOnItemProblem(details.visibility, { isPublic: item.is_public });
      if (problem) throw new DomainError('BAD_USER_INPUT', problem, { field: 'visibility' });
    }
    if (details.namedPersonIds.length > 0) {
      const found: unknown[] = await manager.query(
        `SELECT id FROM person WHERE id = ANY($1::uuid[])`,
        [details.namedPersonIds],
      );
      if (found.length !== details.namedPersonIds.length) {
        throw new DomainError('BAD_USER_INPUT', 'Choose people from the list', {
          field: 'namedPersonIds',
        });
      }
    }
    const audience = { visibility: details.visibility, namedPersonIds: details.namedPersonIds };

    if (details.easyReadOf !== null) {
      const original =
        details.easyReadOf === self?.id ? null : await this.lockPaper(manager, details.easyReadOf);
      if (!original || original.meetingId !== meetingId) {
        throw new DomainError(
          'BAD_USER_INPUT',
          'Choose the paper of this meeting that this is an easy read version of',
          { field: 'easyReadOf' },
        );
      }
      if (original.easyReadOfId !== null) {
        throw new DomainError(
          'BAD_USER_INPUT',
          'That paper is itself an easy read version: choose its original',
          { field: 'easyReadOf' },
        );
      }
      const problem = easyReadAudienceProblem(original, audience);
      if (problem) throw new DomainError('BAD_USER_INPUT', problem, { field: 'visibility' });
    }
    if (self) {
      const versions = (
        await manager.query<PaperRow[]>(
          `${PAPER_SELECT} WHERE p.easy_read_of = $1 ${PAPER_ORDER}`,
          [self.id],
        )
      ).map(toPaperModel);
      if (versions.length > 0 && details.easyReadOf !== null) {
        throw new DomainError(
          'BAD_USER_INPUT',
          'This paper has easy read versions of its own, so it cannot be an easy read version',
          { field: 'easyReadOf' },
        );
      }
      for (const version of versions) {
        if (easyReadAudienceProblem(audience, version)) {
          throw new DomainError(
            'BAD_USER_INPUT',
            `Its easy read version “${version.title}” would not be open to everyone who can open this paper: change that version first`,
            { field: 'visibility' },
          );
        }
      }
    }

    if (details.supersedes !== null) {
      const replaced =
        details.supersedes === self?.id ? null : await this.lockPaper(manager, details.supersedes);
      if (!replaced || replaced.meetingId !== meetingId) {
        throw new DomainError('BAD_USER_INPUT', 'Choose the paper of this meeting it replaces', {
          field: 'supersedes',
        });
      }
      const [other] = await manager.query(
        `SELECT id FROM paper WHERE supersedes = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)`,
        [replaced.id, self?.id ?? null],
      );
      if (other) throw ALREADY_REPLACED();
      if (self) {
        // Following what the replaced paper replaces must not lead back here.
        const [cycle] = await manager.query(
          `WITH RECURSIVE chain(id, supersedes) AS (
             SELECT id, supersedes FROM paper WHERE id = $1
             UNION
             SELECT p.id, p.supersedes FROM paper p JOIN chain c ON p.id = c.supersedes)
           SELECT 1 FROM chain WHERE id = $2`,
          [replaced.id, self.id],
        );
        if (cycle) {
          throw new DomainError(
            'BAD_USER_INPUT',
            'That paper already replaces this one (perhaps through others): a paper cannot replace itself',
            { field: 'supersedes' },
          );
        }
      }
    }
  }

  private async setReaders(
    manager: EntityManager,
    paperId: string,
    personIds: readonly string[],
  ): Promise<void> {
    await manager.delete(PaperReaderEntity, { paperId });
    if (personIds.length > 0) {
      await manager.insert(
        PaperReaderEntity,
        personIds.map((personId) => ({ paperId, personId })),
      );
    }
  }

  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      // Two secretaries replacing one paper at once: the database lets only one through.
      if (isConstraint(error, 'paper_supersedes_once')) throw ALREADY_REPLACED();
      throw error;
    }
  }

  async create(input: unknown, actor: Actor): Promise<PaperModel> {
    const { meetingId, ...details } = parseInput(newPaperSchema, input);
    const id = await this.inTransaction(async (manager) => {
      const [meeting] = await manager.query(`SELECT id FROM meeting WHERE id = $1 FOR SHARE`, [
        meetingId,
      ]);
      if (!meeting) throw new DomainError('NOT_FOUND', 'There is no such meeting');
      await this.checkReferences(manager, null, meetingId, details);
      const saved = await manager.save(
        manager.create(PaperEntity, {
          meetingId,
          agendaItemId: details.agendaItemId,
          title: details.title,
          visibility: details.visibility,
          contentNote: details.contentNote,
          easyReadOf: details.easyReadOf,
          supersedes: details.supersedes,
          createdBy: actor.accountId,
        }),
      );
      await this.setReaders(manager, saved.id, details.namedPersonIds);
      await this.audit.record(manager, actor, {
        action: 'paper.create',
        objectType: 'Paper',
        objectId: saved.id,
        after: { meetingId, ...audited(details) },
      });
      return saved.id;
    });
    return this.require(id);
  }

  async update(
    id: string,
    expectedVersion: number,
    input: unknown,
    actor: Actor,
  ): Promise<PaperModel> {
    const details = parseInput(paperDetailsSchema, input);
    await this.inTransaction(async (manager) => {
      const before = await this.lockPaper(manager, id);
      if (!before) throw NO_SUCH_PAPER();
      const conflict = () => changedMeanwhile(before.version);
      if (before.version !== expectedVersion) throw conflict();
      await this.checkReferences(manager, before, before.meetingId, details);
      const { affected } = await manager.update(
        PaperEntity,
        { id, version: expectedVersion },
        {
          agendaItemId: details.agendaItemId,
          title: details.title,
          visibility: details.visibility,
          contentNote: details.contentNote,
          easyReadOf: details.easyReadOf,
          supersedes: details.supersedes,
          version: expectedVersion + 1,
        },
      );
      if (affected !== 1) throw conflict();
      await this.setReaders(manager, id, details.namedPersonIds);
      await this.audit.record(manager, actor, {
        action: 'paper.update',
        objectType: 'Paper',
        objectId: id,
        before: audited(before),
        after: audited(details),
      });
    });
    return this.require(id);
  }

  /** Removes a paper that has no file yet; returns its meeting's id. */
  async remove(id: string, actor: Actor): Promise<string> {
    return this.inTransaction(async (manager) => {
      const paper = await this.lockPaper(manager, id);
      if (!paper) throw NO_SUCH_PAPER();
      if (paper.file) {
        throw new DomainError(
          'INVALID_TRANSITION',
          'This paper has a file, so it cannot be removed: add a new paper that supersedes it instead',
        );
      }
      const [referrer] = await manager.query(
        `SELECT easy_read_of = $1 AS easy_read FROM paper WHERE easy_read_of = $1 OR supersedes = $1 LIMIT 1`,
        [id],
      );
      if (referrer) {
        throw new DomainError(
          'INVALID_TRANSITION',
          referrer.easy_read
            ? 'This paper has an easy read version: remove that first'
            : 'This paper has been replaced by another: remove that one first',
        );
      }
      await manager.delete(PaperEntity, { id });
      await this.audit.record(manager, actor, {
        action: 'paper.remove',
        objectType: 'Paper',
        objectId: id,
        before: { meetingId: paper.meetingId, ...audited(paper) },
      });
      return paper.meetingId;
    });
  }

  /**
   * Records the file just stored for a paper. A paper's first file needs no version; replacing
   * the file of a paper that has one needs `expectedVersion` (the version the secretariat saw:
   * CONFLICT if the paper changed since, and CONFLICT without one, so that a second upload of the
   * same form never replaces a file by accident). The file replaced stays in the storage, named
   * by the audit entry (`paper.replaceFile`). `text` is what search reads of the file (see
   * `extractPaperText`). One transaction, audited.
   */
  async attachFile(
    id: string,
    stored: StoredPaperFile,
    fileName: string,
    actor: Actor,
    expectedVersion: number | null = null,
    text: string | null = null,
  ): Promise<PaperModel> {
    await this.inTransaction(async (manager) => {
      const paper = await this.lockPaper(manager, id);
      if (!paper) throw NO_SUCH_PAPER();
      if (paper.file && expectedVersion === null) throw PapersService.alreadyHasFile();
      if (expectedVersion !== null && paper.version !== expectedVersion) {
        throw changedMeanwhile(paper.version);
      }
      const after = {
        fileName,
        size: stored.size,
        kind: stored.type.kind,
        mediaType: stored.type.mediaType,
        sha256: stored.sha256,
      };
      await manager.update(
        PaperEntity,
        { id, version: paper.version },
        {
          fileSha256: stored.sha256,
          fileSize: String(stored.size),
          fileKind: stored.type.kind,
          mediaType: stored.type.mediaType,
          fileName,
          textContent: text,
          uploadedAt: this.clock.now(),
          uploadedBy: actor.accountId,
          version: paper.version + 1,
        },
      );
      await this.audit.record(manager, actor, {
        action: paper.file ? 'paper.replaceFile' : 'paper.upload',
        objectType: 'Paper',
        objectId: id,
        before: auditedFile(paper),
        after,
      });
      await this.jobs.add(manager, 'notice-papers', { meetingId: paper.meetingId });
    });
    return this.require(id);
  }

  /**
   * Withdraws a paper: it stays listed to everyone who could see it, marked withdrawn with the
   * reason, and only the staff may still download its file. INVALID_TRANSITION if it already is.
   */
  async withdraw(
    id: string,
    expectedVersion: number,
    input: unknown,
    actor: Actor,
  ): Promise<PaperModel> {
    const { reason } = parseInput(paperWithdrawalSchema, input);
    return this.setWithdrawal(id, expectedVersion, reason, actor);
  }

  /** Puts a withdrawn paper back as it was. INVALID_TRANSITION if it is not withdrawn. */
  reinstate(id: string, expectedVersion: number, actor: Actor): Promise<PaperModel> {
    return this.setWithdrawal(id, expectedVersion, null, actor);
  }

  /**
   * Withdraws a paper with the reason given, or puts it back (null): one transaction that locks
   * the paper, checks `expectedVersion` in the UPDATE and audits (`paper.withdraw` with the
   * reason after, `paper.reinstate` with the reason before).
   */
  private async setWithdrawal(
    id: string,
    expectedVersion: number,
    reason: string | null,
    actor: Actor,
  ): Promise<PaperModel> {
    await this.inTransaction(async (manager) => {
      const paper = await this.lockPaper(manager, id);
      if (!paper) throw NO_SUCH_PAPER();
      if (paper.version !== expectedVersion) throw changedMeanwhile(paper.version);
      if ((paper.withdrawnAt !== null) === (reason !== null)) {
        throw new DomainError(
          'INVALID_TRANSITION',
          reason !== null
            ? 'This paper has already been withdrawn'
            : 'This paper has not been withdrawn',
        );
      }
      await manager.update(
        PaperEntity,
        { id, version: expectedVersion },
        {
          withdrawnAt: reason !== null ? this.clock.now() : null,
          withdrawnBy: reason !== null ? actor.accountId : null,
          withdrawalReason: reason,
          version: expectedVersion + 1,
        },
      );
      await this.audit.record(manager, actor, {
        action: reason !== null ? 'paper.withdraw' : 'paper.reinstate',
        objectType: 'Paper',
        objectId: id,
        ...(reason !== null
          ? { after: { reason } }
          : { before: { reason: paper.withdrawalReason } }),
      });
    });
    return this.require(id);
  }

  static alreadyHasFile(): DomainError {
    return new DomainError(
      'CONFLICT',
      'This paper already has a file: to replace it, send the paper’s version with the new file (expectedVersion), or add a new paper that supersedes it',
    );
  }

  /** Whether any paper refers to the content (so it must stay in the storage). */
  async isFileInUse(sha256: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM paper WHERE file_sha256 = $1) AS used`,
      [sha256],
    );
    return Boolean(row?.used);
  }

  /** Records that someone downloaded a paper that is not public. */
  async recordDownload(paper: PaperModel, actor: Actor): Promise<void> {
    await this.audit.record(this.dataSource.manager, actor, {
      action: 'paper.download',
      objectType: 'Paper',
      objectId: paper.id,
      after: { visibility: paper.visibility, sha256: paper.fileSha256 },
    });
  }
}
