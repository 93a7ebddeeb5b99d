import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCatalog } from '../catalog/catalog.js';
import { loadFullCatalog } from '../catalog/full-load.js';
import { defaultCacheDir } from '../catalog/open-catalog.js';
import { writeSnapshotFile } from '../catalog/snapshot-file.js';
import { createPaletteClient, PaletteError, scopeIdOf } from '../palette/client.js';
import { connectionFromEnv, resolveConnection } from '../palette/connection-from-env.js';
import { exitCode, type CliIo } from './cli-io.js';
import type { Subcommand } from './subcommand.js';

const usage = `Usage: palette-profile catalog pull --out FILE [--offline] [--cache-dir DIR]

Writes a catalog snapshot (registries, packs, versions, default values, schemas, presets, dependencies) for
\`palette-profile validate --catalog FILE\` and the editor's palette.catalogSnapshot setting.

  --out FILE        where to write the snapshot (JSON)
  --offline         no network: export what the on-disk cache holds
  --cache-dir DIR   the cache folder (default: PALETTE_CACHE_DIR or the user cache folder)

Credentials: PALETTE_HOST, PALETTE_API_KEY, PALETTE_PROJECT (a project name), or Terraform's SPECTROCLOUD_HOST /
SPECTROCLOUD_APIKEY. The key is never written to the snapshot.
`;

/** `palette-profile catalog pull`: the whole catalog into one snapshot file. */
export async function runCatalogPull(args: string[], io: CliIo): Promise<number> {
  let values: { out?: string; offline?: boolean; 'cache-dir'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { out: { type: 'string' }, offline: { type: 'boolean' }, 'cache-dir': { type: 'string' }, help: { type: 'boolean' } } }));
  } catch (e) {
    io.err(`${(e as Error).message}\n${usage}`);
    return exitCode.usage;
  }
  if (values.help) return (io.out(usage), exitCode.ok);
  if (!values.out) return (io.err(`catalog pull: --out FILE is required\n${usage}`), exitCode.usage);
  const out = resolve(io.cwd, values.out);
  const conn = connectionFromEnv(io.env);
  const cacheDir = values['cache-dir'] ? resolve(io.cwd, values['cache-dir']) : defaultCacheDir(io.env);
  if (values.offline) {
    const catalog = createCatalog({ offline: true, cacheDir, scopeId: conn ? scopeIdOf(conn) : undefined });
    await catalog.ensure([]);
    // Offline: every pack's versions that the cache holds (the cache answers; no request is made).
    await catalog.ensure(catalog.snapshot().packNames().map((name) => ({ name })));
    await catalog.exportSnapshot(out);
    io.out(`catalog pull: wrote ${out} from the offline cache (${catalog.snapshot().registries().length} registries)\n`);
    return exitCode.ok;
  }
  if (!conn) {
    io.err('catalog pull: set PALETTE_HOST and PALETTE_API_KEY (or SPECTROCLOUD_HOST / SPECTROCLOUD_APIKEY), or use --offline\n');
    return exitCode.usage;
  }
  const log = (line: string): void => io.err(`${line}\n`);
  let client;
  try {
    client = createPaletteClient({ ...(await resolveConnection({ ...conn, env: io.env }, createPaletteClient)), env: io.env });
    const data = await loadFullCatalog(client, log);
    const project = conn.projectName ? ` project ${conn.projectName}` : '';
    await writeSnapshotFile(out, data, `${client.host}${project}`);
    const packs = [...data.index.values()].reduce((n, list) => n + list.length, 0);
    io.out(`catalog pull: wrote ${out} (${data.registries?.length ?? 0} registries, ${packs} packs, ${data.details.size} version details)\n`);
    return exitCode.ok;
  } catch (e) {
    if (e instanceof PaletteError) return (io.err(`catalog pull: ${e.message}\n`), exitCode.findings);
    io.err(`catalog pull: ${(e as Error).message}\n`);
    return exitCode.usage;
  } finally {
    await client?.close();
  }
}

export const catalogPullCommand: Subcommand = {
  name: 'catalog pull',
  summary: 'write a catalog snapshot file from Palette (or the offline cache)',
  usage,
  run: runCatalogPull,
};
