/** Builds profiles around a values text, for the values tests (block literal and JSON string forms). */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TextEdit } from '../../server/src/core/finding.js';

export const sharedFixtures = process.env.PALETTE_SHARED_FIXTURES ?? resolve(__dirname, '..', '..', '..', 'shared', 'fixtures');

export function packCentralValues(dir: string): string {
  return readFileSync(join(sharedFixtures, 'pack-central', 'packs', dir, 'values.yaml'), 'utf8');
}

export interface PackSpec {
  name: string;
  version: string;
  registry: string;
  type: string;
  layer: string;
}

/** An add-on profile (export form) whose single pack carries `values` as a block literal at `indent` spaces. */
export function yamlProfile(pack: PackSpec, values: string, cloudType = 'all'): string {
  const pad = ' '.repeat(10);
  const body = values.split('\n').map((l) => (l === '' ? '' : pad + l)).join('\n');
  return [
    'metadata:', '  name: values-test', 'spec:', '  version: 1.0.0', '  template:', '    type: add-on', `    cloudType: ${cloudType}`,
    '    packs:', `      - name: ${pack.name}`, `        type: ${pack.type}`, `        layer: ${pack.layer}`,
    '        registry:', '          metadata:', `            name: ${pack.registry}`, `        version: ${pack.version}`,
    '        values: |', body,
  ].join('\n');
}

/** The same profile as JSON: values is one escaped string. */
export function jsonProfile(pack: PackSpec, values: string, cloudType = 'all'): string {
  return JSON.stringify({
    metadata: { name: 'values-test' },
    spec: { version: '1.0.0', template: { type: 'add-on', cloudType, packs: [{
      name: pack.name, type: pack.type, layer: pack.layer, registry: { metadata: { name: pack.registry } }, version: pack.version, values,
    }] } },
  }, null, 2);
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1]);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.range[0]) + e.newText + out.slice(e.range[1]);
  return out;
}

/** True when `small`'s lines appear in `big` in order: `big` only added lines. */
export function onlyAddsLines(small: string, big: string): boolean {
  const want = small.split(/\r?\n/);
  let i = 0;
  for (const line of big.split(/\r?\n/)) if (i < want.length && line === want[i]) i++;
  return i === want.length;
}

/** A deterministic generator so a failing seed can be replayed. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
