import { createHmac } from 'node:crypto';

/**
 * A test-only TOTP (RFC 6238 over RFC 4226 HOTP: HMAC-SHA1, 6 digits, 30-second steps), so a
 * browser test can act as the authenticator app, given the key the page shows.
 */

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error(`Not base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

export function hotp(secret: Buffer, counter: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac('sha1', secret).update(message).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  const binary = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

/** The code for the 30-second step `stepsAhead` after the current one. */
export function totp(base32Secret: string, stepsAhead = 0, now = Date.now()): string {
  return hotp(base32Decode(base32Secret), Math.floor(now / 30_000) + stepsAhead);
}
