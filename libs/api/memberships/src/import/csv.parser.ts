/**
 * A small CSV reader (RFC 4180, with the leniencies spreadsheets need), written here rather than
 * taken from a package so that every reading is ours to test and explain to the secretariat:
 *
 * - Fields are separated by commas; records by CRLF, LF or a lone CR (older Mac spreadsheets).
 * - A field in double quotes may hold commas, line breaks and doubled quotes (`""` is one `"`).
 *   After its closing quote only a comma or the end of the record may follow.
 * - A double quote inside an unquoted field is kept as it is.
 * - A byte order mark at the start is dropped; a line break at the very end ends the last record
 *   (it does not start an empty one); an empty line is no record at all.
 *
 * Every record carries the line it starts on (the first line is 1), counted as a text editor
 * counts them, so that problems can be reported by line.
 */

export interface CsvRecord {
  /** The line the record starts on; 1 is the first line of the file. */
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvProblem {
  readonly line: number;
  readonly message: string;
}

export interface CsvParseResult {
  readonly records: CsvRecord[];
  /** Records that could not be read; the reader carries on with the next line where it can. */
  readonly problems: CsvProblem[];
  /** More than `maxRecords` records: reading stopped there. */
  readonly truncated: boolean;
}

export interface CsvParseOptions {
  /** Stop after this many records, and say so with `truncated`. */
  readonly maxRecords?: number;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/** Reads `text` as CSV. Pure: the same text always gives the same records and problems. */
export function parseCsv(text: string, options: CsvParseOptions = {}): CsvParseResult {
  const maxRecords = options.maxRecords ?? Number.POSITIVE_INFINITY;
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  const length = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;

  /** Moves past one line break at `i`, if there is one; true when there was. */
  const skipLineBreak = (): boolean => {
    const c = text.charCodeAt(i);
    if (c === CR) {
      i += text.charCodeAt(i + 1) === LF ? 2 : 1;
    } else if (c === LF) {
      i += 1;
    } else {
      return false;
    }
    line += 1;
    return true;
  };

  /** Drops the rest of a record that cannot be read, up to and past its line break. */
  const skipRestOfLine = (): void => {
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === CR || c === LF) {
        skipLineBreak();
        return;
      }
      i += 1;
    }
  };

  while (i < length) {
    // An empty line is no record.
    if (skipLineBreak()) continue;
    if (records.length >= maxRecords) return { records, problems, truncated: true };

    const startLine = line;
    const fields: string[] = [];
    let broken = false;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        // A quoted field: up to the quote that is not doubled.
        const openedOn = line;
        let value = '';
        let from = i + 1;
        i = from;
        let closed = false;
        while (i < length) {
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            value += text.slice(from, i);
            if (text.charCodeAt(i + 1) === QUOTE) {
              value += '"';
              i += 2;
              from = i;
              continue;
            }
            i += 1;
            closed = true;
            break;
          }
          if (c === CR) {
            if (text.charCodeAt(i + 1) === LF) i += 1;
            line += 1;
          } else if (c === LF) {
            line += 1;
          }
          i += 1;
        }
        if (!closed) {
          problems.push({
            line: openedOn,
            message:
              'A value that starts with a double quote (") has no closing double quote, so the rest of the file cannot be read',
          });
          return { records, problems, truncated: false };
        }
        fields.push(value);
        const next = text.charCodeAt(i);
        if (i < length && next !== COMMA && next !== CR && next !== LF) {
          problems.push({
            line,
            message:
              'After a closing double quote (") there must be a comma or the end of the line. Put the whole value in quotes and double any quotes inside it',
          });
          skipRestOfLine();
          broken = true;
          break;
        }
      } else {
        // An unquoted field: up to the next comma or line break.
        let end = i;
        while (end < length) {
          const c = text.charCodeAt(end);
          if (c === COMMA || c === CR || c === LF) break;
          end += 1;
        }
        fields.push(text.slice(i, end));
        i = end;
      }
      if (i < length && text.charCodeAt(i) === COMMA) {
        i += 1;
        continue;
      }
      skipLineBreak();
      break;
    }
    if (!broken) records.push({ line: startLine, fields });
  }
  return { records, problems, truncated: false };
}

/** One field as CSV: quoted when it must be (a comma, quote or line break, or nothing else to tell it apart). */
export function csvField(value: string, alone = false): string {
  if (/[",\r\n]/.test(value) || (alone && value === '') || value.startsWith('\ufeff')) {
    return `"${value.replace(/"/g, '""')}"`;
  }
  return value;
}

/** Records as CSV text, CRLF after every record (the inverse of `parseCsv`). */
export function toCsv(records: readonly (readonly string[])[]): string {
  return records
    .map((fields) => `${fields.map((field) => csvField(field, fields.length === 1)).join(',')}\r\n`)
    .join('');
}
