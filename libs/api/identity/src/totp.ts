import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Time-based one-time passwords as authenticator apps make them: RFC 6238 over the HOTP of
 * RFC 4226, with HMAC-SHA1, six digits and a 30-second step (what every app expects when the
 * otpauth URI names nothing else).
 */
export const TOTP_DIGITS = 6;
export const TOTP_STEP_SECONDS = 30;
/** 160 bits, the length of an HMAC-SHA1 key that RFC 4226 recommends. */
export const TOTP_SECRET_BYTES = 20;
/** Codes of the step before and after the current one are accepted too (clock drift). */
export const TOTP_DRIFT_STEPS = 1;

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** Anything longer than this is not a code someone typed; refused before looking further. */
const MAX_CODE_INPUT_LENGTH = 32;

/** A new random secret from the operating system's CSPRNG. */
export function newTotpSecret(): Buffer {
  return randomBytes(TOTP_SECRET_BYTES);
}

/** RFC 4648 base32, upper case, without padding (the form otpauth URIs and apps use). */
export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET.charAt((buffer >>> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32_ALPHABET.charAt((buffer << (5 - bits)) & 31);
  return out;
}

/**
 * Decodes RFC 4648 base32, in either case, with or without trailing padding. Throws on any
 * other character, on a length no encoding produces, and on non-zero left-over bits.
 */
export function base32Decode(text: string): Buffer {
  const body = text.replace(/=+$/, '').toUpperCase();
  if ([1, 3, 6].includes(body.length % 8)) throw new Error('Not base32: impossible length');
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of body) {
    const value = BASE32_ALPHABET.indexOf(char);
    if (value < 0) throw new Error('Not base32: unexpected character');
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  if ((buffer & ((1 << bits) - 1)) !== 0) throw new Error('Not base32: stray bits at the end');
  return Buffer.from(out);
}

/** RFC 4226 HOTP: the HMAC-SHA1 of the 8-byte big-endian counter, dynamically truncated. */
export function hotp(secret: Uint8Array, counter: number, digits = TOTP_DIGITS): string {
  if (!Number.isSafeInteger(counter) || counter < 0) throw new RangeError('Bad HOTP counter');
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', secret).update(message).digest();
  const offset = (mac.at(-1) ?? 0) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The RFC 6238 time step (T) that `now` falls in. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_STEP_SECONDS);
}

/** The code of one time step. */
export function totpCode(secret: Uint8Array, step: number): string {
  return hotp(secret, step, TOTP_DIGITS);
}

/**
 * What a person typed, as six ASCII digits: spaces (as in "123 456") are dropped; anything
 * else that is not a digit makes it no code at all.
 */
export function normaliseTotpInput(input: string): string | null {
  if (input.length > MAX_CODE_INPUT_LENGTH) return null;
  const code = input.replace(/ /g, '');
  return /^[0-9]{6}$/.test(code) ? code : null;
}

/**
 * Checks a code against the steps around `now` (one either side, for clock drift), never
 * accepting a step at or before `lastAcceptedStep`, so each code works once. Every candidate
 * is compared, in constant time, whatever matched. Returns the step that matched, or null.
 */
export function verifyTotp(
  secret: Uint8Array,
  input: string,
  now: Date,
  lastAcceptedStep: number | null,
): number | null {
  const code = normaliseTotpInput(input);
  const typed = Buffer.from(code ?? '------', 'ascii');
  const current = totpStep(now);
  let matched: number | null = null;
  for (let step = current - TOTP_DRIFT_STEPS; step <= current + TOTP_DRIFT_STEPS; step += 1) {
    const expected = Buffer.from(totpCode(secret, step), 'ascii');
    const same = timingSafeEqual(typed, expected);
    const fresh = lastAcceptedStep === null || step > lastAcceptedStep;
    if (same && fresh && code !== null && matched === null) matched = step;
  }
  return matched;
}

/**
 * The Key URI that authenticator apps read from a QR code:
 * otpauth://totp/Issuer:account?secret=…&issuer=…
 */
export function otpauthUri(
  secret: Uint8Array,
  accountLabel: string,
  issuer = 'Boards portal',
): string {
  // A colon separates issuer from account, so one inside either is escaped too.
  const escape = (text: string) => encodeURIComponent(text).replace(/:/g, '%3A');
  const label = `${escape(issuer)}:${escape(accountLabel)}`;
  const query = new URLSearchParams({
    secret: base32Encode(secret),
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_STEP_SECONDS),
  });
  return `otpauth://totp/${label}?${query.toString().replace(/\+/g, '%20')}`;
}
