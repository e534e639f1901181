import fc from 'fast-check';
import { csvField, parseCsv, toCsv } from './csv.parser';

const fieldsOf = (text: string) => parseCsv(text).records.map((record) => record.fields);
const linesOf = (text: string) => parseCsv(text).records.map((record) => record.line);

describe('parseCsv', () => {
  it.each<[string, string, string[][]]>([
    ['one field', 'a', [['a']]],
    [
      'fields and records, CRLF',
      'a,b,c\r\nd,e,f\r\n',
      [
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
      ],
    ],
    [
      'LF line breaks',
      'a,b\nc,d\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'lone CR line breaks',
      'a,b\rc,d\r',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'no line break at the end',
      'a,b\r\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['empty fields', ',a,,\r\n', [['', 'a', '', '']]],
    ['a line of commas only', ',,\r\n', [['', '', '']]],
    ['quoted fields', '"a","b c"\r\n', [['a', 'b c']]],
    ['a comma inside quotes', '"Okafor, Amara",x', [['Okafor, Amara', 'x']]],
    ['doubled quotes', '"say ""hello""",x', [['say "hello"', 'x']]],
    ['only a doubled quote', '""""', [['"']]],
    ['an empty quoted field', '"",x', [['', 'x']]],
    [
      'a CRLF inside quotes',
      '"line one\r\nline two",x\r\ny',
      [['line one\r\nline two', 'x'], ['y']],
    ],
    ['an LF inside quotes', '"a\nb"\n', [['a\nb']]],
    ['a byte order mark', '\ufeffemail,body\r\n', [['email', 'body']]],
    ['a byte order mark before quotes', '\ufeff"email",body', [['email', 'body']]],
    ['blank lines between and after', 'a\r\n\r\nb\n\n\n', [['a'], ['b']]],
    ['blank lines before', '\r\n\na', [['a']]],
    ['a quote inside an unquoted field, kept', 'O"Brien,x', [['O"Brien', 'x']]],
    ['spaces kept as they are', ' a , b ', [[' a ', ' b ']]],
    ['nothing at all', '', []],
    ['only a byte order mark', '\ufeff', []],
  ])('reads %s', (_name, text, fields) => {
    const result = parseCsv(text);
    expect(result.problems).toEqual([]);
    expect(result.records.map((record) => record.fields)).toEqual(fields);
  });

  it('numbers each record by the line it starts on, counting blank lines and line breaks inside quotes', () => {
    expect(linesOf('a\r\nb\r\n\r\nc\n"d\r\ne"\rf\r\n')).toEqual([1, 2, 4, 5, 7]);
  });

  it('reports a quoted value that is never closed, on the line it opens, and stops there', () => {
    const result = parseCsv('a,b\r\nc,"d\r\ne,f\r\n');
    expect(result.records.map((record) => record.fields)).toEqual([['a', 'b']]);
    expect(result.problems).toEqual([
      { line: 2, message: expect.stringContaining('no closing double quote') },
    ]);
  });

  it('reports text after a closing quote, drops that record and reads on', () => {
    const result = parseCsv('a,b\r\n"c"d,e\r\nf,g\r\n');
    expect(result.records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['f', 'g'] },
    ]);
    expect(result.problems).toEqual([
      { line: 2, message: expect.stringContaining('there must be a comma or the end of the line') },
    ]);
  });

  it('reports the problem on the line the closing quote is on', () => {
    expect(parseCsv('"a\r\nb"c\r\nd').problems.map((problem) => problem.line)).toEqual([2]);
  });

  it('stops after maxRecords records and says so', () => {
    const result = parseCsv('a\r\nb\r\nc\r\n', { maxRecords: 2 });
    expect(result.records.map((record) => record.fields)).toEqual([['a'], ['b']]);
    expect(result.truncated).toBe(true);
    expect(parseCsv('a\r\nb\r\n\r\n', { maxRecords: 2 }).truncated).toBe(false);
  });

  it('stops reading a ten-megabyte file at maxRecords', () => {
    const row = 'someone.with.a.long.name@example.org,evidence-group,MEMBER,2025-04-01,,\r\n';
    const text = row.repeat(Math.ceil((10 * 1024 * 1024) / row.length));
    const result = parseCsv(text, { maxRecords: 20_001 });
    expect(result.records).toHaveLength(20_001);
    expect(result.records.at(-1)?.line).toBe(20_001);
    expect(result.truncated).toBe(true);
  });
});

describe('csvField and toCsv', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('writes %j as %s', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('quotes a lone empty field, so that its record is not a blank line', () => {
    expect(toCsv([['a', ''], ['']])).toBe('a,\r\n""\r\n');
  });
});

/** Any text, with the characters CSV treats specially made likely. */
const field = fc.string({
  unit: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('a', 'é', ' ', '@', '-', '1', '😀') },
    { weight: 1, arbitrary: fc.constantFrom('"', ',', '\r', '\n', '\r\n', '\ufeff') },
  ),
  maxLength: 12,
});
const records = fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { maxLength: 20 });

describe('parseCsv properties', () => {
  it('reads back exactly what toCsv wrote', () => {
    fc.assert(
      fc.property(records, (written) => {
        const result = parseCsv(toCsv(written));
        expect(result.problems).toEqual([]);
        expect(result.records.map((record) => record.fields)).toEqual(written);
      }),
    );
  });

  it('reads the same records with LF, CRLF or no line break after the last record, and after a byte order mark', () => {
    fc.assert(
      fc.property(records, (written) => {
        const lines = written.map((fields) =>
          fields.map((value) => csvField(value, fields.length === 1)).join(','),
        );
        const expected = fieldsOf(toCsv(written));
        expect(fieldsOf(lines.join('\n'))).toEqual(expected);
        expect(fieldsOf(`\ufeff${lines.join('\r\n')}`)).toEqual(expected);
        expect(fieldsOf(`${lines.join('\n')}\n\n\r\n`)).toEqual(expected);
      }),
    );
  });

  it('numbers each record by the line breaks written before it', () => {
    fc.assert(
      fc.property(records, (written) => {
        const text = toCsv(written);
        let offset = 0;
        const expected = written.map((fields) => {
          const before = text.slice(0, offset);
          offset += toCsv([fields]).length;
          return 1 + (before.match(/\r\n|\r|\n/g)?.length ?? 0);
        });
        expect(linesOf(text)).toEqual(expected);
      }),
    );
  });

  it('never throws, and gives lines in order within the text, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '"', ',', '\r', '\n', ' ') }), (text) => {
        const result = parseCsv(text);
        const lineCount = 1 + (text.match(/\r\n|\r|\n/g)?.length ?? 0);
        const lines = [...result.records, ...result.problems].map((item) => item.line);
        for (const line of lines) {
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(lineCount);
        }
        const recordLines = result.records.map((record) => record.line);
        expect([...recordLines].sort((a, b) => a - b)).toEqual(recordLines);
      }),
    );
  });
});
