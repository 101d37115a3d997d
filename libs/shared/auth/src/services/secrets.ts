import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import * as argon2 from 'argon2';

/** Passwords: argon2id with the library's defaults (64 MiB, t=3), per OWASP guidance. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) return false;
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * A hash to verify against when the user doesn't exist, so a wrong email takes as long as a
 * wrong password and response time doesn't reveal which accounts exist.
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

const KEY_RE = /^rk_([A-Za-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

/** API keys look like `rk_<10-char prefix>_<43-char secret>`; the prefix is stored in clear for lookup. */
export function generateApiKey(): { key: string; prefix: string; secretHash: string } {
  const prefix = randomBytes(16).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 10).padEnd(10, 'x');
  const secret = randomBytes(32).toString('base64url');
  return { key: `rk_${prefix}_${secret}`, prefix, secretHash: sha256(secret) };
}

export function parseApiKey(key: string): { prefix: string; secret: string } | null {
  const m = KEY_RE.exec(key);
  return m ? { prefix: m[1], secret: m[2] } : null;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(sha256(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
