import { randomBytes } from 'node:crypto';
import { openSecret, sealSecret } from './secret-box';

describe('secret box (AES-256-GCM)', () => {
  const key = randomBytes(32);
  const plain = Buffer.from('0123456789abcdefghij');

  it('opens what it sealed, as nonce ‖ ciphertext ‖ tag with a fresh nonce each time', () => {
    const a = sealSecret(key, plain, 'account-1');
    const b = sealSecret(key, plain, 'account-1');
    expect(a).toHaveLength(12 + plain.length + 16);
    expect(a.equals(b)).toBe(false);
    expect(a.includes(plain)).toBe(false);
    expect(openSecret(key, a, 'account-1').equals(plain)).toBe(true);
  });

  it('refuses another key, another context, a flipped bit and a short value', () => {
    const sealed = sealSecret(key, plain, 'account-1');
    expect(() => openSecret(randomBytes(32), sealed, 'account-1')).toThrow();
    expect(() => openSecret(key, sealed, 'account-2')).toThrow();
    for (const index of [0, 12, sealed.length - 1]) {
      const altered = Buffer.from(sealed);
      altered[index] = (altered[index] ?? 0) ^ 1;
      expect(() => openSecret(key, altered, 'account-1')).toThrow();
    }
    expect(() => openSecret(key, sealed.subarray(0, 20), 'account-1')).toThrow();
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => sealSecret(randomBytes(16), plain, 'x')).toThrow(RangeError);
  });
});
