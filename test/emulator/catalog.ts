import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FixtureFiles } from './fixture-files.js';
import type { PackJsonConstraints, Seed, SeedPackCentral, SeedPreset, SeedRegistry } from './seed-types.js';
import { stableUid } from './stable-uid.js';
import { compareVersions } from './version-order.js';

export interface CatalogRegistry extends SeedRegistry {
  uid: string;
}

export type PackState = 'active' | 'deprecated' | 'disabled';

export interface PackDependencyJson {
  name: string;
  layer?: string;
  minVersion?: string;
  maxVersion?: string;
  type?: string;
}

/** One concrete pack version in one registry of one tenant. Content files are read on demand. */
export interface CatalogVersion {
  uid: string;
  name: string;
  version: string;
  tag: string;
  parentTags: string[];
  registry: CatalogRegistry;
  state: PackState;
  displayName: string;
  layer: string;
  cloudTypes: string[];
  addonType?: string;
  annotations: Record<string, string>;
  valuesFile: string;
  schemaFile?: string;
  presetsFile?: string;
  presets?: SeedPreset[];
  dependencies: PackDependencyJson[];
}

export interface TenantCatalog {
  registries: CatalogRegistry[];
  /** Sorted by name, registry order, version. */
  versions: CatalogVersion[];
  byUid: Map<string, CatalogVersion>;
}

interface PackJson {
  name: string;
  version: string;
  displayName?: string;
  layer?: string;
  addonType?: string;
  cloudTypes?: string[];
  annotations?: Record<string, string>;
  constraints?: PackJsonConstraints;
}

/** Builds one tenant's catalog: same registry and pack names as every tenant, uids of its own. */
export function buildCatalog(seed: Seed, files: FixtureFiles, tenantName: string): TenantCatalog {
  const registries = seed.registries.map((r) => ({ ...r, uid: stableUid('registry', tenantName, r.name) }));
  const registry = (name: string): CatalogRegistry => {
    const r = registries.find((x) => x.name === name);
    if (!r) throw new Error(`emulator seed: unknown registry ${name}`);
    return r;
  };
  const absent = new Set(seed.absentIn[tenantName] ?? []);
  const out: CatalogVersion[] = [];
  const add = (v: Omit<CatalogVersion, 'uid'>): void => {
    if (absent.has(v.name)) return;
    out.push({ ...v, uid: stableUid('pack', tenantName, v.registry.name, v.name, v.version) });
  };
  for (const p of seed.packs) {
    for (const v of p.versions) {
      const minorLine = p.floatingTags ? [v.version.split('.').slice(0, 2).join('.') + '.x'] : [];
      add({
        name: p.name, version: v.version, tag: v.tag ?? v.version, parentTags: v.parentTags ?? minorLine,
        registry: registry(p.registry), state: v.state ?? 'active', displayName: p.displayName, layer: p.layer,
        cloudTypes: p.cloudTypes, addonType: p.addonType, annotations: stateAnnotation(v.state),
        valuesFile: v.values ?? p.values, presets: v.presets ? seed.presets[v.presets]?.presets : undefined, dependencies: [],
      });
    }
  }
  for (const c of seed.packCentral) add(packCentralVersion(files, c, registry(c.registry)));
  out.sort((a, b) => a.name.localeCompare(b.name) || registries.indexOf(a.registry) - registries.indexOf(b.registry) ||
    compareVersions(a.version, b.version));
  return { registries, versions: out, byUid: new Map(out.map((v) => [v.uid, v])) };
}

function stateAnnotation(state: string | undefined): Record<string, string> {
  return state ? { system_state: state } : {};
}

function packCentralVersion(files: FixtureFiles, { dir, addDependencies = [] }: SeedPackCentral, registry: CatalogRegistry): Omit<CatalogVersion, 'uid'> {
  const base = join('pack-central', 'packs', dir);
  const pack = JSON.parse(readFileSync(join(files.root, base, 'pack.json'), 'utf8')) as PackJson;
  // pack-central marks retired packs with annotations.system_state (e.g. argo-cd "deprecated").
  const state = pack.annotations?.system_state === 'deprecated' || pack.annotations?.system_state === 'disabled'
    ? pack.annotations.system_state : 'active';
  const optional = (f: string): string | undefined => (files.has(join(base, f)) ? join(base, f) : undefined);
  return {
    name: pack.name, version: pack.version, tag: pack.version, parentTags: [], registry, state,
    displayName: pack.displayName ?? pack.name, layer: pack.layer ?? 'addon', cloudTypes: pack.cloudTypes ?? ['all'],
    addonType: pack.addonType, annotations: pack.annotations ?? {}, valuesFile: join(base, 'values.yaml'),
    schemaFile: optional('schema.yaml'), presetsFile: optional('presets.yaml'),
    dependencies: [...(pack.constraints?.dependencies ?? []), ...addDependencies].map((d) => ({
      name: d.packName, layer: d.layer, minVersion: d.minVersion, maxVersion: d.maxVersion, type: d.type,
    })),
  };
}

/** All versions of one pack name in one registry. */
export function versionsOf(catalog: TenantCatalog, name: string, registryUid: string): CatalogVersion[] {
  return catalog.versions.filter((v) => v.name === name && v.registry.uid === registryUid);
}
