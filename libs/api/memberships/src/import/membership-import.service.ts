import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import {
  BodyEntity,
  MembershipImportEntity,
  type MembershipImportProblemJson,
} from '@boards/api/database';
import {
  DataLoaderFactory,
  decodeCursor,
  isUuid,
  loaderKey,
  pageSize,
  toConnection,
  type Connection,
} from '@boards/api/graphql';
import { AuditService, type Actor } from '@boards/api/audit';
import { DomainError, isDomainError } from '@boards/domain';
import {
  isErrorCode,
  MEMBERSHIP_IMPORT_LIMITS,
  MEMBERSHIP_IMPORT_MAX_SIZE_TEXT,
  type MembershipImportColumn,
} from '@boards/shared/contracts';
import { MembershipsService } from '../memberships.service';
import type { MembershipImportModel } from './membership-import.model';
import {
  checkImportRows,
  readImportFile,
  sortProblems,
  type ImportLookups,
  type ImportProblem,
  type ImportRow,
} from './membership-import.rows';

/** Key: an import id: every problem found in its file. */
export const MEMBERSHIP_IMPORT_ERRORS = loaderKey<string, MembershipImportProblemJson[]>(
  'membershipImportErrors',
);

/** Progress is written after this many lines, or this long, whichever comes first. */
const PROGRESS_EVERY_ROWS = 250;
const PROGRESS_EVERY_MS = 1_000;
/** How often a process says it is still running its imports. */
const HEARTBEAT_MS = 5_000;
/** An import whose process has said nothing for this long has stopped with it. */
const STALE_AFTER_SECONDS = 60;
/** Reading imports looks for abandoned ones at most this often. */
const SWEEP_EVERY_MS = 5_000;
/** How many times the lines are checked again after the database itself refused one. */
const MAX_ATTEMPTS = 3;
/** Imports one process keeps waiting (each holds its file in memory); more are refused. */
const MAX_QUEUED = 3;

export const STOPPED_MESSAGE =
  'The portal stopped while this file was being imported, so nothing was imported. Upload the file again';
const INTERNAL_FAILURE =
  'Something went wrong while importing this file, so nothing was imported. Upload it again; if it happens again, tell the portal’s administrators';

/** What the columns of a file are called in the rules' own terms. */
const COLUMN_OF_FIELD: Record<string, MembershipImportColumn> = {
  personId: 'email',
  bodyId: 'body',
  role: 'role',
  startsOn: 'starts_on',
  endsOn: 'ends_on',
  fromBodyId: 'cross_seat_from',
};

/** Thrown inside the import's transaction to roll it back: some line was refused. */
class ImportRefused extends Error {}
/** Thrown inside the import's transaction to roll it back: the process is stopping. */
class ImportStopped extends Error {}
/** Thrown inside the import's transaction when the database refused a line: the transaction is lost. */
class RefusedByDatabase extends Error {
  constructor(
    readonly line: number,
    override readonly cause: QueryFailedError,
  ) {
    super(`Line ${line} refused by the database`);
  }
}
/** The import was marked failed by someone else (its heartbeat went stale) before it could finish. */
class ImportTakenAway extends Error {}

export interface ImportUpload {
  readonly bytes: Uint8Array;
  readonly fileName: string;
}

/** The uploader: a signed-in account. */
export type ImportActor = Actor & { readonly accountId: string };

export function toImportModel(entity: MembershipImportEntity): MembershipImportModel {
  return {
    id: entity.id,
    fileName: entity.fileName,
    fileBytes: entity.fileBytes,
    uploadedBy: entity.createdByLabel,
    status: entity.status,
    totalRows: entity.totalRows,
    processedRows: entity.processedRows,
    importedRows: entity.importedRows,
    errorCount: entity.errorCount,
    failureReason: entity.failureReason,
    createdAt: entity.createdAt,
    finishedAt: entity.finishedAt,
  };
}

/** A refusal by the membership rules as problems on `line`: every refusal the rules listed. */
export function problemsOfRefusal(error: unknown, line: number): ImportProblem[] | null {
  if (!isDomainError(error)) return null;
  const listed = error.details?.['refusals'];
  const refusals = Array.isArray(listed)
    ? (listed as { code?: unknown; message?: unknown; field?: unknown }[])
    : [{ code: error.code, message: error.message, field: error.details?.['field'] }];
  return refusals.map((refusal) => ({
    line,
    field: typeof refusal.field === 'string' ? (COLUMN_OF_FIELD[refusal.field] ?? null) : null,
    code: isErrorCode(refusal.code) ? refusal.code : error.code,
    message: typeof refusal.message === 'string' ? refusal.message : error.message,
  }));
}

/** A line the database refused, for the secretariat: no database detail, which is logged instead. */
export function problemOfDatabaseRefusal(error: QueryFailedError, line: number): ImportProblem {
  const constraint = (error.driverError as { constraint?: string } | undefined)?.constraint;
  return constraint === 'membership_no_overlap'
    ? {
        line,
        field: 'starts_on',
        code: 'MEMBERSHIP_OVERLAP',
        message: 'This person already has a membership of this body for some of those dates',
      }
    : {
        line,
        field: null,
        code: 'INTERNAL_SERVER_ERROR',
        message:
          'This line could not be recorded. Check it, and if it looks right, tell the portal’s administrators',
      };
}

/** The name a file is kept under: its own name without any folder, printable, at most 255 characters. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const printable = base.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '').trim();
  return printable.slice(0, 255) || 'memberships.csv';
}

/**
 * Imports of memberships from CSV files. An upload is recorded at once and answered; the file is
 * then worked through in the background, one import at a time per process:
 *
 * 1. VALIDATING: the file is read (UTF-8, CSV, the column names) and every line checked on its
 *    own, its person and bodies looked up in two statements;
 * 2. IMPORTING: the lines that passed are appointed one by one through MembershipsService, every
 *    rule checked as for one appointment, in ONE transaction holding the membership lock. A rule's
 *    refusal comes before anything is written, so it is recorded against its line and the other
 *    lines are still checked in the same transaction, without a savepoint per line (thousands of
 *    subtransactions would overflow PostgreSQL's per-backend cache after 64, slowing every other
 *    session's snapshots, and replicas', for as long as the import runs). Should the database
 *    itself refuse a line (an SQL error ends the transaction), it is recorded and the other lines
 *    are checked again, in a new transaction, without it. Ordinary seats go first, then cross-seats, so a cross-seat may rest on a board membership
 *    anywhere in the same file. If any line of the file was refused, in either phase, the
 *    transaction is rolled back and nothing is imported; otherwise the import is marked DONE in
 *    that same transaction, with one audit entry for it (and one per membership).
 *
 * Progress is written outside that transaction, so that the secretariat's page sees it. Each
 * process writes a heartbeat for its imports; one whose heartbeat is stale (its process died)
 * is marked FAILED when the API starts and whenever imports are read.
 */
@Injectable()
export class MembershipImportService
  implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly logger = new Logger('MembershipImport');
  /** Imports this process has accepted and not yet finished. */
  private readonly owned = new Set<string>();
  private readonly jobs = new Set<Promise<void>>();
  private queue: Promise<void> = Promise.resolve();
  private stopping = false;
  private heartbeat: NodeJS.Timeout | undefined;
  private beating = false;
  private lastSwept = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly memberships: MembershipsService,
    private readonly audit: AuditService,
    private readonly loaders: DataLoaderFactory,
  ) {}

  onModuleInit(): void {
    this.loaders.register(MEMBERSHIP_IMPORT_ERRORS, (ids) => this.errorsOf(ids));
  }

  /** Imports left running by a process that has since died are marked FAILED. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.dataSource.isInitialized) return; // printing the schema: no database
    const swept = await this.sweepAbandoned();
    if (swept) this.logger.warn(`Marked ${swept} abandoned membership import(s) as failed`);
  }

  /** Stops taking imports; the one running rolls back and is marked FAILED, the waiting ones too. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.jobs]);
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }

  // ---- Reading --------------------------------------------------------------------------

  /**
   * Marks FAILED every running import whose process has not written a heartbeat for a while (it
   * stopped); this process's own imports are never taken. Returns how many it marked.
   */
  async sweepAbandoned(): Promise<number> {
    this.lastSwept = Date.now();
    const [, affected] = (await this.dataSource.query(
      `UPDATE membership_import
          SET status = 'FAILED', failure_reason = $1, imported_rows = 0, finished_at = now()
        WHERE status IN ('VALIDATING', 'IMPORTING')
          AND heartbeat_at < now() - make_interval(secs => $2)
          AND NOT (id = ANY($3::uuid[]))`,
      [STOPPED_MESSAGE, STALE_AFTER_SECONDS, [...this.owned]],
    )) as [unknown, number];
    return affected ?? 0;
  }

  /** Sweeps when reading, at most every few seconds (a page following an import asks often). */
  private async sweepSometimes(): Promise<void> {
    if (Date.now() - this.lastSwept >= SWEEP_EVERY_MS) await this.sweepAbandoned();
  }

  async findById(id: string): Promise<MembershipImportEntity | null> {
    if (!isUuid(id)) return null;
    await this.sweepSometimes();
    return this.dataSource.getRepository(MembershipImportEntity).findOneBy({ id });
  }

  /** The history, newest first. */
  async list(args: {
    first?: number | null;
    after?: string | null;
  }): Promise<Connection<MembershipImportModel>> {
    const first = pageSize(args.first);
    await this.sweepSometimes();
    const repository = this.dataSource.getRepository(MembershipImportEntity);
    const query = repository.createQueryBuilder('i');
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const [seq] = decodeCursor(args.after, 1);
      if (!/^\d{1,19}$/.test(String(seq))) {
        throw new DomainError('BAD_USER_INPUT', 'after is not a cursor from this list', {
          field: 'after',
        });
      }
      query.where('i.seq < :seq', { seq: String(seq) });
    }
    const rows = await query
      .orderBy('i.seq', 'DESC')
      .limit(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, toImportModel, (row) => [row.seq]);
  }

  /** The problems of each import, in one statement (they are left out of the list's). */
  async errorsOf(ids: readonly string[]): Promise<MembershipImportProblemJson[][]> {
    const valid = [...new Set(ids.filter(isUuid))];
    const rows: { id: string; errors: MembershipImportProblemJson[] }[] = valid.length
      ? await this.dataSource.query(
          `SELECT id, errors FROM membership_import WHERE id = ANY($1::uuid[])`,
          [valid],
        )
      : [];
    const byId = new Map(rows.map((row) => [row.id, row.errors]));
    return ids.map((id) => byId.get(id) ?? []);
  }

  // ---- Uploading ------------------------------------------------------------------------

  /**
   * Records the upload and queues its import; returns at once. TOO_MANY_REQUESTS while this
   * process is stopping or already has imports waiting; BAD_USER_INPUT for an empty or
   * oversized file.
   */
  async start(upload: ImportUpload, actor: ImportActor): Promise<MembershipImportEntity> {
    if (upload.bytes.length === 0) {
      throw new DomainError('BAD_USER_INPUT', 'The selected file is empty', { field: 'file' });
    }
    if (upload.bytes.length > MEMBERSHIP_IMPORT_LIMITS.maxBytes) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `The selected file must be smaller than ${MEMBERSHIP_IMPORT_MAX_SIZE_TEXT}`,
        { field: 'file' },
      );
    }
    if (this.stopping) {
      throw new DomainError(
        'TOO_MANY_REQUESTS',
        'The portal is restarting. Upload the file again in a minute',
      );
    }
    if (this.owned.size >= MAX_QUEUED) {
      throw new DomainError(
        'TOO_MANY_REQUESTS',
        'Other files are waiting to be imported. Upload this one again in a few minutes',
      );
    }
    const repository = this.dataSource.getRepository(MembershipImportEntity);
    const saved = await repository.save(
      repository.create({
        createdByAccountId: actor.accountId,
        createdByLabel: actor.label.slice(0, 200),
        fileName: cleanFileName(upload.fileName),
        fileBytes: upload.bytes.length,
        status: 'VALIDATING',
      }),
    );
    this.owned.add(saved.id);
    this.startHeartbeat();
    const job = this.queue.then(() => this.run(saved.id, upload.bytes, actor));
    this.queue = job;
    this.jobs.add(job);
    void job.finally(() => this.jobs.delete(job));
    return repository.findOneByOrFail({ id: saved.id });
  }

  private startHeartbeat(): void {
    if (this.heartbeat) return;
    this.heartbeat = setInterval(() => void this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  private async beat(): Promise<void> {
    if (this.beating) return;
    if (!this.owned.size) {
      clearInterval(this.heartbeat);
      this.heartbeat = undefined;
      return;
    }
    this.beating = true;
    try {
      await this.dataSource.query(
        `UPDATE membership_import SET heartbeat_at = now()
          WHERE id = ANY($1::uuid[]) AND status IN ('VALIDATING', 'IMPORTING')`,
        [[...this.owned]],
      );
    } catch (error) {
      this.logger.warn(`Could not write the import heartbeat: ${String(error)}`);
    } finally {
      this.beating = false;
    }
  }

  // ---- Importing ------------------------------------------------------------------------

  /** One import from start to end; never throws (a failure is recorded on the import). */
  private async run(id: string, bytes: Uint8Array, actor: ImportActor): Promise<void> {
    try {
      if (this.stopping) {
        await this.finishFailed(id, { failure: STOPPED_MESSAGE });
        return;
      }
      const file = readImportFile(bytes);
      if (!file.ok) {
        await this.finishFailed(id, { failure: file.failure, problems: file.problems });
        return;
      }
      const unreadLines = new Set(file.problems.map((problem) => problem.line)).size;
      const total = file.rows.length + unreadLines;
      const checked = checkImportRows(file.rows, await this.lookups(file.rows));
      const problems = [...file.problems, ...checked.problems];
      await this.dataSource.getRepository(MembershipImportEntity).update(
        { id, status: 'VALIDATING' },
        {
          status: 'IMPORTING',
          totalRows: total,
          processedRows: total - checked.rows.length,
          errorCount: problems.length,
          heartbeatAt: () => 'now()',
        },
      );
      await this.apply(id, total, checked.rows, problems, actor);
    } catch (error) {
      if (error instanceof ImportTakenAway) return;
      this.logger.error(
        `Membership import ${id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      await this.finishFailed(id, { failure: INTERNAL_FAILURE }).catch((cause: unknown) =>
        this.logger.error(`Could not mark membership import ${id} as failed: ${String(cause)}`),
      );
    } finally {
      this.owned.delete(id);
    }
  }

  /** Who and which bodies the lines name: two statements, whatever the number of lines. */
  private async lookups(rows: readonly { email: string }[]): Promise<ImportLookups> {
    const emails = [...new Set(rows.map((row) => row.email.toLowerCase()).filter(Boolean))];
    const people: { id: string; email: string }[] = emails.length
      ? await this.dataSource.query(
          `SELECT id, lower(email) AS email FROM person WHERE lower(email) = ANY($1::text[])`,
          [emails],
        )
      : [];
    const bodies = await this.dataSource.getRepository(BodyEntity).find();
    return {
      personIdByEmail: new Map(people.map((person) => [person.email, person.id])),
      bodyBySlug: new Map(bodies.map((body) => [body.slug, body])),
    };
  }

  /**
   * The second phase: every line that passed the first appointed in one transaction. Commits
   * (with the import marked DONE) only if no line of the file was refused.
   */
  private async apply(
    id: string,
    total: number,
    rows: readonly ImportRow[],
    earlier: readonly ImportProblem[],
    actor: ImportActor,
  ): Promise<void> {
    // Ordinary seats first: a cross-seat rests on a membership that may come later in the file.
    const ordered = [
      ...rows.filter((row) => row.appointment.fromBodyId === null),
      ...rows.filter((row) => row.appointment.fromBodyId !== null),
    ];
    /** Lines the database itself refused, left out when the others are checked again. */
    const leftOut = new Set<number>();
    const refusedByDatabase: ImportProblem[] = [];
    let reported = { rows: total - rows.length, at: Date.now() };
    const report = async (processed: number, problems: number) => {
      const now = Date.now();
      if (processed - reported.rows < PROGRESS_EVERY_ROWS && now - reported.at < PROGRESS_EVERY_MS)
        return;
      reported = { rows: processed, at: now };
      // Outside the transaction, on another connection, so that others see it now.
      await this.dataSource.query(
        `UPDATE membership_import SET processed_rows = $2, error_count = $3, heartbeat_at = now()
          WHERE id = $1 AND status = 'IMPORTING'`,
        [id, processed, problems],
      );
    };
    for (let attempt = 1; ; attempt += 1) {
      const refused: ImportProblem[] = [...refusedByDatabase];
      let processed = total - rows.length + leftOut.size;
      try {
        await this.memberships.inWriteTransaction(async (manager) => {
          for (const row of ordered) {
            if (leftOut.has(row.line)) continue;
            if (this.stopping) throw new ImportStopped();
            try {
              await this.memberships.appointIn(manager, row.appointment, actor);
            } catch (error) {
              if (error instanceof QueryFailedError) throw new RefusedByDatabase(row.line, error);
              const problems = problemsOfRefusal(error, row.line);
              if (!problems) throw error;
              refused.push(...problems);
            }
            processed += 1;
            // Never backwards, when the lines are checked again.
            if (processed > reported.rows) await report(processed, earlier.length + refused.length);
          }
          if (earlier.length || refused.length) throw new ImportRefused();
          await this.audit.record(manager, actor, {
            action: 'membership.import',
            objectType: 'MembershipImport',
            objectId: id,
            after: { imported: ordered.length, lines: total },
          });
          await this.markDone(manager, id, total);
        });
        return;
      } catch (error) {
        if (error instanceof RefusedByDatabase) {
          this.logger.warn(
            `Membership import ${id}: line ${error.line} refused by the database: ${error.cause.message}`,
          );
          leftOut.add(error.line);
          refusedByDatabase.push(problemOfDatabaseRefusal(error.cause, error.line));
          // The transaction cannot go on after an SQL error: check the other lines again without it.
          if (attempt < MAX_ATTEMPTS) continue;
          await this.finishFailed(id, { problems: [...earlier, ...refused, ...refusedByDatabase] });
        } else if (error instanceof ImportRefused) {
          await this.finishFailed(id, { problems: [...earlier, ...refused] });
        } else if (error instanceof ImportStopped) {
          await this.finishFailed(id, {
            failure: STOPPED_MESSAGE,
            problems: [...earlier, ...refused],
          });
        } else {
          throw error;
        }
        return;
      }
    }
  }

  /** Inside the import's transaction, as its last statement: DONE exactly when it commits. */
  private async markDone(manager: EntityManager, id: string, total: number): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(MembershipImportEntity)
      .set({
        status: 'DONE',
        processedRows: total,
        importedRows: total,
        errorCount: 0,
        finishedAt: () => 'now()',
        heartbeatAt: () => 'now()',
      })
      .where("id = :id AND status = 'IMPORTING'", { id })
      .execute();
    if ((result.affected ?? 0) !== 1) throw new ImportTakenAway();
  }

  /** Records the end of an import that imported nothing, unless it has already ended. */
  private async finishFailed(
    id: string,
    outcome: { failure?: string | null; problems?: readonly ImportProblem[] },
  ): Promise<void> {
    const problems = sortProblems(outcome.problems ?? []);
    await this.dataSource.query(
      `UPDATE membership_import
          SET status = 'FAILED', failure_reason = $2::varchar, errors = $3::jsonb, error_count = $4,
              processed_rows = CASE WHEN $2::varchar IS NULL THEN total_rows ELSE processed_rows END,
              imported_rows = 0, finished_at = now(), heartbeat_at = now()
        WHERE id = $1 AND status IN ('VALIDATING', 'IMPORTING')`,
      [id, outcome.failure ?? null, JSON.stringify(problems), problems.length],
    );
  }
}
