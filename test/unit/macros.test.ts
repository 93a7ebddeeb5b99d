import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { scanMacros, hasDefault } from '../../server/src/core/macros.js';
import { profileMacros } from '../../server/src/core/profile-macros.js';
import { resolveDottedPath } from '../../server/src/core/dotted-path.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { profileYaml, realValues } from './rules-profile-builder.js';

describe('macro scanner', () => {
  test('finds every whitespace variant with the exact characters of the name', () => {
    const text = 'a: "{{.spectro.var.x}}"\nb: "{{ .spectro.var.y | default "z" }}"\nc: "{{- .spectro.system.cluster.name -}}"';
    const found = scanMacros(text);
    assert.deepEqual(found.map((m) => [m.kind, text.slice(m.pathStart, m.pathEnd)]), [['var', 'x'], ['var', 'y'], ['system', 'cluster.name']]);
    assert.deepEqual(found.map((m) => text.slice(m.start, m.end)), ['{{.spectro.var.x}}', '{{ .spectro.var.y | default "z" }}', '{{- .spectro.system.cluster.name -}}']);
    assert.equal(hasDefault(found[1]!), true);
    assert.equal(hasDefault(found[0]!), false);
  });

  test('Helm templates and user macros are told apart from Palette system macros', () => {
    const kinds = scanMacros('{{ .Values.image }} {{ .spectro.macro.site }} {{ .spectro.pack.edge-k3s.cluster.config }}').map((m) => [m.kind, m.path]);
    assert.deepEqual(kinds, [['other', ''], ['macro', 'site'], ['pack', 'edge-k3s.cluster.config']]);
  });
});

describe('macros located in a profile', () => {
  test('a macro inside the nested cluster.config string maps to its exact outer characters', () => {
    const values = realValues('edge-k3s-1.25.2').replace('cluster-cidr: "192.168.0.0/16"', "cluster-cidr: '{{ .spectro.var.podCidr }}'");
    const text = profileYaml([{ name: 'edge-k3s', layer: 'k8s', tag: '1.25.x', version: '1.25.2', values }]);
    const [macro] = profileMacros(parseProfile(text));
    assert.ok(macro);
    assert.equal(text.slice(...macro.range), '{{ .spectro.var.podCidr }}');
    assert.equal(text.slice(...macro.pathRange), 'podCidr');
    assert.equal(macro.live, true);
    assert.equal(macro.bareValue, undefined);
  });

  test('a macro in a YAML comment is not live, one in a block-literal string is', () => {
    const values = '# uses {{ .spectro.var.gone }}\nfiles:\n  content: |\n    # {{ .spectro.var.kept }}\n';
    const text = profileYaml([{ name: 'hello', layer: 'addon', tag: '1.0.0', values }], { type: 'add-on' });
    const live = profileMacros(parseProfile(text)).map((m) => [m.ref.path, m.live]);
    assert.deepEqual(live, [['gone', false], ['kept', true]]);
  });

  test('an unquoted whole-value macro is bare and its value ends before a trailing comment', () => {
    const text = profileYaml([{ name: 'hello', layer: 'addon', tag: '1.0.0', values: 'level: {{ .spectro.var.lvl }}  # log level\n' }], { type: 'add-on' });
    const [macro] = profileMacros(parseProfile(text));
    assert.ok(macro?.bareValue);
    assert.equal(text.slice(...macro.bareValue), '{{ .spectro.var.lvl }}');
  });
});

describe('dotted paths', () => {
  test('option keys containing dots resolve by longest key, and missing steps resolve to nothing', () => {
    const doc = parseDocument('options:\n  system.uri: img\n  system: { repo: other }\nlist: [a, b]\n');
    assert.equal((resolveDottedPath(doc.contents, 'options.system.uri')?.node as { value?: string }).value, 'img');
    assert.equal((resolveDottedPath(doc.contents, 'options.system.repo')?.node as { value?: string }).value, 'other');
    assert.equal((resolveDottedPath(doc.contents, 'list.1')?.node as { value?: string }).value, 'b');
    assert.equal(resolveDottedPath(doc.contents, 'options.system.registry'), undefined);
  });
});
