import {
  base32Decode,
  base32Encode,
  hotp,
  newTotpSecret,
  normaliseTotpInput,
  otpauthUri,
  totpCode,
  totpStep,
  verifyTotp,
} from './totp';

/** The shared secret of the RFC 4226 and RFC 6238 (SHA1) test vectors. */
const RFC_SECRET = Buffer.from('12345678901234567890', 'ascii');

describe('base32 (RFC 4648 section 10 vectors, without padding)', () => {
  it.each([
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ])('%p encodes as %p and back', (plain, encoded) => {
    expect(base32Encode(Buffer.from(plain))).toBe(encoded);
    expect(base32Decode(encoded).toString()).toBe(plain);
  });

  it('decodes lower case and padded text', () => {
    expect(base32Decode('mzxw6ytboi======').toString()).toBe('foobar');
  });

  it.each([['MZXW6YT1'], ['MZX W6'], ['M'], ['MZX'], ['MZ']])('refuses %p', (text) => {
    expect(() => base32Decode(text)).toThrow(/Not base32/);
  });

  it('round-trips random secrets of 160 bits as 32 characters', () => {
    for (let i = 0; i < 50; i += 1) {
      const secret = newTotpSecret();
      expect(secret).toHaveLength(20);
      const text = base32Encode(secret);
      expect(text).toMatch(/^[A-Z2-7]{32}$/);
      expect(base32Decode(text).equals(secret)).toBe(true);
    }
  });
});

describe('hotp (RFC 4226 appendix D)', () => {
  it.each([
    [0, '755224'],
    [1, '287082'],
    [2, '359152'],
    [3, '969429'],
    [4, '338314'],
    [5, '254676'],
    [6, '287922'],
    [7, '162583'],
    [8, '399871'],
    [9, '520489'],
  ])('counter %i gives %s', (counter, code) => {
    expect(hotp(RFC_SECRET, counter)).toBe(code);
  });

  it('refuses a negative or fractional counter', () => {
    expect(() => hotp(RFC_SECRET, -1)).toThrow(RangeError);
    expect(() => hotp(RFC_SECRET, 1.5)).toThrow(RangeError);
  });
});

describe('totp (RFC 6238 appendix B, SHA1)', () => {
  it.each([
    [59, '0000000000000001', '94287082'],
    [1111111109, '00000000023523EC', '07081804'],
    [1111111111, '00000000023523ED', '14050471'],
    [1234567890, '000000000273EF07', '89005924'],
    [2000000000, '0000000003F940AA', '69279037'],
    [20000000000, '0000000027BC86AA', '65353130'],
  ])('at %i s (T = %s) the 8-digit code is %s', (seconds, hexStep, eightDigits) => {
    const step = totpStep(new Date(seconds * 1000));
    expect(step).toBe(parseInt(hexStep, 16));
    expect(hotp(RFC_SECRET, step, 8)).toBe(eightDigits);
    // Six digits are the same number modulo 10^6: the last six of the eight.
    expect(totpCode(RFC_SECRET, step)).toBe(eightDigits.slice(2));
  });
});

describe('normaliseTotpInput', () => {
  it.each([
    ['123456', '123456'],
    ['123 456', '123456'],
    ['12 34 56', '123456'],
    [' 123456 ', '123456'],
    ['12345', null],
    ['1234567', null],
    ['12a456', null],
    ['abcdef', null],
    ['12-34-56', null],
    ['١٢٣٤٥٦', null], // Arabic-Indic digits are not ASCII digits
    ['', null],
    [`${' '.repeat(40)}123456`, null],
  ])('%p is %p', (input, expected) => {
    expect(normaliseTotpInput(input)).toBe(expected);
  });
});

describe('verifyTotp', () => {
  const secret = base32Decode('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
  const now = new Date('2026-11-20T10:00:10Z');
  const step = totpStep(now);
  const codeAt = (offset: number) => totpCode(secret, step + offset);

  it('accepts the current code and says which step matched', () => {
    expect(verifyTotp(secret, codeAt(0), now, null)).toBe(step);
  });

  it('accepts the codes one step either side, and no further', () => {
    expect(verifyTotp(secret, codeAt(-1), now, null)).toBe(step - 1);
    expect(verifyTotp(secret, codeAt(1), now, null)).toBe(step + 1);
    expect(verifyTotp(secret, codeAt(-2), now, null)).toBeNull();
    expect(verifyTotp(secret, codeAt(2), now, null)).toBeNull();
  });

  it('never accepts a step at or before the last accepted one (no replay)', () => {
    expect(verifyTotp(secret, codeAt(0), now, step)).toBeNull();
    expect(verifyTotp(secret, codeAt(-1), now, step - 1)).toBeNull();
    expect(verifyTotp(secret, codeAt(-1), now, step)).toBeNull();
    expect(verifyTotp(secret, codeAt(1), now, step)).toBe(step + 1);
    expect(verifyTotp(secret, codeAt(0), now, step - 1)).toBe(step);
  });

  it('accepts a code typed with spaces and refuses malformed codes', () => {
    const code = codeAt(0);
    expect(
      verifyTotp(secret, `${code.slice(0, 2)} ${code.slice(2, 4)} ${code.slice(4)}`, now, null),
    ).toBe(step);
    expect(verifyTotp(secret, `${code.slice(0, 5)}x`, now, null)).toBeNull();
    expect(verifyTotp(secret, code.slice(0, 5), now, null)).toBeNull();
    expect(verifyTotp(secret, `${code}0`, now, null)).toBeNull();
    expect(verifyTotp(secret, '------', now, null)).toBeNull();
  });

  it('refuses a code made with another secret', () => {
    const other = newTotpSecret();
    expect(verifyTotp(secret, totpCode(other, step), now, null)).toBeNull();
  });
});

describe('otpauthUri', () => {
  it('names the issuer, the account and the parameters apps expect', () => {
    const uri = otpauthUri(Buffer.from('foobar'), 'priya.raman@example.org');
    expect(uri).toBe(
      'otpauth://totp/Boards%20portal:priya.raman%40example.org' +
        '?secret=MZXW6YTBOI&issuer=Boards%20portal&algorithm=SHA1&digits=6&period=30',
    );
  });

  it('escapes a label that could break the URI', () => {
    const uri = new URL(otpauthUri(Buffer.from('f'), 'a:b?c=d&e', 'Our & Co'));
    expect(uri.host).toBe('totp');
    expect(uri.pathname).toBe('/Our%20%26%20Co:a%3Ab%3Fc%3Dd%26e');
    expect(uri.searchParams.get('issuer')).toBe('Our & Co');
    expect(uri.searchParams.get('secret')).toBe('MY');
  });
});
