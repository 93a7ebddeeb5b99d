/**
 * Size of dist/ as `npm run build` leaves it: every file (what .vscodeignore packs is dist/*.js and *.mjs; the
 * source maps go to out/sourcemaps/, outside dist/). The build is minified with a shared server/CLI chunk
 * (esbuild.mjs), so this is also what the .vsix ships.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './external-tools.js';

export interface BundleSizes {
  /** Every file in dist/. */
  distAllKiB: number;
  /** dist/*.js + *.mjs: what the .vsix ships. */
  distJsKiB: number;
  distFiles: Record<string, number>;
}

export function measureBundles(): BundleSizes {
  const dist = join(repoRoot, 'dist');
  const files: Record<string, number> = {};
  let all = 0;
  let js = 0;
  for (const entry of readdirSync(dist, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const kib = statSync(join(dist, entry.name)).size / 1024;
    files[entry.name] = Math.round(kib);
    all += kib;
    if (/\.m?js$/.test(entry.name)) js += kib;
  }
  return { distAllKiB: Math.round(all), distJsKiB: Math.round(js), distFiles: files };
}
