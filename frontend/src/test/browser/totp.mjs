// RFC 6238 time-based one-time passwords, as Keycloak checks them (HMAC-SHA1, 6 digits, 30 s), for the browser tests.
import { createHmac } from 'node:crypto';

// The demo's privileged users share this authenticator secret (ops/keycloak/meritasn-realm.json; README: sign-in).
export const DEMO_TOTP_SECRET = Buffer.from('meritasn-demo-2fa-20', 'utf8');

export function totp(key, time = Date.now()) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(time / 30_000)));
  const hmac = createHmac('sha1', key).update(counter).digest();
  const offset = hmac[hmac.length - 1] & 0x0f;
  return ((hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).toString().padStart(6, '0');
}

/** The key an authenticator app is given by hand: Base32 (RFC 4648), shown by Keycloak in groups of four. */
export function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const bytes = [];
  for (const char of text.replace(/[\s=]/g, '').toUpperCase()) {
    const index = alphabet.indexOf(char);
    if (index < 0) throw new Error(`not Base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** Milliseconds until the next 30-second window, when a new code exists (Keycloak refuses a code used before). */
export function untilNextWindow(time = Date.now()) {
  return 30_000 - (time % 30_000) + 500;
}
