import fc from 'fast-check';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_PROBLEM_MESSAGES,
  type PasswordContext,
  type PasswordProblem,
  normalisePassword,
  passwordProblems,
} from './password-policy.rule';

const COMMON = new Set(['password', 'password1', '12345678', 'qwertyuiop', 'iloveyou']);
const context = (personal: readonly string[] = []): PasswordContext => ({
  isCommon: (password) => COMMON.has(password),
  personal,
});
const amara = context(['amara.okafor', 'Amara', 'Okafor', 'Amara Okafor']);

describe('passwordProblems', () => {
  it.each<[string, PasswordProblem[]]>([
    // length boundaries, counted in code points
    ['a'.repeat(7), ['TOO_SHORT']],
    ['a'.repeat(8), []],
    ['a'.repeat(64), []],
    ['a'.repeat(128), []],
    ['a'.repeat(129), ['TOO_LONG']],
    ['', ['TOO_SHORT']],
    // spaces count and are kept; no composition rules
    ['        ', []],
    ['correct horse battery staple', []],
    ['alllowercase', []],
    ['   pad   ', []],
    // emoji: one code point each, though two UTF-16 units
    ['😀😀😀😀😀😀😀', ['TOO_SHORT']],
    ['😀😀😀😀😀😀😀😀', []],
    ['😀'.repeat(128), []],
    ['😀'.repeat(129), ['TOO_LONG']],
    // é as e + U+0301 is one code point after NFC
    ['caf\u0065\u0301caf', ['TOO_SHORT']],
    ['caf\u0065\u0301cafe', []],
    ['\u0065\u0301'.repeat(128), []],
    ['\u0065\u0301'.repeat(129), ['TOO_LONG']],
    // a combining mark with no precomposed form stays two code points
    ['q\u0301q\u0301q\u0301q\u0301', []],
    // Hangul jamo compose: 3 code points to 1 syllable
    ['\u1100\u1161\u11a8'.repeat(7), ['TOO_SHORT']],
    ['\u1100\u1161\u11a8'.repeat(8), []],
    // common passwords, in any case
    ['password', ['TOO_COMMON']],
    ['PassWord', ['TOO_COMMON']],
    ['PASSWORD1', ['TOO_COMMON']],
    ['iloveyou', ['TOO_COMMON']],
    ['1234567', ['TOO_SHORT']],
    ['password ', []],
  ])('%p → %p', (password, expected) => {
    expect(passwordProblems(password, context())).toEqual(expected);
  });

  it.each<[string, PasswordProblem[]]>([
    ['amara-rocks-2024', ['CONTAINS_PERSONAL_DETAILS']],
    ['OKAFOR family home', ['CONTAINS_PERSONAL_DETAILS']],
    ['xx amara.okafor xx', ['CONTAINS_PERSONAL_DETAILS']],
    ['amar', ['TOO_SHORT']],
    ['amara', ['TOO_SHORT', 'CONTAINS_PERSONAL_DETAILS']],
    ['amar-a okafo-r', []],
    ['correct horse battery staple', []],
  ])('for Amara Okafor, %p → %p', (password, expected) => {
    expect(passwordProblems(password, amara)).toEqual(expected);
  });

  it.each<[readonly string[], string, boolean]>([
    [['Jo'], 'jojojojojo', false],
    [['Jo Li'], 'jo li jo li', true],
    [['Jo Li'], 'jolie jolie', false],
    [['Zoë'], 'Zoë and me!', false],
    [['Zoë Ó Briain'], 'ZOË Ó BRIAIN!!', true],
    [['Zoë Ó Briain'], 'my briain cat', true],
    [['Zoe\u0308y'], 'Zoëy is great', true],
    [['Zoëy'], 'ZOE\u0308Y is great', true],
    [['amara+boards'], 'boardsboards', true],
    [['  '], '          ', false],
    [[''], 'abcdefgh', false],
    [['Straße'], 'meine straße 12', true],
  ])('personal %p in %p: %p', (personal, password, found) => {
    expect(
      passwordProblems(password, context(personal)).includes('CONTAINS_PERSONAL_DETAILS'),
    ).toBe(found);
  });

  it('asks isCommon with the normalised password in lower case', () => {
    const isCommon = jest.fn(() => false);
    passwordProblems('Cafe\u0301 AU LAIT', { isCommon, personal: [] });
    expect(isCommon).toHaveBeenCalledWith('café au lait');
    expect(isCommon).toHaveBeenCalledTimes(1);
  });

  it('refuses a huge password as too long without normalising it or asking isCommon', () => {
    const isCommon = jest.fn(() => false);
    const huge = 'x'.repeat(1_000_000);
    expect(passwordProblems(huge, { isCommon, personal: [huge] })).toEqual(['TOO_LONG']);
    expect(isCommon).not.toHaveBeenCalled();
  });

  it('counts the worst case of composition correctly around the shortcut', () => {
    // U+1FAF decomposes into 4 code points: 257 of them decomposed are 1028 UTF-16 units.
    const decomposed = '\u1faf'.normalize('NFD');
    expect([...decomposed]).toHaveLength(4);
    expect(passwordProblems(decomposed.repeat(128), context())).toEqual([]);
    expect(passwordProblems(decomposed.repeat(129), context())).toEqual(['TOO_LONG']);
    expect(passwordProblems(decomposed.repeat(257), context())).toEqual(['TOO_LONG']);
  });
});

describe('normalisePassword', () => {
  it.each([
    ['e\u0301', '\u00e9'],
    ['  spaces  ', '  spaces  '],
    ['MiXeD', 'MiXeD'],
    ['\ufb01', '\ufb01'], // NFC keeps compatibility characters (NFKC would give 'fi')
    ['a'.repeat(500), 'a'.repeat(500)],
  ])('%p → %p', (input, expected) => {
    expect(normalisePassword(input)).toBe(expected);
  });
});

describe('PASSWORD_PROBLEM_MESSAGES', () => {
  it.each([
    ['TOO_SHORT', 'Password must be 8 characters or more'],
    ['TOO_LONG', 'Password must be 128 characters or fewer'],
  ] as const)('%s says %p', (problem, message) => {
    expect(PASSWORD_PROBLEM_MESSAGES[problem]).toBe(message);
  });

  it('starts every message with "Password" and ends it without a full stop', () => {
    for (const message of Object.values(PASSWORD_PROBLEM_MESSAGES)) {
      expect(message).toMatch(/^Password .*[^.]$/);
    }
  });
});

describe('password properties', () => {
  const codePoints = (s: string) => [...s].length;
  const anyPassword = fc
    .string({ unit: 'binary', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
    .map(normalisePassword)
    .filter((p) => codePoints(p) >= PASSWORD_MIN_LENGTH && codePoints(p) <= PASSWORD_MAX_LENGTH);
  const personalWord = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });

  it('finds nothing wrong with 8–128 code points that are not common and hold no personal detail', () => {
    fc.assert(
      fc.property(anyPassword, fc.array(personalWord, { maxLength: 4 }), (password, personal) => {
        const lower = password.toLowerCase();
        // Independently of the rule: none of the personal strings, nor their parts, is in it.
        const parts = personal.flatMap((p) => {
          const l = p.normalize('NFC').toLowerCase();
          return [l, ...l.split(/[\s\p{P}\p{S}]+/u)];
        });
        fc.pre(parts.every((part) => [...part].length < 4 || !lower.includes(part)));
        expect(passwordProblems(password, { isCommon: () => false, personal })).toEqual([]);
      }),
    );
  });

  it('counts length in code points after NFC, whichever form the password arrives in', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 150 }), (password) => {
        const problems = passwordProblems(password, context());
        const length = codePoints(password.normalize('NFC'));
        expect(problems.includes('TOO_SHORT')).toBe(length < PASSWORD_MIN_LENGTH);
        expect(problems.includes('TOO_LONG')).toBe(length > PASSWORD_MAX_LENGTH);
        expect(passwordProblems(password.normalize('NFD'), context())).toEqual(problems);
      }),
    );
  });

  it('finds a personal detail of 4 or more characters wherever it is, in any case', () => {
    const letters = fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzéßøł'),
      minLength: 4,
      maxLength: 12,
    });
    fc.assert(
      fc.property(letters, anyPassword, fc.nat(), fc.boolean(), (detail, around, at, upper) => {
        const cut = at % (around.length + 1);
        const inserted = upper ? detail.toUpperCase() : detail;
        fc.pre(inserted.toLowerCase().includes(detail)); // 'ß'.toUpperCase() is 'SS'
        const password = around.slice(0, cut) + inserted + around.slice(cut);
        fc.pre(codePoints(normalisePassword(password)) <= PASSWORD_MAX_LENGTH);
        expect(passwordProblems(password, context([detail]))).toContain(
          'CONTAINS_PERSONAL_DETAILS',
        );
      }),
    );
  });

  it('never changes a password beyond NFC: normalising twice is normalising once', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (password) => {
        const once = normalisePassword(password);
        expect(normalisePassword(once)).toBe(once);
        expect(once.normalize('NFD')).toBe(password.normalize('NFD'));
      }),
    );
  });

  it('takes the too-long shortcut only for passwords that really are too long', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('\u1faf'.normalize('NFD'), '😀', 'a', 'e\u0301'),
          minLength: 200,
          maxLength: 400,
        }),
        (password) => {
          const tooLong = codePoints(password.normalize('NFC')) > PASSWORD_MAX_LENGTH;
          expect(passwordProblems(password, context()).includes('TOO_LONG')).toBe(tooLong);
        },
      ),
    );
  });
});
