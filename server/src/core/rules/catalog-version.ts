/**
 * Which catalog version a pack's `version` / `tag` names. A concrete version must exist; a pattern tag
 * (`1.32.x`) resolves to the newest usable version it matches, as Palette does.
 */
import type { PackInRegistry, PackVersionInfo } from '../catalog.js';
import type { Field, PackEntry } from '../model.js';
import { compareVersions, isConcreteTag, matchesTag, newestMatching } from '../versions.js';

export type VersionLookup =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'unknown'; wanted: string; field: Field }
  | { kind: 'found'; info: PackVersionInfo; version: string; field: Field; pattern: boolean };

const memo = new WeakMap<PackInRegistry, WeakMap<PackEntry, VersionLookup>>();

export function lookupVersion(entry: PackInRegistry, pack: PackEntry): VersionLookup {
  let byPack = memo.get(entry);
  if (!byPack) memo.set(entry, (byPack = new WeakMap()));
  let hit = byPack.get(pack);
  if (!hit) byPack.set(pack, (hit = compute(entry, pack)));
  return hit;
}

function compute(entry: PackInRegistry, pack: PackEntry): VersionLookup {
  const field = pack.version?.value.trim() ? pack.version : pack.tag?.value.trim() ? pack.tag : undefined;
  if (!field) return { kind: 'none' };
  const wanted = field.value.trim();
  if (wanted.includes('{{')) return { kind: 'none' };
  const versions = entry.versions;
  if (!versions) return { kind: 'loading' };
  if (isConcreteTag(wanted)) {
    const info = versions.find((v) => v.version === wanted) ?? versions.find((v) => isConcreteTag(v.version) && matchesTag(wanted, v.version));
    return info ? { kind: 'found', info, version: info.version, field, pattern: false } : { kind: 'unknown', wanted, field };
  }
  const usable = concreteVersions(versions).filter((v) => !v.disabled);
  const newest = newestMatching(wanted, usable.map((v) => v.version)) ??
    usable.filter((v) => v.parentTags?.includes(wanted)).map((v) => v.version).sort(compareVersions).pop();
  const info = newest === undefined ? undefined : usable.find((v) => v.version === newest);
  return info ? { kind: 'found', info, version: info.version, field, pattern: true } : { kind: 'unknown', wanted, field };
}

/** Versions naming one release (floating tag entries left out). */
export function concreteVersions(versions: readonly PackVersionInfo[]): PackVersionInfo[] {
  return versions.filter((v) => isConcreteTag(v.tag) && isConcreteTag(v.version));
}

/** Newest version a user may pick: not disabled, not a pre-release. */
export function latestUsable(versions: readonly PackVersionInfo[]): string | undefined {
  return concreteVersions(versions)
    .filter((v) => !v.disabled && !/-(alpha|beta|rc|pre|dev)/i.test(v.version))
    .map((v) => v.version)
    .sort(compareVersions)
    .pop();
}

/** Newest usable version on the same major.minor line as `version`. */
export function latestPatch(versions: readonly PackVersionInfo[], version: string): string | undefined {
  const line = version.replace(/^v/, '').split('.').slice(0, 2).join('.');
  return latestUsable(versions.filter((v) => v.version.replace(/^v/, '').split('.').slice(0, 2).join('.') === line));
}
