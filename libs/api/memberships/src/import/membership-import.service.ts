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
  type MembershipImportPlanJson,
  type MembershipImportProblemJson,
  refusedBy,
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
  type MembershipImportStatus,
} from '@boards/shared/contracts';
import { MembershipsService } from '../memberships.service';
import type { MembershipImportModel } from './membership-import.model';
import { planOf, rowsOfPlan, type PlanNames } from './membership-import.plan';
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
/** Key: an import id: what confirming it will record (or recorded). */
export const MEMBERSHIP_IMPORT_PLAN = loaderKey<string, MembershipImportPlanJson[]>(
  'membershipImportPlan',
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
  'Something went wrong while checking this file, so nothing was imported. Upload it again; if it happens again, tell the portal’s administrators';
export const CHANGED_SINCE_CHECKED =
  'The memberships in the portal changed after this file was checked, so nothing was imported';

/** Why an import that is not CHECKED cannot be confirmed or discarded. */
const NOT_WAITING: Record<MembershipImportStatus, string> = {
  VALIDATING: 'its file is still being checked',
  IMPORTING: 'its file is still being checked',
  CHECKED: 'it is waiting to be confirmed',
  DONE: 'it has already been imported',
  FAILED: 'nothing in it can be imported',
  DISCARDED: 'it has been discarded',
};

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
/** Thrown inside a check's transaction to roll it back: checking never writes. */
class CheckOver extends Error {}
/** Thrown inside a check's transaction to roll it back: the process is stopping. */
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
    version: entity.version,
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
  return refusedBy(error, 'membership_no_overlap')
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
 * Imports of memberships from CSV files, which ask before they act. An upload is recorded at once
 * and answered; the file is then CHECKED in the background, one import at a time per process,
 * and nothing is recorded until the secretariat confirms what the check found it will do:
 *
 * 1. VALIDATING: the file is read (UTF-8, CSV, the column names) and every line checked on its
 *    own, its person and bodies looked up in two statements; then the lines that passed are
 *    appointed one by one through MembershipsService, every rule checked as for one appointment,
 *    in ONE transaction holding the membership lock, which is always rolled back. A rule's
 *    refusal comes before anything is written, so it is recorded against its line and the other
 *    lines are still checked in the same transaction, without a savepoint per line (thousands of
 *    subtransactions would overflow PostgreSQL's per-backend cache after 64, slowing every other
 *    session's snapshots, and replicas', for as long as the check runs). Should the database
 *    itself refuse a line (an SQL error ends the transaction), it is recorded and the other lines
 *    are checked again, in a new transaction, without it. Ordinary seats go first, then
 *    cross-seats, so a cross-seat may rest on a board membership anywhere in the same file.
 * 2. If any line was refused, the import is FAILED with every problem; otherwise it is CHECKED,
 *    with its plan: each line as the appointment it will record.
 * 3. `confirm` appoints the plan's lines again, the same way, in ONE transaction that also locks
 *    the import's row and marks it DONE, with one audit entry for it (and one per membership).
 *    Should the memberships have changed since the check so that a line is now refused, nothing
 *    is recorded, the import is FAILED with those lines, and the caller gets CONFLICT: the file is
 *    to be checked again, rather than a different set of memberships imported than was shown.
 *    `discard` sets a checked import aside (DISCARDED).
 *
 * Progress is written outside the check's transaction, so that the secretariat's page sees it.
 * Each process writes a heartbeat for its checks; one whose heartbeat is stale (its process
 * died) is marked FAILED when the API starts and whenever imports are read.
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
    this.loaders.register(MEMBERSHIP_IMPORT_ERRORS, (ids) => this.columnOf(ids, 'errors'));
    this.loaders.register(MEMBERSHIP_IMPORT_PLAN, (ids) => this.columnOf(ids, 'plan'));
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

  /** The problems, or the plan, of each import, in one statement (both are left out of the list's). */
  async columnOf<C extends 'errors' | 'plan'>(
    ids: readonly string[],
    column: C,
  ): Promise<MembershipImportEntity[C][]> {
    const valid = [...new Set(ids.filter(isUuid))];
    const rows: { id: string; value: MembershipImportEntity[C] }[] = valid.length
      ? await this.dataSource.query(
          `SELECT id, ${column === 'plan' ? 'plan' : 'errors'} AS value
             FROM membership_import WHERE id = ANY($1::uuid[])`,
          [valid],
        )
      : [];
    const byId = new Map(rows.map((row) => [row.id, row.value]));
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

  // ---- Checking -------------------------------------------------------------------------

  /** One check from start to end; never throws (a failure is recorded on the import). */
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
      const lookups = await this.lookups(file.rows);
      const checked = checkImportRows(file.rows, lookups);
      const problems = [...file.problems, ...checked.problems];
      await this.dataSource.getRepository(MembershipImportEntity).update(
        { id, status: 'VALIDATING' },
        {
          totalRows: total,
          processedRows: total - checked.rows.length,
          errorCount: problems.length,
          heartbeatAt: () => 'now()',
        },
      );
      const outcome = await this.checkAgainstRules(id, total, checked.rows, problems, actor);
      if (outcome.problems.length || outcome.failure) {
        await this.finishFailed(id, outcome);
        return;
      }
      await this.markChecked(id, total, planOf(checked.rows, lookups));
    } catch (error) {
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

  /**
   * Who and which bodies the lines name, with the names the plan is told in: two statements,
   * whatever the number of lines.
   */
  private async lookups(rows: readonly { email: string }[]): Promise<ImportLookups & PlanNames> {
    const emails = [...new Set(rows.map((row) => row.email.toLowerCase()).filter(Boolean))];
    const people: { id: string; email: string; full_name: string }[] = emails.length
      ? await this.dataSource.query(
          `SELECT id, lower(email) AS email, full_name FROM person WHERE lower(email) = ANY($1::text[])`,
          [emails],
        )
      : [];
    const bodies = await this.dataSource.getRepository(BodyEntity).find();
    return {
      personIdByEmail: new Map(people.map((person) => [person.email, person.id])),
      bodyBySlug: new Map(bodies.map((body) => [body.slug, body])),
      personNameById: new Map(people.map((person) => [person.id, person.full_name])),
      bodyNameById: new Map(bodies.map((body) => [body.id, body.name])),
    };
  }

  /**
   * The second phase of a check: every line that passed the first appointed, as confirming would,
   * in one transaction that is always rolled back. Returns every refusal (none: the plan holds).
   */
  private async checkAgainstRules(
    id: string,
    total: number,
    rows: readonly ImportRow[],
    earlier: readonly ImportProblem[],
    actor: ImportActor,
  ): Promise<{ problems: ImportProblem[]; failure?: string }> {
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
          WHERE id = $1 AND status = 'VALIDATING'`,
        [id, processed, problems],
      );
    };
    for (let attempt = 1; ; attempt += 1) {
      const refused: ImportProblem[] = [...refusedByDatabase];
      let processed = total - rows.length + leftOut.size;
      try {
        await this.memberships.inWriteTransaction(async (manager) => {
          await this.appointEach(manager, rows, actor, refused, {
            leftOut,
            afterEach: async () => {
              if (this.stopping) throw new ImportStopped();
              processed += 1;
              // Never backwards, when the lines are checked again.
              if (processed > reported.rows)
                await report(processed, earlier.length + refused.length);
            },
          });
          throw new CheckOver();
        });
      } catch (error) {
        if (error instanceof CheckOver) return { problems: [...earlier, ...refused] };
        if (error instanceof ImportStopped) {
          return { failure: STOPPED_MESSAGE, problems: [...earlier, ...refused] };
        }
        if (!(error instanceof RefusedByDatabase)) throw error;
        this.logger.warn(
          `Membership import ${id}: line ${error.line} refused by the database: ${error.cause.message}`,
        );
        leftOut.add(error.line);
        refusedByDatabase.push(problemOfDatabaseRefusal(error.cause, error.line));
        // The transaction cannot go on after an SQL error: check the other lines again without it.
        if (attempt >= MAX_ATTEMPTS)
          return { problems: [...earlier, ...refused, ...refusedByDatabase] };
      }
    }
  }

  /**
   * Appoints `rows` through MembershipsService in the caller's locked transaction, ordinary seats
   * first (a cross-seat rests on a membership that may come later in the file), every rule
   * checked as for one appointment. A rule's refusal comes before anything is written, so it is
   * added to `refused` against its line and the other lines are still appointed; a refusal by the
   * database itself ends the transaction (RefusedByDatabase).
   */
  private async appointEach(
    manager: EntityManager,
    rows: readonly ImportRow[],
    actor: Actor,
    refused: ImportProblem[],
    options: { leftOut?: ReadonlySet<number>; afterEach?: () => Promise<void> } = {},
  ): Promise<void> {
    const ordered = [
      ...rows.filter((row) => row.appointment.fromBodyId === null),
      ...rows.filter((row) => row.appointment.fromBodyId !== null),
    ];
    for (const row of ordered) {
      if (options.leftOut?.has(row.line)) continue;
      try {
        await this.memberships.appointIn(manager, row.appointment, actor);
      } catch (error) {
        if (error instanceof QueryFailedError) throw new RefusedByDatabase(row.line, error);
        const problems = problemsOfRefusal(error, row.line);
        if (!problems) throw error;
        refused.push(...problems);
      }
      await options.afterEach?.();
    }
  }

  /** A good check: its plan kept, to wait for the secretariat to confirm or discard it. */
  private async markChecked(
    id: string,
    total: number,
    plan: readonly MembershipImportPlanJson[],
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE membership_import
          SET status = 'CHECKED', plan = $2::jsonb, processed_rows = $3, error_count = 0,
              version = version + 1, heartbeat_at = now()
        WHERE id = $1 AND status = 'VALIDATING'`,
      [id, JSON.stringify(plan), total],
    );
  }

  /**
   * Records the end of an import that imported nothing, unless it has already left `from` (or,
   * with `version`, moved on from it).
   */
  private async finishFailed(
    id: string,
    outcome: { failure?: string | null; problems?: readonly ImportProblem[] },
    from: { statuses: readonly MembershipImportStatus[]; version?: number } = {
      statuses: ['VALIDATING', 'IMPORTING'],
    },
  ): Promise<void> {
    const problems = sortProblems(outcome.problems ?? []);
    await this.dataSource.query(
      `UPDATE membership_import
          SET status = 'FAILED', failure_reason = $2::varchar, errors = $3::jsonb, error_count = $4,
              processed_rows = CASE WHEN $2::varchar IS NULL THEN total_rows ELSE processed_rows END,
              imported_rows = 0, finished_at = now(), heartbeat_at = now(), version = version + 1
        WHERE id = $1 AND status = ANY($5::membership_import_status[])
          AND ($6::int IS NULL OR version = $6::int)`,
      [
        id,
        outcome.failure ?? null,
        JSON.stringify(problems),
        problems.length,
        from.statuses,
        from.version ?? null,
      ],
    );
  }

  // ---- Confirming and discarding ----------------------------------------------------------

  /**
   * The import, locked FOR UPDATE in the caller's transaction, when it is CHECKED (and at
   * `expectedVersion`, when given): NOT_FOUND, INVALID_TRANSITION or CONFLICT otherwise.
   */
  private async lockChecked(
    manager: EntityManager,
    id: string,
    expectedVersion: number | null | undefined,
    doing: 'confirm' | 'discard',
  ): Promise<MembershipImportEntity> {
    const item = isUuid(id)
      ? await manager
          .getRepository(MembershipImportEntity)
          .createQueryBuilder('i')
          .setLock('pessimistic_write')
          .where('i.id = :id', { id })
          .getOne()
      : null;
    if (!item) throw new DomainError('NOT_FOUND', 'There is no such import');
    if (item.status !== 'CHECKED') {
      throw new DomainError(
        'INVALID_TRANSITION',
        `This import cannot be ${doing === 'confirm' ? 'confirmed' : 'discarded'}: ${NOT_WAITING[item.status]}`,
      );
    }
    if (expectedVersion != null && item.version !== expectedVersion) {
      throw new DomainError(
        'CONFLICT',
        'This import has changed since you looked at it. Look at it again before you go on',
      );
    }
    return item;
  }

  /**
   * Carries out a checked import: in ONE transaction holding the membership lock and the import
   * row's lock (so two confirmations cannot both import), every line is appointed again against
   * the memberships as they are now. If the data changed since the check so that any line is now
   * refused, nothing is written, the import is marked FAILED with those lines, and CONFLICT is
   * thrown; otherwise the import is DONE, audited, in the same transaction.
   */
  async confirm(
    id: string,
    expectedVersion: number | null | undefined,
    actor: Actor,
  ): Promise<MembershipImportEntity> {
    let checkedVersion: number | undefined;
    const refused: ImportProblem[] = [];
    try {
      return await this.memberships.inWriteTransaction(async (manager) => {
        const item = await this.lockChecked(manager, id, expectedVersion, 'confirm');
        checkedVersion = item.version;
        await this.appointEach(manager, rowsOfPlan(item.plan), actor, refused);
        if (refused.length) throw new ImportRefused();
        await this.audit.record(manager, actor, {
          action: 'membership.import',
          objectType: 'MembershipImport',
          objectId: id,
          after: { imported: item.plan.length, lines: item.totalRows },
        });
        await manager.update(
          MembershipImportEntity,
          { id },
          {
            status: 'DONE',
            importedRows: item.plan.length,
            processedRows: item.totalRows,
            errorCount: 0,
            version: item.version + 1,
            finishedAt: () => 'now()',
          },
        );
        return manager.findOneByOrFail(MembershipImportEntity, { id });
      });
    } catch (error) {
      if (error instanceof RefusedByDatabase) {
        this.logger.warn(
          `Membership import ${id}: line ${error.line} refused by the database on confirming: ${error.cause.message}`,
        );
        refused.push(problemOfDatabaseRefusal(error.cause, error.line));
      } else if (!(error instanceof ImportRefused)) {
        throw error;
      }
    }
    await this.finishFailed(
      id,
      { failure: CHANGED_SINCE_CHECKED, problems: refused },
      { statuses: ['CHECKED'], version: checkedVersion },
    );
    const lines = new Set(refused.map((problem) => problem.line)).size;
    throw new DomainError(
      'CONFLICT',
      `${CHANGED_SINCE_CHECKED}: ${lines === 1 ? '1 line is' : `${lines} lines are`} now refused. Put the file right and upload it again`,
      { problems: sortProblems(refused) },
    );
  }

  /** Sets a checked import aside unimported (DISCARDED), audited; it stays in the history. */
  async discard(
    id: string,
    expectedVersion: number | null | undefined,
    actor: Actor,
  ): Promise<MembershipImportEntity> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lockChecked(manager, id, expectedVersion, 'discard');
      await manager.update(
        MembershipImportEntity,
        { id },
        { status: 'DISCARDED', version: item.version + 1, finishedAt: () => 'now()' },
      );
      await this.audit.record(manager, actor, {
        action: 'membership.import.discard',
        objectType: 'MembershipImport',
        objectId: id,
        before: { status: 'CHECKED', memberships: item.plan.length },
        after: { status: 'DISCARDED' },
      });
      return manager.findOneByOrFail(MembershipImportEntity, { id });
    });
  }
}
