import type { CatalogSnapshot, PackInRegistry, PackVersionDetail, PackVersionInfo, RegistryInfo } from '../core/catalog.js';
import type { PaletteClient } from '../palette/client.js';
import type { PackRef } from './catalog-loader.js';

/** The catalog's public face: what the language server, the CLI and the Packs view call. */

export interface CatalogStatus {
  source: string;
  ageMs?: number;
  offline: boolean;
  loading: boolean;
  lastError?: string;
}

export interface PackFilter {
  layer?: string;
  cloudType?: string;
  /** Substring of name or display name, case-insensitive. */
  name?: string;
}

export interface Catalog {
  /** Sync, never blocks, never throws. */
  snapshot(): CatalogSnapshot;
  /** Loads what refs need (registries, the packs' entries and versions, version details). Never rejects. */
  ensure(refs: PackRef[]): Promise<void>;
  refresh(): Promise<void>;
  clear(): Promise<void>;
  /** Fires when more data arrived (the server re-validates). Returns an unsubscribe function. */
  onDidChange(listener: () => void): () => void;
  status(): CatalogStatus;
  exportSnapshot(file: string): Promise<void>;
  listRegistries(): Promise<RegistryInfo[]>;
  listPacks(registryUid: string, filter?: PackFilter): Promise<PackInRegistry[]>;
  /** Newest first. */
  listVersions(registryUid: string, name: string): Promise<PackVersionInfo[]>;
  versionDetail(registryUid: string, name: string, version: string): Promise<PackVersionDetail | undefined>;
  /** Stop notifying; close the client when the catalog owns it. */
  dispose(): void;
}

export interface CatalogOptions {
  /** A client, or a factory called on the first load (e.g. resolving a project name first). */
  client?: PaletteClient | (() => Promise<PaletteClient>);
  /** Cache scope (palette/client.ts scopeIdOf); defaults to the client's. Needed with a factory. */
  scopeId?: string;
  /** Display name of the source (host), with a factory. */
  host?: string;
  /** Close the client on dispose() (when the catalog's creator made it for the catalog). */
  ownsClient?: boolean;
  cacheDir?: string;
  snapshotFile?: string;
  offline?: boolean;
  log?: (line: string) => void;
  /** Cached entries younger than this are not revalidated (default 15 min). */
  maxAgeMs?: number;
}
