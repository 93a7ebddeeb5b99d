/**
 * Size of dist/ as `npm run build` leaves it (what .vscodeignore packs: dist/*.js, no maps), and of the same
 * three entry points built minified (esbuild.mjs --production settings) into .bench/, so the repo's dist/ that
 * other tasks test against is never replaced.
 */
import { build } from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './external-tools.js';

export interface BundleSizes {
  /** Every file in dist/ (bundles and source maps). */
  distAllKiB: number;
  /** dist/*.js only: what the .vsix ships. */
  distJsKiB: number;
  /** The three bundles minified, without maps. */
  productionKiB: number;
  productionFiles: Record<string, number>;
}

function sizeKiB(dir: string, filter: (name: string) => boolean): { total: number; files: Record<string, number> } {
  const files: Record<string, number> = {};
  let total = 0;
  for (const name of readdirSync(dir)) {
    if (!filter(name)) continue;
    const kib = statSync(join(dir, name)).size / 1024;
    files[name] = Math.round(kib);
    total += kib;
  }
  return { total: Math.round(total), files };
}

export async function measureBundles(outDir: string): Promise<BundleSizes> {
  const dist = join(repoRoot, 'dist');
  const entries = [
    { entryPoints: [join(repoRoot, 'client/src/extension.ts')], outfile: join(outDir, 'extension.js'), external: ['vscode'] },
    { entryPoints: [join(repoRoot, 'server/src/main.ts')], outfile: join(outDir, 'server.js') },
    { entryPoints: [join(repoRoot, 'server/src/cli/main.ts')], outfile: join(outDir, 'cli.js') },
  ];
  await Promise.all(entries.map((e) => build({ bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true,
    legalComments: 'none', logLevel: 'warning', absWorkingDir: repoRoot, ...e })));
  const prod = sizeKiB(outDir, (n) => n.endsWith('.js'));
  return {
    distAllKiB: sizeKiB(dist, () => true).total,
    distJsKiB: sizeKiB(dist, (n) => n.endsWith('.js')).total,
    productionKiB: prod.total,
    productionFiles: prod.files,
  };
}
