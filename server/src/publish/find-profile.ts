/** Looking a profile version up by name and version: after a lost answer, and for version suggestions. */
import { setTimeout as delay } from 'node:timers/promises';
import type { PaletteClient } from '../palette/client.js';

/** Every version of the name in the client's scope (the dashboard list; each version is its own uid). */
export async function profileVersions(client: PaletteClient, name: string, signal?: AbortSignal): Promise<{ uid: string; version: string }[]> {
  const summaries = await client.listProfiles({ filter: { profileName: { eq: name, ignoreCase: false } } }, signal);
  return summaries.flatMap((s) =>
    s.metadata?.name === name && s.metadata.uid && s.specSummary?.version ? [{ uid: s.metadata.uid, version: s.specSummary.version }] : [],
  );
}

/** The uid of name@version, or undefined. */
export async function findProfile(client: PaletteClient, name: string, version: string, signal?: AbortSignal): Promise<string | undefined> {
  return (await profileVersions(client, name, signal)).find((v) => v.version === version)?.uid;
}

/**
 * Looks for name@version until it shows up or `settleMs` passes: a create whose answer was lost may still be
 * landing on the server, and trying again too early would race it.
 */
export async function awaitProfile(
  client: PaletteClient,
  name: string,
  version: string,
  o: { settleMs: number; pollMs?: number; signal?: AbortSignal },
): Promise<string | undefined> {
  const deadline = Date.now() + o.settleMs;
  for (;;) {
    const uid = await findProfile(client, name, version, o.signal);
    if (uid || Date.now() >= deadline) return uid;
    await delay(Math.min(o.pollMs ?? 250, Math.max(0, deadline - Date.now())), undefined, { signal: o.signal });
  }
}
