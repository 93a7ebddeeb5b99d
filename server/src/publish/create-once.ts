/**
 * Create-type writes (create, import) that never leave a duplicate: when the answer is lost (timeout, reset,
 * 5xx) the request may still have been carried out, so we look the profile up by name and version before
 * trying again, and a 409 on the second try means the first one landed after all.
 */
import { PaletteError } from '../palette/client.js';
import type { PaletteClient } from '../palette/client.js';
import { awaitProfile, findProfile } from './find-profile.js';

export interface CreateOnceOptions {
  name: string;
  version: string;
  /** How long to keep looking for a create whose answer was lost (default 5 s). */
  settleMs?: number;
  log?: (line: string) => void;
}

export interface Created {
  uid: string;
  /** True when the uid was found by name and version after a lost answer rather than returned by the create. */
  recovered: boolean;
}

/** The answer was lost or the server failed mid-way: the write may or may not have happened. */
export function isAmbiguous(e: unknown): boolean {
  if (!(e instanceof PaletteError)) return false;
  if (e.code === 'Aborted') return false;
  return e.status === undefined || e.status >= 500;
}

const isConflict = (e: unknown): boolean => e instanceof PaletteError && e.status === 409;

/**
 * Runs `write` (a create or an import) at most twice, never both successfully. The signal is not passed to the
 * write itself: cancelling half-way through a create is exactly what leaves things unknown.
 */
export async function createOnce(client: PaletteClient, write: () => Promise<string>, o: CreateOnceOptions): Promise<Created> {
  const log = o.log ?? (() => undefined);
  try {
    return { uid: await write(), recovered: false };
  } catch (first) {
    if (!isAmbiguous(first)) throw first;
    log(`${(first as Error).message}; checking whether ${o.name} ${o.version} was created before trying again`);
    const landed = await awaitProfile(client, o.name, o.version, { settleMs: o.settleMs ?? 5000 });
    if (landed) return { uid: landed, recovered: true };
    try {
      return { uid: await write(), recovered: false };
    } catch (second) {
      const late = isConflict(second) ? await findProfile(client, o.name, o.version) : undefined;
      if (late) return { uid: late, recovered: true };
      throw second;
    }
  }
}
