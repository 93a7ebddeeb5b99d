/** Shape of test/fixtures/catalog/seed.json (see the README beside it). */

export interface SeedRegistry {
  name: string;
  kind: string;
  /** The type every pack of this registry has (Palette rejects others, see profile-checks.ts). */
  packType: string;
  scope: string;
  isDefault: boolean;
  isPrivate: boolean;
  providerType?: string;
}

export interface SeedPreset {
  name: string;
  displayName: string;
  group: string;
  add: string;
  remove: string[];
}

export interface SeedVersion {
  version: string;
  state?: 'deprecated' | 'disabled';
  /** What is invented about this version; absent means every fact is real. */
  synthetic?: string;
  values?: string;
  tag?: string;
  parentTags?: string[];
  /** Key into seed.presets. */
  presets?: string;
}

export interface SeedPack {
  name: string;
  registry: string;
  displayName: string;
  layer: string;
  addonType?: string;
  cloudTypes: string[];
  /** Default values file for versions that name none. */
  values: string;
  /** Give every version the parent tag `<major>.<minor>.x` (Palette's floating tags). */
  floatingTags?: boolean;
  versions: SeedVersion[];
}

/** A pack-central directory: identity from its pack.json, files beside it. */
export interface SeedPackCentral {
  dir: string;
  registry: string;
  synthetic?: string;
  /** Invented constraints added to pack.json's own (pack.json shape); `synthetic` says why. */
  addDependencies?: NonNullable<PackJsonConstraints['dependencies']>;
}

/** pack.json `constraints` (pack-central validator/pack-schema.json). */
export interface PackJsonConstraints {
  dependencies?: { packName: string; layer?: string; minVersion?: string; maxVersion?: string; type?: string }[];
}

export interface Seed {
  registries: SeedRegistry[];
  presets: Record<string, { synthetic: string; presets: SeedPreset[] }>;
  packs: SeedPack[];
  packCentral: SeedPackCentral[];
  /** Tenant name → pack names that tenant's catalog lacks. */
  absentIn: Record<string, string[]>;
}
