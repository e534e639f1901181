/** Nest injection token for the papers feature's settings. */
export const PAPERS_OPTIONS = Symbol('PapersOptions');

export interface PapersOptions {
  /** Where the file-system storage keeps papers' files (`PAPERS_DIR`, else `<DATA_DIR>/papers`). */
  readonly directory: string;
  /** The largest file accepted, in bytes (`PAPER_MAX_BYTES`). */
  readonly maxBytes: number;
}
