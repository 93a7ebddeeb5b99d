import type { CatalogSnapshot, PackInRegistry, PackVersionDetail, PackVersionInfo, RegistryInfo } from '../core/catalog.js';

export const versionsKey = (registryUid: string, name: string): string => `${registryUid}\u0000${name}`;
export const detailKey = (registryUid: string, name: string, version: string): string => `${registryUid}\u0000${name}\u0000${version}`;

/**
 * What the catalog holds, as loaded so far. Every part is optional because loading is lazy: registries, the
 * pack index of each registry, versions per (registry, pack) and details per version.
 */
export class CatalogData {
  registries?: RegistryInfo[];
  /** registryUid → the registry's packs (without versions). */
  readonly index = new Map<string, PackInRegistry[]>();
  /** versionsKey → all versions of that pack in that registry. */
  readonly versions = new Map<string, PackVersionInfo[]>();
  /** detailKey → details of one concrete version. */
  readonly details = new Map<string, PackVersionDetail>();

  /** True once every registry's pack index is here: only then is an absent pack known to be absent. */
  indexComplete(): boolean {
    return !!this.registries && this.registries.every((r) => this.index.has(r.uid));
  }

  isEmpty(): boolean {
    return !this.registries && this.index.size === 0 && this.versions.size === 0;
  }

  clear(): void {
    this.registries = undefined;
    this.index.clear();
    this.versions.clear();
    this.details.clear();
  }

  replaceWith(other: CatalogData): void {
    this.clear();
    this.registries = other.registries;
    for (const [k, v] of other.index) this.index.set(k, v);
    for (const [k, v] of other.versions) this.versions.set(k, v);
    for (const [k, v] of other.details) this.details.set(k, v);
  }

  addDetails(details: PackVersionDetail[]): void {
    for (const d of details) this.details.set(detailKey(d.registryUid, d.name, d.version), d);
  }
}

/**
 * An immutable view for the core: plain maps built once per change so every keystroke is a lookup, never a scan.
 * Later loads never mutate a snapshot already handed out.
 */
export function buildSnapshot(data: CatalogData, state: CatalogSnapshot['state'], source: string): CatalogSnapshot {
  const registries = [...(data.registries ?? [])];
  const byUid = new Map(registries.map((r) => [r.uid, r]));
  const byName = new Map(registries.map((r) => [r.name, r]));
  const byFoldedName = new Map(registries.map((r) => [r.name.toLowerCase(), r]));
  const packs = new Map<string, PackInRegistry[]>();
  for (const [registryUid, list] of data.index) {
    for (const p of list) {
      const entry: PackInRegistry = { ...p, versions: data.versions.get(versionsKey(registryUid, p.name)) ?? p.versions };
      packs.set(p.name, [...(packs.get(p.name) ?? []), entry]);
    }
  }
  // Versions loaded for a pack whose registry index is not (offline cache holding versions only). An empty
  // answer (Palette's 404 for a name the registry lacks) is no pack: listing it would make an absent pack look
  // present, and while the index is incomplete the pack stays unknown rather than absent.
  for (const [key, versions] of data.versions) {
    if (versions.length === 0) continue;
    const [registryUid, name] = key.split('\u0000');
    const list = packs.get(name) ?? [];
    if (!list.some((p) => p.registryUid === registryUid)) packs.set(name, [...list, { name, registryUid, versions }]);
  }
  const complete = data.indexComplete();
  const details = new Map(data.details);
  const names = [...packs.keys()].sort();
  return {
    state,
    source,
    registries: () => registries,
    registryByName: (name) => byName.get(name) ?? byFoldedName.get(name.toLowerCase()),
    registryByUid: (uid) => byUid.get(uid),
    packByName: (name) => packs.get(name) ?? (complete ? [] : undefined),
    packNames: () => names,
    versionDetail: (registryUid, name, version) => details.get(detailKey(registryUid, name, version)),
  };
}
