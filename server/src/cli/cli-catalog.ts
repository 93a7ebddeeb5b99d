/**
 * The catalog the CLI validates against: a snapshot file (--catalog), the on-disk cache only (--offline), or
 * Palette itself when the environment holds credentials. None of these: no catalog, and catalog rules stay quiet.
 */
import { openCatalog } from '../catalog/open-catalog.js';
import type { CatalogSnapshot } from '../core/catalog.js';
import type { ProfileDocument } from '../core/model.js';
import { packRefs } from '../core/pack-refs.js';
import { UsageError } from './cli-io.js';
import type { CliIo } from './cli-io.js';

export interface CatalogOptions {
  /** Absolute path of a snapshot file. */
  snapshotFile?: string;
  offline: boolean;
  /** Log catalog requests to stderr. */
  verbose: boolean;
}

export async function loadCatalog(options: CatalogOptions, profiles: ProfileDocument[], io: CliIo): Promise<CatalogSnapshot | undefined> {
  const log = options.verbose ? (line: string) => io.err(`${line}\n`) : undefined;
  const catalog = openCatalog({ env: io.env, snapshotFile: options.snapshotFile, offline: options.offline, log });
  if (!catalog) return undefined;
  try {
    await catalog.ensure(profiles.flatMap(packRefs));
    const { lastError } = catalog.status();
    if (options.snapshotFile && lastError) throw new UsageError(`cannot read catalog snapshot: ${lastError}`);
    if (lastError) io.err(`warning: catalog incomplete (${lastError}); findings that need it may be missing\n`);
    return catalog.snapshot();
  } finally {
    catalog.dispose();
  }
}
