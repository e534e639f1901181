import {
  MEMBERSHIP_IMPORT_COLUMNS,
  MEMBERSHIP_IMPORT_MAX_SIZE_TEXT,
  MEMBERSHIP_IMPORT_TEMPLATE,
  readImportDate,
  readImportRole,
} from './membership-import';

describe('readImportRole', () => {
  it.each([
    ['CHAIR', 'CHAIR'],
    ['chair', 'CHAIR'],
    [' Chair ', 'CHAIR'],
    ['VICE_CHAIR', 'VICE_CHAIR'],
    ['Vice-chair', 'VICE_CHAIR'],
    ['vice chair', 'VICE_CHAIR'],
    ['MEMBER', 'MEMBER'],
    ['CO_OPTED', 'CO_OPTED'],
    ['co-opted', 'CO_OPTED'],
    ['Co-opted member', 'CO_OPTED'],
    ['observer', 'OBSERVER'],
  ])('reads %j as %s', (text, role) => {
    expect(readImportRole(text)).toBe(role);
  });

  it.each(['', 'Boss', 'chairs', 'vice', 'MEMBER MEMBER'])('refuses %j', (text) => {
    expect(readImportRole(text)).toBeNull();
  });
});

describe('readImportDate', () => {
  it.each([
    ['2025-04-01', '2025-04-01'],
    [' 2025-04-01 ', '2025-04-01'],
    ['2024-02-29', '2024-02-29'],
    ['1/4/2025', '2025-04-01'],
    ['01/04/2025', '2025-04-01'],
    ['31/12/2025', '2025-12-31'],
  ])('reads %j as %s', (text, iso) => {
    expect(readImportDate(text)).toBe(iso);
  });

  it.each([
    '',
    '2025-02-29',
    '2025-13-01',
    '2025-4-1',
    '31/02/2025',
    '12/31/2025',
    '1 April 2025',
    '2025/04/01',
    '20250401',
  ])('refuses %j', (text) => {
    expect(readImportDate(text)).toBeNull();
  });
});

describe('the import template', () => {
  it('starts with every column, in order, and has two example lines', () => {
    const lines = MEMBERSHIP_IMPORT_TEMPLATE.split('\r\n');
    expect(lines[0]).toBe(MEMBERSHIP_IMPORT_COLUMNS.join(','));
    expect(lines.filter(Boolean)).toHaveLength(3);
    for (const line of lines.filter(Boolean)) {
      expect(line.split(',')).toHaveLength(MEMBERSHIP_IMPORT_COLUMNS.length);
    }
  });

  it('names the size limit in megabytes', () => {
    expect(MEMBERSHIP_IMPORT_MAX_SIZE_TEXT).toBe('10 MB');
  });
});
