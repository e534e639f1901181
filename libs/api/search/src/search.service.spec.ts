import { DomainError } from '@boards/domain';
import { cleanQuery, SEARCH_QUERY_LIMIT, snippetParts } from './search.service';

describe('cleanQuery', () => {
  it.each([
    ['a search as typed', '  kinship care ', 'kinship care'],
    ['nothing', null, ''],
    ['controls and NUL, taken out', 'a\u0000b\u0007\nc', 'a b c'],
    [
      'quotes and operators, kept for the database',
      '"foster care" -respite',
      '"foster care" -respite',
    ],
    ['the longest allowed', 'x'.repeat(SEARCH_QUERY_LIMIT), 'x'.repeat(SEARCH_QUERY_LIMIT)],
  ])('takes %s', (_name, query, clean) => {
    expect(cleanQuery(query)).toBe(clean);
  });

  it('refuses a longer search, on the query field', () => {
    const attempt = () => cleanQuery('x'.repeat(SEARCH_QUERY_LIMIT + 1));
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(`Search for ${SEARCH_QUERY_LIMIT} characters or fewer`);
  });
});

describe('snippetParts', () => {
  it.each([
    ['no match', 'plain text', [{ text: 'plain text', match: false }]],
    [
      'matches among text',
      'the \u0002carers\u0003 and \u0002respite\u0003 plan',
      [
        { text: 'the ', match: false },
        { text: 'carers', match: true },
        { text: ' and ', match: false },
        { text: 'respite', match: true },
        { text: ' plan', match: false },
      ],
    ],
    [
      'a match at the start',
      '\u0002Care\u0003 plan',
      [
        { text: 'Care', match: true },
        { text: ' plan', match: false },
      ],
    ],
    ['nothing', '', []],
  ])('cuts %s into pieces', (_name, snippet, parts) => {
    expect(snippetParts(snippet)).toEqual(parts);
  });
});
