import {
  checkImportRows,
  decodeImportFile,
  readImportFile,
  type ImportCells,
  type ImportLookups,
  type ImportProblem,
} from './membership-import.rows';

const BOARD = {
  id: 'b0000000-0000-4000-8000-000000000001',
  slug: 'experts-by-experience-board',
  name: 'Experts by Experience Board',
};
const EVIDENCE = {
  id: 'b0000000-0000-4000-8000-000000000002',
  slug: 'evidence-group',
  name: 'Evidence Group',
};
const AMARA = 'p0000000-0000-4000-8000-000000000001';
const SAM = 'p0000000-0000-4000-8000-000000000002';

const lookups: ImportLookups = {
  personIdByEmail: new Map([
    ['amara@example.org', AMARA],
    ['sam@example.org', SAM],
  ]),
  bodyBySlug: new Map([
    [BOARD.slug, BOARD],
    [EVIDENCE.slug, EVIDENCE],
  ]),
};

const HEADER = 'email,body,role,starts_on,ends_on,cross_seat_from';
const bytes = (text: string) => new TextEncoder().encode(text);

function rowsOf(text: string): ImportCells[] {
  const file = readImportFile(bytes(text));
  if (!file.ok) throw new Error(`Expected a readable file: ${JSON.stringify(file)}`);
  expect(file.problems).toEqual([]);
  return file.rows;
}

const check = (text: string) => checkImportRows(rowsOf(text), lookups);
const summary = (problems: readonly ImportProblem[]) =>
  problems.map((p) => `${p.line} ${p.field ?? '-'} ${p.code}`);

describe('decodeImportFile', () => {
  it('reads UTF-8, dropping a byte order mark', () => {
    expect(decodeImportFile(bytes('Zoë'))).toEqual({ text: 'Zoë' });
    expect(decodeImportFile(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: 'a' });
  });

  it('names every line with bytes that are not UTF-8 (a spreadsheet’s Windows "CSV")', () => {
    const latin1 = new Uint8Array([
      ...bytes('email\r\nzo'),
      0xeb,
      ...bytes('@example.org\r\nok@example.org\nr'),
      0xe9,
      ...bytes('a'),
    ]);
    const decoded = decodeImportFile(latin1);
    expect('problems' in decoded && decoded.problems.map((p) => p.line)).toEqual([2, 4]);
  });
});

describe('readImportFile', () => {
  it('gives each line of memberships its cells, by column name, trimmed, skipping blank lines', () => {
    const rows = rowsOf(
      `\ufeff${HEADER}\r\n Amara@example.org , evidence-group,Member,2025-04-01,,\r\n,,,,,\r\n\r\nsam@example.org,experts-by-experience-board,CHAIR,01/04/2025,2026-03-31,\r\n`,
    );
    expect(rows).toEqual([
      {
        line: 2,
        email: 'Amara@example.org',
        body: 'evidence-group',
        role: 'Member',
        starts_on: '2025-04-01',
        ends_on: '',
        cross_seat_from: '',
      },
      {
        line: 5,
        email: 'sam@example.org',
        body: 'experts-by-experience-board',
        role: 'CHAIR',
        starts_on: '01/04/2025',
        ends_on: '2026-03-31',
        cross_seat_from: '',
      },
    ]);
  });

  it('takes the columns in any order, in any case, and the optional ones may be left out', () => {
    const rows = rowsOf(
      'Role,STARTS_ON,email,body\nmember,2025-04-01,amara@example.org,evidence-group\n',
    );
    expect(rows).toEqual([
      expect.objectContaining({
        role: 'member',
        starts_on: '2025-04-01',
        email: 'amara@example.org',
        body: 'evidence-group',
        ends_on: '',
        cross_seat_from: '',
      }),
    ]);
  });

  it.each<[string, string, string[]]>([
    ['unknown columns', 'email,body,role,starts_on,team\n', ['1 - BAD_USER_INPUT']],
    ['a missing column', 'email,body,starts_on\n', ['1 role BAD_USER_INPUT']],
    ['a column named twice', 'email,body,role,starts_on,email\n', ['1 email BAD_USER_INPUT']],
    ['an unnamed column', 'email,body,,role,starts_on\n', ['1 - BAD_USER_INPUT']],
    [
      'no column names but data',
      'amara@example.org,evidence-group,MEMBER,2025-04-01\n',
      [
        '1 - BAD_USER_INPUT',
        '1 - BAD_USER_INPUT',
        '1 - BAD_USER_INPUT',
        '1 - BAD_USER_INPUT',
        '1 email BAD_USER_INPUT',
        '1 body BAD_USER_INPUT',
        '1 role BAD_USER_INPUT',
        '1 starts_on BAD_USER_INPUT',
      ],
    ],
    ['a blank first line', '\nemail,body,role,starts_on\n', ['1 - BAD_USER_INPUT']],
  ])('refuses a file with %s, on line 1', (_name, text, expected) => {
    const file = readImportFile(bytes(text));
    expect(file.ok).toBe(false);
    expect(!file.ok && summary(file.problems)).toEqual(expected);
  });

  it('explains the columns when the first line is wrong', () => {
    const file = readImportFile(bytes('name,body,role,starts_on\n'));
    expect(!file.ok && file.problems[0]?.message).toBe(
      '‘name’ is not a column of this file. The columns are: email, body, role, starts_on, ends_on, cross_seat_from',
    );
  });

  it('refuses an empty file, and one with only the column names', () => {
    expect(readImportFile(bytes(''))).toEqual({
      ok: false,
      failure: 'The file is empty',
      problems: [],
    });
    expect(readImportFile(bytes(`${HEADER}\r\n,,,,,\r\n`))).toEqual({
      ok: false,
      failure: 'There are no memberships in the file, only the column names',
      problems: [],
    });
  });

  it('refuses more lines than allowed, not counting blank ones', () => {
    const line = 'amara@example.org,evidence-group,MEMBER,2025-04-01,,\n';
    expect(readImportFile(bytes(`${HEADER}\n${line.repeat(3)},,,,,\n`), 3).ok).toBe(true);
    const tooMany = readImportFile(bytes(`${HEADER}\n${line.repeat(4)}`), 3);
    expect(!tooMany.ok && tooMany.failure).toBe(
      'The file has more than 3 memberships. Split it into files of 3 or fewer and upload each one',
    );
  });

  it('reports lines with too many or too few values, and lines it cannot read, and keeps the rest', () => {
    const file = readImportFile(
      bytes(
        `${HEADER}\n` +
          'amara@example.org,evidence-group,MEMBER,2025-04-01,,\n' +
          'Okafor, Amara,evidence-group,MEMBER,2025-04-01,,\n' +
          'sam@example.org,evidence-group\n' +
          '"sam@example.org"x,evidence-group,MEMBER,2025-04-01,,\n' +
          'sam@example.org,evidence-group,MEMBER,2025-04-01,,\n',
      ),
    );
    expect(file.ok && file.rows.map((row) => row.line)).toEqual([2, 6]);
    expect(file.ok && summary(file.problems)).toEqual([
      '3 - BAD_USER_INPUT',
      '4 - BAD_USER_INPUT',
      '5 - BAD_USER_INPUT',
    ]);
    expect(file.ok && file.problems[0]?.message).toBe(
      'This line has 7 values but there are 6 column names. Put any value with a comma in double quotes',
    );
  });

  it('reads up to a quote that is never closed, and reports it', () => {
    const file = readImportFile(
      bytes(
        `${HEADER}\namara@example.org,evidence-group,MEMBER,2025-04-01,,\n"sam@example.org,x\n`,
      ),
    );
    expect(file.ok && file.rows.map((row) => row.line)).toEqual([2]);
    expect(file.ok && summary(file.problems)).toEqual(['3 - BAD_USER_INPUT']);
  });

  it('refuses a file that is not UTF-8, naming the lines', () => {
    const file = readImportFile(new Uint8Array([...bytes(`${HEADER}\nzo`), 0xeb, ...bytes('\n')]));
    expect(!file.ok && summary(file.problems)).toEqual(['2 - BAD_USER_INPUT']);
  });
});

describe('checkImportRows', () => {
  it('turns good lines into appointments: people by email in any case, bodies by slug, roles by code or label, UK dates', () => {
    const { rows, problems } = check(
      `${HEADER}\n` +
        'AMARA@example.org,experts-by-experience-board,Vice-chair,2025-04-01,,\n' +
        'amara@example.org,Evidence-Group,member,1/4/2025,31/03/2027,experts-by-experience-board\n',
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        appointment: {
          personId: AMARA,
          bodyId: BOARD.id,
          role: 'VICE_CHAIR',
          startsOn: '2025-04-01',
          endsOn: null,
          fromBodyId: null,
        },
      },
      {
        line: 3,
        appointment: {
          personId: AMARA,
          bodyId: EVIDENCE.id,
          role: 'MEMBER',
          startsOn: '2025-04-01',
          endsOn: '2027-03-31',
          fromBodyId: BOARD.id,
        },
      },
    ]);
  });

  it('reports every problem on every line, by line then column, and keeps only the good lines', () => {
    const { rows, problems } = check(
      `${HEADER}\n` +
        ',evidence-group,MEMBER,2025-04-01,,\n' +
        'amara-at-example,evidence-group,MEMBER,2025-04-01,,\n' +
        'nobody@example.org,evidence-group,MEMBER,2025-04-01,,\n' +
        'sam@example.org,,Boss,,,\n' +
        'sam@example.org,design-group,MEMBER,2025-02-29,2025-13-01,\n' +
        'sam@example.org,evidence-group,MEMBER,2025-04-01,2025-03-31,evidence-group\n' +
        'sam@example.org,evidence-group,MEMBER,2025-04-01,,nowhere\n' +
        'amara@example.org,evidence-group,CHAIR,2025-04-01,,\n',
    );
    expect(summary(problems)).toEqual([
      '2 email BAD_USER_INPUT',
      '3 email BAD_USER_INPUT',
      '4 email NOT_FOUND',
      '5 body BAD_USER_INPUT',
      '5 role BAD_USER_INPUT',
      '5 starts_on BAD_USER_INPUT',
      '6 body NOT_FOUND',
      '6 starts_on BAD_USER_INPUT',
      '6 ends_on BAD_USER_INPUT',
      '7 ends_on BAD_USER_INPUT',
      '7 cross_seat_from BAD_USER_INPUT',
      '8 cross_seat_from NOT_FOUND',
    ]);
    expect(rows.map((row) => row.line)).toEqual([9]);
  });

  it.each<[string, string, string]>([
    [
      'an unknown person',
      'nobody@example.org,evidence-group,MEMBER,2025-04-01,,',
      'There is nobody with the email address ‘nobody@example.org’ in the portal. Add them first',
    ],
    [
      'an unknown body',
      'amara@example.org,design-group,MEMBER,2025-04-01,,',
      'There is no body called ‘design-group’. Use one of evidence-group, experts-by-experience-board',
    ],
    [
      'an unknown role',
      'amara@example.org,evidence-group,Boss,2025-04-01,,',
      '‘Boss’ is not a role. Use one of CHAIR, VICE_CHAIR, MEMBER, CO_OPTED, OBSERVER (or Chair, Vice-chair, Member, Co-opted member, Observer)',
    ],
    [
      'a date that is not real',
      'amara@example.org,evidence-group,MEMBER,2025-02-29,,',
      '‘2025-02-29’ is not a real date. Write dates as YYYY-MM-DD, such as 2025-04-01, or as 01/04/2025',
    ],
    [
      'an end before the start',
      'amara@example.org,evidence-group,MEMBER,2025-04-01,2025-03-01,',
      'The end date must be the same as or after the start date',
    ],
    [
      'a cross-seat from the same body',
      'amara@example.org,evidence-group,MEMBER,2025-04-01,,evidence-group',
      'A cross-seat must come from another body',
    ],
  ])('explains %s', (_name, line, message) => {
    expect(check(`${HEADER}\n${line}\n`).problems.map((p) => p.message)).toEqual([message]);
  });

  it('reports a line that overlaps an earlier line for the same person and body, naming it', () => {
    const { rows, problems } = check(
      `${HEADER}\n` +
        'amara@example.org,evidence-group,MEMBER,2025-04-01,2025-12-31,\n' +
        'sam@example.org,evidence-group,MEMBER,2025-04-01,,\n' +
        'amara@example.org,evidence-group,CHAIR,2026-01-01,,\n' +
        'amara@example.org,experts-by-experience-board,MEMBER,2025-04-01,,\n' +
        'Amara@Example.org,evidence-group,CHAIR,2025-06-01,2025-06-30,\n',
    );
    expect(problems).toEqual([
      {
        line: 6,
        field: 'starts_on',
        code: 'MEMBERSHIP_OVERLAP',
        message:
          'This overlaps line 2, for the same person and body. Memberships of the same body cannot overlap',
      },
    ]);
    expect(rows.map((row) => row.line)).toEqual([2, 3, 4, 5]);
  });
});
