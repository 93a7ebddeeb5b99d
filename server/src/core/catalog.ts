/**
 * The catalog as the core sees it: a synchronous, read-only snapshot of registry data. The catalog module
 * (server/src/catalog) loads it from Palette, a cache or a snapshot file BEFORE the core runs; the core never
 * waits on I/O. `undefined` from a lookup means "not loaded (yet)", which rules must tell apart from "absent".
 */

export type PackType = 'spectro' | 'helm' | 'manifest' | 'oci';
export type PackLayer = 'kernel' | 'os' | 'k8s' | 'cni' | 'csi' | 'addon';

export interface RegistryInfo {
  uid: string;
  name: string;
  /** pack | oci | helm (from /v1/registries/metadata `kind`). */
  kind: string;
  scope?: string;
  isPrivate?: boolean;
}

export interface PackVersionInfo {
  /** The tag as Palette lists it (may be a pattern such as `1.32.x`). */
  tag: string;
  /** Concrete version; equals tag when the tag is concrete. */
  version: string;
  packUid: string;
  /** Floating tags (e.g. `1.32.x`) this version belongs to. */
  parentTags?: string[];
  disabled?: boolean;
  deprecated?: boolean;
}

/** One pack name in one registry. */
export interface PackInRegistry {
  name: string;
  registryUid: string;
  displayName?: string;
  layer?: PackLayer | string;
  type?: PackType | string;
  cloudTypes?: string[];
  addonType?: string;
  latestVersion?: string;
  /** All versions in this registry, or undefined when not loaded yet. */
  versions?: PackVersionInfo[];
}

export interface PackSchemaEntry {
  /** Dotted key path into values (arrays as `$[]`). */
  name: string;
  type?: string;
  format?: string;
  required?: boolean;
  readonly?: boolean;
  regex?: string;
  listOptions?: string[];
  hints?: string[];
}

export interface PackDependency {
  packName: string;
  layer?: string;
  minVersion?: string;
  maxVersion?: string;
  type: 'required' | 'optional' | 'notSupported' | string;
}

export interface PackPreset {
  name: string;
  displayName?: string;
  group?: string;
  add?: string;
  remove?: string[];
}

/** Details of one concrete pack version (lazily loaded). */
export interface PackVersionDetail {
  packUid: string;
  name: string;
  version: string;
  registryUid: string;
  /** The pack's default values.yaml text. */
  values: string;
  schema: PackSchemaEntry[];
  presets: PackPreset[];
  dependencies: PackDependency[];
  cloudTypes?: string[];
  readme?: string;
}

export interface CatalogSnapshot {
  /** none: no catalog configured; partial: some data still loading; complete: everything asked for is here. */
  readonly state: 'none' | 'partial' | 'complete';
  /** Human-readable origin, e.g. "tenant acme (cached 3 min ago)" or "snapshot catalog.json". */
  readonly source: string;
  registries(): RegistryInfo[];
  registryByName(name: string): RegistryInfo | undefined;
  registryByUid(uid: string): RegistryInfo | undefined;
  /** Every registry entry of a pack name; [] when the catalog is complete and the pack is absent; undefined when unknown yet. */
  packByName(name: string): PackInRegistry[] | undefined;
  /** All pack names known (for did-you-mean and completion). */
  packNames(): string[];
  /** Details of a version, or undefined when not loaded. */
  versionDetail(registryUid: string, name: string, version: string): PackVersionDetail | undefined;
}

/** A snapshot with no data: what the core sees when no catalog is configured. */
export const emptyCatalog: CatalogSnapshot = {
  state: 'none',
  source: 'no catalog',
  registries: () => [],
  registryByName: () => undefined,
  registryByUid: () => undefined,
  packByName: () => undefined,
  packNames: () => [],
  versionDetail: () => undefined,
};

/** What a profile asks of the catalog: one entry per pack. */
export interface PackRef {
  name: string;
  registryName?: string;
  registryUid?: string;
  version?: string;
  tag?: string;
}
