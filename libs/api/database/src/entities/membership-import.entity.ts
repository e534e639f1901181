import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import {
  MEMBERSHIP_IMPORT_STATUSES,
  type Appointment,
  type MembershipImportColumn,
  type MembershipImportStatus,
} from '@boards/shared/contracts';

/** One problem found in an imported file: its line (1 is the column names) and, for a cell, its column. */
export interface MembershipImportProblemJson {
  line: number;
  field: MembershipImportColumn | null;
  code: string;
  message: string;
}

/**
 * One membership a checked import will record: the line it came from, the appointment (as the
 * membership rules take it) and the names it was checked with, to say what will happen.
 */
export interface MembershipImportPlanJson {
  line: number;
  appointment: Appointment;
  personName: string;
  bodyName: string;
  /** The body a cross-seat rests on; null for an ordinary seat. */
  fromBodyName: string | null;
}

/**
 * A CSV file of memberships uploaded by the secretariat, while it is checked and applied and
 * afterwards. `processedRows` and `heartbeatAt` are written while it is checked; `errors` at the
 * end of a failed check, `plan` at the end of a good one (CHECKED), which is carried out only when
 * the secretariat confirms it. `version` moves on with every change of status.
 */
@Entity({ name: 'membership_import' })
export class MembershipImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Upload order, for paging the history (newest first). */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column({ name: 'created_by_account_id', type: 'uuid' })
  createdByAccountId!: string;

  /** Who uploaded it, as named at the time. */
  @Column({ name: 'created_by_label', type: 'varchar', length: 200 })
  createdByLabel!: string;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ name: 'file_bytes', type: 'integer' })
  fileBytes!: number;

  @Column({
    type: 'enum',
    enumName: 'membership_import_status',
    enum: MEMBERSHIP_IMPORT_STATUSES,
    default: 'VALIDATING',
  })
  status!: MembershipImportStatus;

  /** Lines of memberships in the file (blank lines not counted); 0 until it has been read. */
  @Column({ name: 'total_rows', type: 'integer', default: 0 })
  totalRows!: number;

  @Column({ name: 'processed_rows', type: 'integer', default: 0 })
  processedRows!: number;

  @Column({ name: 'imported_rows', type: 'integer', default: 0 })
  importedRows!: number;

  @Column({ name: 'error_count', type: 'integer', default: 0 })
  errorCount!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors!: MembershipImportProblemJson[];

  /** What confirming will record, in file order; empty until the file has been checked. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  plan!: MembershipImportPlanJson[];

  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** Why the import failed when it is not one line's fault (the file is empty, the portal stopped). */
  @Column({ name: 'failure_reason', type: 'varchar', length: 500, nullable: true })
  failureReason!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** Written every few seconds by the process running the import; stale means it stopped. */
  @Column({ name: 'heartbeat_at', type: 'timestamptz', default: () => 'now()' })
  heartbeatAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
