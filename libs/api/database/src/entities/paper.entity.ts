import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { PAPER_VISIBILITIES, type PaperVisibility } from '@boards/shared/contracts';

/**
 * A paper for a meeting. The file is stored by its SHA-256 (`fileSha256`) in the paper store;
 * every file field is null until a file is uploaded. `easyReadOf` links an easy-read or young
 * people's version to the original; a paper that `supersedes` another leaves it shown as
 * superseded. A withdrawn paper stays listed, marked withdrawn; only the staff may still
 * download its file.
 */
@Entity({ name: 'paper' })
export class PaperEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'enum', enumName: 'paper_visibility', enum: PAPER_VISIBILITIES })
  visibility!: PaperVisibility;

  /** Shown before the paper opens: "this paper discusses…". */
  @Column({ name: 'content_note', type: 'varchar', length: 1000, nullable: true })
  contentNote!: string | null;

  @Column({ name: 'easy_read_of', type: 'uuid', nullable: true })
  easyReadOf!: string | null;

  @Column({ type: 'uuid', nullable: true })
  supersedes!: string | null;

  @Column({ name: 'file_sha256', type: 'char', length: 64, nullable: true })
  fileSha256!: string | null;

  /** Bytes; pg returns bigint as a string. */
  @Column({ name: 'file_size', type: 'bigint', nullable: true })
  fileSize!: string | null;

  @Column({ name: 'file_kind', type: 'varchar', length: 8, nullable: true })
  fileKind!: string | null;

  @Column({ name: 'media_type', type: 'varchar', length: 200, nullable: true })
  mediaType!: string | null;

  @Column({ name: 'file_name', type: 'varchar', length: 255, nullable: true })
  fileName!: string | null;

  /** The file members were last told of (new papers are told in a digest). */
  @Column({ name: 'announced_sha256', type: 'char', length: 64, nullable: true })
  announcedSha256!: string | null;

  @Column({ name: 'uploaded_at', type: 'timestamptz', nullable: true })
  uploadedAt!: Date | null;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  /** When the secretariat withdrew it (still listed, marked withdrawn); null while it stands. */
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'withdrawn_by', type: 'uuid', nullable: true })
  withdrawnBy!: string | null;

  /** Why it was withdrawn, shown with it; set exactly when `withdrawnAt` is. */
  @Column({ name: 'withdrawal_reason', type: 'varchar', length: 500, nullable: true })
  withdrawalReason!: string | null;

  /** The text taken from the file at upload, for search only; null when none could be read. */
  @Column({ name: 'text_content', type: 'text', nullable: true, select: false })
  textContent!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}

/** A person named to read a NAMED paper. */
@Entity({ name: 'paper_reader' })
export class PaperReaderEntity {
  @PrimaryColumn({ name: 'paper_id', type: 'uuid' })
  paperId!: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId!: string;
}
