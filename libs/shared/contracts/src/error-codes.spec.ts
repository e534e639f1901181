import { ERROR_CODES, ERROR_MESSAGES, isErrorCode } from './error-codes';
import { bodySlugSchema } from './body';

describe('error codes', () => {
  it('has a plain-English message for every code', () => {
    for (const code of ERROR_CODES) {
      expect(ERROR_MESSAGES[code]).toMatch(/^[A-Z]/);
    }
    expect(Object.keys(ERROR_MESSAGES).sort()).toEqual([...ERROR_CODES].sort());
  });

  it.each([
    ['CONFLICT', true],
    ['BAD_USER_INPUT', true],
    ['conflict', false],
    ['', false],
    [42, false],
    [undefined, false],
  ])('isErrorCode(%p) is %p', (value, expected) => {
    expect(isErrorCode(value)).toBe(expected);
  });
});

describe('bodySlugSchema', () => {
  it.each([
    ['experts-by-experience-board', true],
    ['design-group', true],
    ['group2', true],
    ['Design-Group', false],
    ['design--group', false],
    ['-design', false],
    ['design group', false],
    ['', false],
    ['a'.repeat(81), false],
  ])('%p valid: %p', (slug, valid) => {
    expect(bodySlugSchema.safeParse(slug).success).toBe(valid);
  });
});
