import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Small secrets at rest (TOTP secrets) under AES-256-GCM. The stored form is
 * nonce (12 bytes) ‖ ciphertext ‖ tag (16 bytes). `context` is authenticated but not stored: a
 * sealed value opens only with the same context (the account's id), so a copy pasted onto
 * another account's row does not open.
 */
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
export const SECRET_BOX_KEY_BYTES = 32;

function checkKey(key: Uint8Array): void {
  if (key.length !== SECRET_BOX_KEY_BYTES) throw new RangeError('The key must be 32 bytes');
}

export function sealSecret(key: Uint8Array, plain: Uint8Array, context: string): Buffer {
  checkKey(key);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

/** The plain bytes; throws when the value was altered, or sealed under another key or context. */
export function openSecret(key: Uint8Array, sealed: Uint8Array, context: string): Buffer {
  checkKey(key);
  if (sealed.length < NONCE_BYTES + TAG_BYTES) throw new Error('The sealed value is too short');
  const data = Buffer.from(sealed);
  const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, NONCE_BYTES), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
  return Buffer.concat([
    decipher.update(data.subarray(NONCE_BYTES, data.length - TAG_BYTES)),
    decipher.final(),
  ]);
}
