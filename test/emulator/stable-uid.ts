import { createHash, randomBytes } from 'node:crypto';

/**
 * Palette uids are 24 hex digits (Mongo ObjectIds). Seeded objects get uids derived from their identity so
 * they stay the same across restarts (tests and the demo can hard-code nothing, but logs stay comparable),
 * and differ per tenant exactly like real installations do.
 */
export function stableUid(...parts: string[]): string {
  return createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 24);
}

/** A fresh uid for objects created at run time (profiles, audit records). */
export function newUid(): string {
  return randomBytes(12).toString('hex');
}
