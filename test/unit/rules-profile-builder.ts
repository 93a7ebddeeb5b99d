/** Builds profile YAML text from real pack values, and runs rules/fixes on it, for the rule tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { validate } from '../../server/src/core/validate.js';
import { fixesFor } from '../../server/src/core/fixes/index.js';
import { emptyCatalog } from '../../server/src/core/catalog.js';
import type { Finding, Fix, TextEdit } from '../../server/src/core/finding.js';

/** A real values file from shared/fixtures/public-repo, e.g. `edge-k3s-1.25.2`. */
export function realValues(dir: string): string {
  return readFileSync(join(__dirname, '../../../shared/fixtures/public-repo', dir, 'values.yaml'), 'utf8');
}

export interface PackSpec {
  name: string;
  layer: string;
  tag: string;
  version?: string;
  values?: string;
}

function packYaml(p: PackSpec): string {
  const lines = [`    - name: ${p.name}`, '      type: spectro', `      layer: ${p.layer}`, `      tag: ${p.tag}`];
  if (p.version) lines.push(`      version: ${p.version}`);
  lines.push('      registry:', '        metadata:', '          name: Public Repo');
  if (p.values !== undefined) {
    lines.push('      values: |');
    for (const line of p.values.replace(/\n+$/, '').split('\n')) lines.push(line === '' ? '' : `        ${line}`);
  }
  return lines.join('\n');
}

/** An export-form YAML profile with the given packs and (optionally) a variables block. */
export function profileYaml(packs: PackSpec[], opts: { type?: string; cloudType?: string; variables?: string[] } = {}): string {
  const head = [
    'metadata:',
    '  name: edge-profile',
    'spec:',
    '  version: 1.0.0',
    '  template:',
    `    type: ${opts.type ?? 'infra'}`,
    `    cloudType: ${opts.cloudType ?? 'edge-native'}`,
    '    packs:',
  ].join('\n');
  const vars = opts.variables?.length ? `\n  variables:\n${opts.variables.map((v) => `    - name: ${v}\n      format: string`).join('\n')}` : '';
  return `${head}\n${packs.map(packYaml).join('\n')}${vars}\n`;
}

export function findings(text: string, code?: string): Finding[] {
  const all = validate(parseProfile(text, 'file:///t.profile.yaml'), emptyCatalog);
  return code ? all.filter((f) => f.code === code) : all;
}

/** The outer characters a finding points at. */
export function at(text: string, f: Finding): string {
  return text.slice(f.range[0], f.range[1]);
}

export function fixes(text: string, finding: Finding): Fix[] {
  return fixesFor(parseProfile(text, 'file:///t.profile.yaml'), finding, emptyCatalog);
}

/** Applies non-overlapping edits (any order). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  return [...edits].sort((a, b) => b.range[0] - a.range[0]).reduce((t, e) => t.slice(0, e.range[0]) + e.newText + t.slice(e.range[1]), text);
}
