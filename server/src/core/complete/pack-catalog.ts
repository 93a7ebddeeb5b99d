/**
 * A profile pack as the catalog knows it: which registry entry, which concrete version, its latest version
 * and (when loaded) that version's defaults. Shared by completion, hover, inlay hints and code lens so they
 * agree on "the pack's defaults".
 */
import type { CatalogSnapshot, PackInRegistry, PackVersionDetail, PackVersionInfo, RegistryInfo } from '../catalog.js';
import { packName } from '../pack-refs.js';
import { compareVersions, isConcreteTag, newestMatching } from '../versions.js';

export interface PackFacts {
  name?: string;
  registryName?: string;
  registryUid?: string;
  tag?: string;
  version?: string;
}

export interface ResolvedPack {
  /** The pack name without an `alias--` prefix. */
  name: string;
  /** Registry entries the profile allows (all of them when it names no registry). */
  entries: PackInRegistry[];
  entry?: PackInRegistry;
  registry?: RegistryInfo;
  /** The concrete version in use, when knowable. */
  version?: string;
  latest?: string;
  detail?: PackVersionDetail;
}

/** The registry a pack names by uid or by name. */
export function namedRegistry(facts: PackFacts, catalog: CatalogSnapshot): RegistryInfo | undefined {
  if (facts.registryUid) return catalog.registryByUid(facts.registryUid);
  return facts.registryName ? catalog.registryByName(facts.registryName) : undefined;
}

/** Versions a user may pick: disabled ones hidden. */
export function usableVersions(entry: PackInRegistry | undefined): PackVersionInfo[] {
  return (entry?.versions ?? []).filter((v) => !v.disabled);
}

/** The newest usable concrete version of an entry (Palette's latestVersion when versions are not loaded). */
export function latestOf(entry: PackInRegistry | undefined): string | undefined {
  const concrete = usableVersions(entry).filter((v) => isConcreteTag(v.tag)).map((v) => v.version);
  if (concrete.length === 0) return entry?.latestVersion;
  return concrete.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));
}

/** Resolves a pack against the catalog; undefined when the catalog does not know the name. */
export function resolvePack(facts: PackFacts, catalog: CatalogSnapshot): ResolvedPack | undefined {
  const name = packName(facts.name);
  if (!name) return undefined;
  const all = catalog.packByName(name) ?? [];
  if (all.length === 0) return undefined;
  const registry = namedRegistry(facts, catalog);
  const entries = registry ? all.filter((e) => e.registryUid === registry.uid) : all;
  const wanted = facts.version || facts.tag;
  const pick = (e: PackInRegistry) => concreteVersion(wanted, e);
  const entry = entries.length === 1 ? entries[0] : (entries.find((e) => pick(e) !== undefined && e.versions?.some((v) => v.version === pick(e))) ?? entries[0]);
  const version = entry ? pick(entry) : undefined;
  return {
    name,
    entries,
    entry,
    registry: registry ?? (entry ? catalog.registryByUid(entry.registryUid) : undefined),
    version,
    latest: latestOf(entry),
    detail: entry && version ? catalog.versionDetail(entry.registryUid, name, version) : undefined,
  };
}

function concreteVersion(wanted: string | undefined, entry: PackInRegistry): string | undefined {
  if (!wanted) return undefined;
  if (isConcreteTag(wanted)) return wanted;
  return newestMatching(wanted, usableVersions(entry).filter((v) => isConcreteTag(v.tag)).map((v) => v.version));
}
