import type { PackInRegistry, PackVersionDetail, PackVersionInfo, RegistryInfo } from '../core/catalog.js';
import { PaletteError, type PaletteClient } from '../palette/client.js';
import { packsOfRegistry, registryInfo, versionDetail, versionsOf } from './from-palette.js';

/** Fetches from Palette and converts to catalog types. No caching here; catalog.ts decides when to call. */

export interface PackVersions {
  versions: PackVersionInfo[];
  details: PackVersionDetail[];
}

const notFound = (e: unknown): boolean => e instanceof PaletteError && e.status === 404;

export async function fetchRegistries(client: PaletteClient, signal?: AbortSignal): Promise<RegistryInfo[]> {
  return (await client.listRegistries(signal)).map(registryInfo);
}

/** One registry's packs, searched per registry so `type`, layer and latest are the ones of THAT registry. */
export async function fetchRegistryIndex(client: PaletteClient, registryUid: string, signal?: AbortSignal): Promise<PackInRegistry[]> {
  return packsOfRegistry(await client.searchPacks({ registryUid: [registryUid] }, signal), registryUid);
}

/** Names of a registry's packs that have disabled versions (Palette hides those unless asked). */
export async function fetchNamesWithDisabled(client: PaletteClient, registryUid: string, signal?: AbortSignal): Promise<Set<string>> {
  const items = await client.searchPacks({ registryUid: [registryUid], state: ['disabled'] }, signal);
  return new Set(items.map((i) => i.spec.name));
}

/**
 * Every version of a pack in a registry. Palette omits disabled versions by default, so (unless the caller knows
 * there are none) a second request with `states=disabled` finds them; uids only the second answer lists are
 * disabled, whether the server reads `states` as "only" or "also".
 */
export async function fetchPackVersions(
  client: PaletteClient,
  name: string,
  registryUid: string,
  o: { withDisabled?: boolean; signal?: AbortSignal } = {},
): Promise<PackVersions> {
  const [usable, disabled] = await Promise.all([
    client.packVersions(name, registryUid, { signal: o.signal }).catch((e) => (notFound(e) ? undefined : Promise.reject(e))),
    o.withDisabled === false
      ? undefined
      : client.packVersions(name, registryUid, { states: 'disabled', signal: o.signal }).catch((e) => (notFound(e) ? undefined : Promise.reject(e))),
  ]);
  const usableUids = new Set((usable?.tags ?? []).map((t) => t.packUid));
  const disabledUids = new Set((disabled?.tags ?? []).map((t) => t.packUid).filter((uid) => !usableUids.has(uid)));
  const merged = usable ?? disabled;
  if (!merged) return { versions: [], details: [] };
  if (usable && disabled) {
    const extraTags = (disabled.tags ?? []).filter((t) => disabledUids.has(t.packUid));
    const extraValues = (disabled.packValues ?? []).filter((v) => disabledUids.has(v.packUid));
    merged.tags = [...(usable.tags ?? []), ...extraTags];
    merged.packValues = [...(usable.packValues ?? []), ...extraValues];
  } else if (!usable) {
    for (const t of disabled?.tags ?? []) disabledUids.add(t.packUid);
  }
  return versionsOf(merged, registryUid, disabledUids);
}

/** Details of one version by pack uid, for servers whose version list carries no packValues. */
export async function fetchVersionDetail(
  client: PaletteClient,
  registryUid: string,
  version: string,
  packUid: string,
  signal?: AbortSignal,
): Promise<PackVersionDetail | undefined> {
  const entity = await client.packByUid(packUid, signal);
  const values = (entity.packValues ?? []).find((v) => v.packUid === packUid);
  if (!values) return undefined;
  const detail = versionDetail(entity, registryUid, version, values);
  if (detail.readme === undefined) detail.readme = await client.packReadme(packUid, signal).catch(() => undefined);
  return detail;
}
