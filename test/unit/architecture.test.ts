// STYLE.md's dependency direction, enforced by scanning every import of the product code.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';

const root = resolve(__dirname, '../..');

interface Import { file: string; spec: string; target: string; typeOnly: boolean }

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

const importRe = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|require\(['"]([^'"]+)['"]\)/gm;

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  for (const m of text.matchAll(importRe)) {
    const spec = m[3] ?? m[4];
    const target = spec.startsWith('.') ? relative(root, resolve(dirname(file), spec)).replace(/\.js$/, '.ts') : spec;
    found.push({ file: relative(root, file), spec, target, typeOnly: Boolean(m[2]) });
  }
  return found;
}

const isBuiltin = (spec: string): boolean => spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]);
const under = (path: string, dir: string): boolean => path === dir || path.startsWith(dir + '/');

/** Where each layer may import from: repo folders (relative imports) and packages. */
const layers: Array<{ dir: string; folders: string[]; packages: string[]; builtins: boolean }> = [
  // yaml: the client recognises a plain YAML/JSON file as a profile without a round trip to the server.
  { dir: 'client/src', folders: ['client/src', 'server/src/protocol.ts'], packages: ['vscode', 'vscode-languageclient', 'vscode-languageserver-protocol', 'yaml'], builtins: true },
  { dir: 'server/src/core', folders: ['server/src/core', 'server/src/protocol.ts'], packages: ['yaml', 'semver', 'vscode-languageserver-types', 'vscode-languageserver-textdocument'], builtins: false },
  { dir: 'server/src/palette', folders: ['server/src/palette'], packages: ['undici'], builtins: true },
  { dir: 'server/src/catalog', folders: ['server/src/catalog', 'server/src/palette', 'server/src/core'], packages: ['yaml', 'semver'], builtins: true },
  { dir: 'server/src/publish', folders: ['server/src/publish', 'server/src/palette', 'server/src/core'], packages: ['yaml', 'semver'], builtins: true },
  { dir: 'server/src/cli', folders: ['server/src/cli', 'server/src/core', 'server/src/catalog', 'server/src/palette', 'server/src/publish', 'server/src/protocol.ts', 'package.json'], packages: ['yaml', 'tinyglobby', 'picomatch', 'vscode-languageserver-textdocument'], builtins: true },
  { dir: 'server/src/lsp', folders: ['server/src/lsp', 'server/src/core', 'server/src/catalog', 'server/src/palette', 'server/src/publish', 'server/src/protocol.ts'], packages: ['vscode-languageserver', 'vscode-languageserver-textdocument', 'vscode-languageserver-protocol', 'vscode-jsonrpc', 'yaml', 'picomatch'], builtins: true },
];

const all = [...sources(join(root, 'client/src')), ...sources(join(root, 'server/src'))].flatMap(importsOf);

function violations(layer: (typeof layers)[number]): string[] {
  return all
    .filter((i) => under(i.file, layer.dir))
    .filter((i) => {
      if (i.spec.startsWith('.')) return !layer.folders.some((f) => under(i.target, f));
      if (isBuiltin(i.spec)) return !layer.builtins;
      const pkg = i.spec.startsWith('@') ? i.spec.split('/').slice(0, 2).join('/') : i.spec.split('/')[0];
      return !layer.packages.includes(pkg);
    })
    .map((i) => `${i.file} imports ${i.spec}`);
}

describe('dependency direction (STYLE.md)', () => {
  for (const layer of layers) {
    test(`${layer.dir} imports only what its layer may`, () => {
      assert.deepEqual(violations(layer), []);
    });
  }

  test('the core takes only types from protocol.ts, and the client only types from the LSP protocol package', () => {
    const bad = all.filter(
      (i) =>
        !i.typeOnly &&
        ((under(i.file, 'server/src/core') && i.target === 'server/src/protocol.ts') ||
          (under(i.file, 'client/src') && i.spec === 'vscode-languageserver-protocol')),
    );
    assert.deepEqual(bad.map((i) => `${i.file} imports ${i.spec}`), []);
  });

  test('nothing in the product imports test code', () => {
    assert.deepEqual(all.filter((i) => under(i.target, 'test')).map((i) => `${i.file} imports ${i.spec}`), []);
  });

  test('the scan sees the imports it is meant to police', () => {
    assert.ok(all.length > 300, `found ${all.length} imports`);
    assert.ok(all.some((i) => i.file.startsWith('client/src') && i.target === 'server/src/protocol.ts'));
  });
});
