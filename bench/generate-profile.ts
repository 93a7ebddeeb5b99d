/**
 * Benchmark documents: export-form profiles of about N lines whose values are real pack defaults from
 * ../shared/fixtures (public-repo infrastructure packs, then pack-central add-ons, biggest first: thanos, consul,
 * kyverno…). Many different packs, so a per-pack cache cannot trivially hit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from './external-tools.js';

interface PackSource {
  name: string;
  version: string;
  type: string;
  layer: string;
  registry: string;
  values: string;
}

const fixtures = process.env.PALETTE_SHARED_FIXTURES || resolve(repoRoot, '../shared/fixtures');

/** The infrastructure layers of an edge profile, as in examples/ and the emulator catalog. */
const infra: Array<[dir: string, name: string, version: string, layer: string]> = [
  ['edge-native-byoi-2.1.0', 'edge-native-byoi', '2.1.0', 'os'],
  ['edge-k3s-1.25.2', 'edge-k3s', '1.25.2', 'k8s'],
  ['cni-calico-3.29.2', 'cni-calico', '3.29.2', 'cni'],
  ['csi-rook-ceph-1.8.0', 'csi-rook-ceph', '1.8.0', 'csi'],
  ['lb-metallb-0.11.0', 'lb-metallb', '0.11.0', 'addon'],
];

function sources(): PackSource[] {
  const out: PackSource[] = infra.map(([dir, name, version, layer]) => ({
    name, version, layer, type: 'spectro', registry: 'Public Repo',
    values: readFileSync(join(fixtures, 'public-repo', dir, 'values.yaml'), 'utf8'),
  }));
  const central = join(fixtures, 'pack-central', 'packs');
  const addons = readdirSync(central).map((dir) => {
    const meta = JSON.parse(readFileSync(join(central, dir, 'pack.json'), 'utf8')) as { name: string; version: string; layer?: string };
    const values = readFileSync(join(central, dir, 'values.yaml'), 'utf8');
    return { name: meta.name, version: meta.version, layer: meta.layer ?? 'addon', type: 'oci', registry: 'Palette Community Registry', values };
  });
  // Biggest first: a 10k profile then holds the 5,700-line thanos pack the issue names.
  addons.sort((a, b) => lines(b.values) - lines(a.values) || a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  return [...out, ...addons];
}

function lines(text: string): number {
  return text.split('\n').length;
}

function packEntry(p: PackSource): string {
  const indent = '          ';
  const body = p.values.replace(/\s+$/, '').split('\n').map((l) => (l.trim() === '' ? '' : indent + l)).join('\n');
  return [
    `      - name: ${p.name}`,
    `        type: ${p.type}`,
    `        layer: ${p.layer}`,
    `        version: "${p.version}"`,
    `        tag: "${p.version}"`,
    '        registry:',
    '          metadata:',
    `            name: ${p.registry}`,
    '        values: |-',
    body,
  ].join('\n');
}

/**
 * A profile of at least `targetLines` lines (or every fixture pack, if fewer). Packs of one name appear once
 * while other names remain; only the 50k document has to repeat names with another version.
 */
export function generateProfile(targetLines: number): { text: string; packs: string[] } {
  const pool = sources();
  const header = ['metadata:', `  name: bench-${targetLines}`, '  description: Benchmark profile from real pack values', 'spec:',
    '  version: 1.0.0', '  template:', '    type: add-on', '    cloudType: all', '    packs:'];
  const chosen: PackSource[] = [];
  let count = header.length;
  const used = new Set<string>();
  for (const repeatNames of [false, true]) {
    for (const p of pool) {
      if (count >= targetLines) break;
      const id = `${p.name}@${p.version}`;
      if (used.has(id) || (!repeatNames && chosen.some((c) => c.name === p.name))) continue;
      // Skip a pack that would overshoot by far; a smaller one later fills the rest.
      if (count > 0 && count + lines(p.values) > targetLines * 1.1 && chosen.length >= infra.length) continue;
      chosen.push(p);
      used.add(id);
      count += lines(p.values) + 9;
    }
  }
  const text = `${header.join('\n')}\n${chosen.map(packEntry).join('\n')}\n`;
  return { text, packs: chosen.map((p) => `${p.name}@${p.version}`) };
}
