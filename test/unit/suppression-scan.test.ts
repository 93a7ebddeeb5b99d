import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EmbeddedYaml, ProfileDocument } from '../../server/src/core/model.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { findSuppressions, scanLines, type SuppressionDirective } from '../../server/src/core/suppression.js';
import { seeded } from './fixture-values.js';

const root = resolve(__dirname, '../..');
const corpus = [join(root, 'examples'), join(root, 'test/fixtures/profiles'), join(root, 'test/fixtures/profiles-catalog')]
  .flatMap((dir) => readdirSync(dir).filter((f) => /\.profile\.(ya?ml|json)$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8')));

/** The definition: the outer text's directives, then those of every values level's decoded text; the first found at an offset wins. */
function reference(profile: ProfileDocument): SuppressionDirective[] {
  const seen = new Map<number, SuppressionDirective>();
  const add = (d: SuppressionDirective) => void (seen.has(d.range[0]) || seen.set(d.range[0], d));
  scanLines(profile.text, (i) => i).forEach(add);
  const visit = (e: EmbeddedYaml) => {
    scanLines(e.text, (i) => e.toOuter(i)).forEach(add);
    e.nested.forEach(visit);
  };
  for (const pack of profile.packs) if (pack.values) visit(pack.values);
  return [...seen.values()];
}

test('directives are found as scanning the outer text and every values level would find them, in YAML and JSON profiles', () => {
  const rand = seeded(5);
  const directive = ['# palette-profile-disable-next-line', '# palette-profile-disable-next-line values-unknown-key', '#palette-profile-disable-next-line a, b -- why'];
  let directives = 0;
  for (let i = 0; i < 600; i++) {
    const original = corpus[Math.floor(rand() * corpus.length)];
    let text = original;
    if (original.trimStart().startsWith('{')) {
      // JSON: directives inside a values string (decoded lines that are no lines of the outer text).
      text = text.replace(/("values"\s*:\s*")((?:[^"\\]|\\.)*)"/g, (_m, head: string, body: string) => {
        const parts = body.split('\\n');
        parts.splice(Math.floor(rand() * (parts.length + 1)), 0, directive[Math.floor(rand() * directive.length)]);
        return `${head}${parts.join('\\n')}"`;
      });
    } else {
      const lines = text.split('\n');
      for (let k = 1 + Math.floor(rand() * 5); k > 0; k--) {
        const n = Math.floor(rand() * lines.length);
        const indent = /^ */.exec(lines[n])![0];
        lines.splice(n, 0, indent + directive[Math.floor(rand() * directive.length)]);
      }
      text = lines.join('\n');
    }
    const profile = parseProfile(text, 'file:///p.yaml');
    const want = reference(profile);
    assert.deepEqual(findSuppressions(profile), want, `document ${i}`);
    directives += want.length;
  }
  assert.ok(directives > 800, `only ${directives} directives compared`);
});

test('a directive in a quoted cluster.config string inside values is found (its lines are no lines of the values text)', () => {
  const text = [
    'metadata:', '  name: p', 'spec:', '  version: 1.0.0', '  template:', '    type: cluster', '    cloudType: edge-native', '    packs:',
    '      - name: edge-k3s', '        type: spectro', '        layer: k8s', '        tag: 1.25.2', '        values: |-',
    '          cluster:', '            config: "a: 1\\n# palette-profile-disable-next-line\\nb: 2"', '',
  ].join('\n');
  const profile = parseProfile(text, 'file:///p.yaml');
  const found = findSuppressions(profile);
  assert.deepEqual(found, reference(profile));
  assert.equal(found.length, 1);
  assert.ok(text.startsWith('# palette-profile-disable-next-line', found[0].range[0]), text.slice(found[0].range[0], found[0].range[0] + 40));
});
