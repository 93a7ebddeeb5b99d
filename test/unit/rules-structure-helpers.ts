/** Profile text builders and fix application for the structural rule tests (real pack values inside). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyCatalog } from '../../server/src/core/catalog.js';
import type { Finding, TextEdit } from '../../server/src/core/finding.js';
import { fixesFor } from '../../server/src/core/fixes/index.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { validate } from '../../server/src/core/validate.js';

const corpus = join(__dirname, '..', 'fixtures', 'profiles');

/** A corpus profile's text, e.g. `layer-infra-clean.profile.yaml`. */
export function corpusText(file: string): string {
  return readFileSync(join(corpus, file), 'utf8');
}

export interface Pack {
  name?: string;
  type?: string;
  layer?: string;
  tag?: string;
  registry?: string;
  extra?: string[];
}

/** An export-form YAML profile; `head` lines replace the defaults of the profile-level fields. */
export function exportYaml(packs: Pack[], head: { name?: string; version?: string; type?: string; cloudType?: string } = {}): string {
  const h = { name: 'test-profile', version: '1.0.0', type: 'cluster', cloudType: 'aws', ...head };
  const lines = ['metadata:', `  name: ${h.name}`, 'spec:', `  version: ${h.version}`, '  template:', `    type: ${h.type}`, `    cloudType: ${h.cloudType}`, '    packs:'];
  for (const p of packs) {
    const keys: string[] = [];
    if (p.name !== undefined) keys.push(`name: ${p.name}`);
    if (p.type !== undefined) keys.push(`type: ${p.type}`);
    if (p.layer !== undefined) keys.push(`layer: ${p.layer}`);
    if (p.tag !== undefined) keys.push(`tag: ${p.tag}`);
    if (p.registry !== undefined) keys.push('registry:', '  metadata:', `    name: ${p.registry}`);
    keys.push(...(p.extra ?? []));
    keys.forEach((k, i) => lines.push(`${i === 0 ? '      - ' : '        '}${k}`));
  }
  return `${lines.join('\n')}\n`;
}

export const infraPacks: Pack[] = [
  { name: 'ubuntu-aws', type: 'spectro', layer: 'os', tag: '22.04', registry: 'Public Repo' },
  { name: 'kubernetes', type: 'spectro', layer: 'k8s', tag: '1.27.5', registry: 'Public Repo' },
  { name: 'cni-calico', type: 'spectro', layer: 'cni', tag: '3.19.0', registry: 'Public Repo' },
];

export const addonPack: Pack = { name: 'hello-universe', type: 'oci', layer: 'addon', tag: '1.3.1', registry: 'Palette Community Registry' };

export function findings(text: string, code?: string): Finding[] {
  const all = validate(parseProfile(text, 'test.profile.yaml'));
  return code === undefined ? all : all.filter((f) => f.code === code);
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range[0] - a.range[0])) out = out.slice(0, e.range[0]) + e.newText + out.slice(e.range[1]);
  return out;
}

/** Applies the first fix of the first finding of `code` and returns the new text. */
export function fixOnce(text: string, code: string): string {
  const profile = parseProfile(text, 'test.profile.yaml');
  const finding = validate(profile).find((f) => f.code === code);
  if (finding === undefined) throw new Error(`no ${code} finding to fix`);
  const [fix] = fixesFor(profile, finding, emptyCatalog);
  if (fix === undefined) throw new Error(`no fix for ${code}`);
  return applyEdits(text, fix.edits);
}
