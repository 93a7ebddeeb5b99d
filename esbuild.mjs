// Bundles the extension (CommonJS, VS Code loads it with require) and the server + CLI (ESM with code
// splitting: yaml, undici, semver… live once in a shared chunk instead of twice). Everything is minified so
// dist/ stays small (issue 8: all of dist/ ≤ 2 MB); the extension keeps its names so stack traces stay readable
// (the server and CLI do not, see serverAndCli), and the source maps go to out/sourcemaps/, outside dist/ and
// the .vsix. `--production` writes no maps; `--watch`
// rebuilds on change; `--no-minify` leaves the code readable (for profiling: minified names hide the callers).
import * as esbuild from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const minify = !process.argv.includes('--no-minify');
const mapsDir = 'out/sourcemaps';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify,
  keepNames: true,
  sourcemap: production ? false : 'external',
  // Map sources are written relative to dist/; the maps live in out/sourcemaps/.
  sourceRoot: '../../dist/',
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
  write: false,
};

const extension = {
  ...common,
  entryPoints: ['client/src/extension.ts'],
  outfile: 'dist/extension.js',
  external: ['vscode'],
  format: 'cjs',
  // Some dependencies ship ESM that calls createRequire(import.meta.url); in a CommonJS bundle import.meta is
  // empty, so give it the bundle's own URL.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('url').pathToFileURL(__filename).href;" },
};

const serverAndCli = {
  ...common,
  // No keepNames here: it puts a name-setting static block in every bundled class, and the `yaml` library's
  // node classes (Scalar, Pair, YAMLMap…) then construct 1.5× (Node 24) to 3.5× (Node 20) slower; a values parse
  // creates tens of thousands of them per keystroke. Stack traces map back through out/sourcemaps/.
  keepNames: false,
  entryPoints: { server: 'server/src/main.ts', cli: 'server/src/cli/main.ts' },
  outdir: 'dist',
  format: 'esm',
  splitting: true,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'shared-[hash]',
  // Bundled CommonJS dependencies (vscode-languageserver, undici) call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

// dist/server.js and dist/cli.js keep their names for everything that starts them (tests, bin/, the clone
// command); they only load the ESM entry points. A failed load must still end the process with an error.
const launcher = (entry) =>
  `'use strict';\n// Loads the ESM bundle (esbuild.mjs); this name stays for the tools that start it.\n` +
  `import('./${entry}').catch((e) => { console.error(e); process.exit(1); });\n`;

/** Writes the bundles, moves source maps out of dist/ and removes files of earlier builds (old chunks, maps). */
function write(result) {
  mkdirSync('dist', { recursive: true });
  mkdirSync(mapsDir, { recursive: true });
  for (const file of result.outputFiles ?? []) {
    const name = basename(file.path);
    if (name.endsWith('.map')) {
      writeFileSync(join(mapsDir, name), file.contents);
    } else {
      const text = production ? file.text : `${file.text}//# sourceMappingURL=../${mapsDir}/${name}.map\n`;
      writeFileSync(file.path, text);
    }
  }
}

function removeStale(keep) {
  for (const name of readdirSync('dist')) {
    const built = /\.(m?js|map)$/.test(name);
    if (built && !keep.has(name)) rmSync(join('dist', name), { force: true });
  }
}

function outputsOf(result) {
  return Object.keys(result.metafile?.outputs ?? {}).map((p) => basename(p)).filter((n) => !n.endsWith('.map'));
}

async function buildAll() {
  const results = await Promise.all([esbuild.build(extension), esbuild.build(serverAndCli)]);
  results.forEach(write);
  writeFileSync('dist/server.js', launcher('server.mjs'));
  writeFileSync('dist/cli.js', launcher('cli.mjs'));
  removeStale(new Set(['server.js', 'cli.js', ...results.flatMap(outputsOf)]));
}

if (watch) {
  const rebuildPlugin = { name: 'write-outputs', setup(b) { b.onEnd((r) => { if (r.errors.length === 0) write(r); }); } };
  const contexts = await Promise.all([extension, serverAndCli].map((o) => esbuild.context({ ...o, plugins: [rebuildPlugin] })));
  writeFileSync('dist/server.js', launcher('server.mjs'));
  writeFileSync('dist/cli.js', launcher('cli.mjs'));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await buildAll();
}
