import { COMMON_PASSWORD_COUNT, isCommonPassword } from './common-passwords';
import {
  hashPassword,
  normalisePassword,
  verifyAgainstDecoy,
  verifyPassword,
} from './password-hasher';
import { sessionTokenFrom } from './request-token';
import { hashSessionToken, isWellFormedToken, newSessionToken } from './session-token';

describe('password hashing', () => {
  it('uses Argon2id with at least 19 MiB, two passes and one lane', async () => {
    expect(await hashPassword('a long enough password')).toMatch(
      /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/,
    );
  });

  it('verifies the same characters however they were composed', async () => {
    const hash = await hashPassword('caf\u00e9 au lait');
    expect(await verifyPassword(hash, 'cafe\u0301 au lait')).toBe(true);
    expect(await verifyPassword(hash, 'cafe au lait')).toBe(false);
    expect(normalisePassword('  spaced  ')).toBe('  spaced  ');
  });

  it('answers false, not an exception, for a malformed hash and for the decoy', async () => {
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
    expect(await verifyAgainstDecoy('anything')).toBe(false);
  });
});

describe('isCommonPassword', () => {
  it.each([
    ['password', true],
    ['PASSWORD', true],
    ['12345678', true],
    ['qwertyuiop', true],
    ['correct horse battery staple', false],
    ['boards-demo-password', false],
  ])('%s is common: %p', (password, common) => {
    expect(isCommonPassword(password)).toBe(common);
  });

  it('knows the 3,000 most common passwords', () => {
    expect(COMMON_PASSWORD_COUNT).toBe(3000);
  });
});

describe('session tokens', () => {
  it('are 256-bit, URL-safe and never repeat', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newSessionToken));
    expect(tokens.size).toBe(1000);
    for (const token of tokens) expect(isWellFormedToken(token)).toBe(true);
  });

  it('are stored as a SHA-256 digest', () => {
    expect(hashSessionToken('abc').toString('hex')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it.each(['', 'short', 'A'.repeat(44), `${'A'.repeat(42)}!`])(
    'reject the malformed token %p',
    (token) => {
      expect(isWellFormedToken(token)).toBe(false);
    },
  );
});

describe('sessionTokenFrom', () => {
  const cookie = 'boards_session';
  it.each([
    [{ authorization: 'Bearer abc' }, 'abc'],
    [{ cookie: 'theme=dark; boards_session=xyz%3D; other=1' }, 'xyz='],
    [{ authorization: 'Bearer abc', cookie: 'boards_session=xyz' }, 'abc'],
    [{ authorization: 'Basic abc' }, undefined],
    [{ cookie: 'boards_session=%E0%A4%A' }, undefined],
    [{}, undefined],
  ])('reads %o as %p', (headers, expected) => {
    expect(sessionTokenFrom({ headers }, cookie)).toBe(expected);
  });
});
