import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { packRefs } from '../../server/src/core/pack-refs.js';

const shared = join(__dirname, '../../../shared/fixtures');
const slice = (text: string, r: readonly [number, number] | undefined): string | undefined => (r ? text.slice(r[0], r[1]) : undefined);

describe('parseProfile reads both file forms', () => {
  test('the real JSON export keeps names, versions, tags and registry names with their ranges', () => {
    const text = readFileSync(join(shared, 'profiles/tutorials-edge-tf-docs-ubuntu-k3s.profile.json'), 'utf8');
    const p = parseProfile(text, 'file:///x.profile.json');
    assert.equal(p.format, 'json');
    assert.equal(p.form, 'export');
    assert.equal(p.isProfile, true);
    assert.deepEqual(p.syntaxErrors, []);
    assert.equal(p.metadata.name?.value, 'docs-ubuntu-k3s');
    assert.equal(p.template.type?.value, 'cluster');
    assert.equal(p.template.cloudType?.value, 'edge-native');
    assert.deepEqual(p.packs.map((k) => `${k.name?.value}@${k.tag?.value}/${k.version?.value}:${k.layer?.value}`), [
      'edge-native-byoi@1.0.0/1.0.0:os', 'edge-k3s@1.25.x/1.25.2:k8s', 'cni-calico@3.25.x/3.25.1:cni', 'hello-universe@undefined/1.0.0:addon',
    ]);
    assert.equal(p.packs[0].registryName?.value, 'Public Repo');
    assert.equal(slice(text, p.packs[1].tag?.range), '"1.25.x"');
    for (const pack of p.packs) assert.deepEqual(pack.values?.errors ?? [], [], `${pack.name?.value} values parse`);
    const k3s = p.packs[1].values?.nested.get('cluster.config');
    assert.ok(k3s, 'edge-k3s cluster.config is parsed one level deeper');
    const cidr = k3s.text.indexOf('192.168.0.0/16');
    assert.equal(text.slice(k3s.toOuter(cidr), k3s.toOuter(cidr) + 14), '192.168.0.0/16');
  });

  test('the create form names registries by registryUid and packs by uid', () => {
    const text = 'metadata:\n  name: c\nspec:\n  version: 1.0.0\n  template:\n    type: add-on\n    cloudType: all\n    packs:\n      - name: hello-universe\n        uid: 64eaff5630402973c4e1856b\n        registryUid: 64eaff5630402973c4e1856a\n        tag: 1.3.0\n        values: "a: 1"\n';
    const p = parseProfile(text);
    assert.equal(p.form, 'create');
    assert.equal(p.packs[0].uid?.value, '64eaff5630402973c4e1856b');
    assert.equal(p.packs[0].registryUid?.value, '64eaff5630402973c4e1856a');
    assert.deepEqual(packRefs(p), [{ name: 'hello-universe', registryName: undefined, registryUid: '64eaff5630402973c4e1856a', version: undefined, tag: '1.3.0' }]);
  });

  test('plain scalars keep the text the user wrote: version 1.10 is not the number 1.1', () => {
    const p = parseProfile('spec:\n  version: 1.10\n  template:\n    packs:\n      - name: a--kubernetes\n        tag: 1.30\n');
    assert.equal(p.version?.value, '1.10');
    assert.equal(p.packs[0].tag?.value, '1.30');
    assert.equal(packRefs(p)[0].name, 'kubernetes', 'alias--name resolves to the pack name');
  });

  test('variables are read with their names, formats and sensitivity', () => {
    const p = parseProfile('spec:\n  template:\n    packs: []\n  variables:\n    - name: podCidr\n      format: ipv4cidr\n    - name: token\n      isSensitive: true\n');
    assert.deepEqual(p.variables.map((v) => [v.name?.value, v.format?.value, v.isSensitive]), [['podCidr', 'ipv4cidr', undefined], ['token', undefined, true]]);
  });
});

describe('values with Palette macros and Helm templates are not YAML errors', () => {
  test('unquoted macros, Helm control lines and piped defaults parse and keep their text', () => {
    const values = 'a: {{ .spectro.var.x }}\n{{- if .Values.y }}\nb: "{{ .spectro.pack.k.v }}"\n{{- end }}\nlist:\n  - {{ .spectro.system.cluster.name }}\nc: {{ .Values.z | default "q" }}-x # note\n';
    const text = `spec:\n  template:\n    packs:\n      - name: p\n        values: |\n${values.split('\n').map((l) => (l ? '          ' + l : l)).join('\n')}`;
    const v = parseProfile(text).packs[0].values;
    assert.ok(v);
    assert.deepEqual(v.errors, []);
    assert.equal(v.text, values);
    assert.deepEqual(v.doc.toJS(), { a: '{{ .spectro.var.x }}', b: '{{ .spectro.pack.k.v }}', list: ['{{ .spectro.system.cluster.name }}'], c: '{{ .Values.z | default "q" }}-x' });
  });
});

describe('parseProfile never throws', () => {
  test('empty, garbage, half-typed and binary inputs give a model and syntax problems inside the text', () => {
    const inputs = ['', '   ', '{', '[1,', 'spec:\n  template:\n    packs:\n      - name: ', 'spec: {template: {packs: [{name: a, values: "x: [" }', '\u0000\u0001\ud800', 'a: b\n  c: d\n- e', 'x: &a [*a]', '- - - -\n\t\tfoo: |\n'];
    for (const text of inputs) {
      const p = parseProfile(text);
      for (const e of [...p.syntaxErrors, ...p.packs.flatMap((k) => k.values?.errors ?? [])]) {
        assert.ok(e.range[0] >= 0 && e.range[0] <= e.range[1] && e.range[1] <= text.length, `range inside ${JSON.stringify(text)}`);
      }
    }
  });
});

describe('real pack values from the shared fixtures parse without a single false error', () => {
  const dirs = ['pack-central/packs', 'public-repo'].map((d) => join(shared, d));
  const files = dirs.flatMap((d) => readdirSync(d).map((name) => join(d, name, 'values.yaml'))).filter((f) => existsSync(f));
  test(`all ${files.length} values files, as a YAML block and as a JSON string`, () => {
    assert.ok(files.length > 200);
    for (const file of files) {
      const values = readFileSync(file, 'utf8');
      const yamlText = `spec:\n  template:\n    packs:\n      - name: p\n        values: |-\n${values.split('\n').map((l) => (l ? '          ' + l : l)).join('\n')}\n`;
      const jsonText = JSON.stringify({ spec: { template: { packs: [{ name: 'p', values }] } } });
      for (const text of [yamlText, jsonText]) {
        const p = parseProfile(text);
        assert.deepEqual([...p.syntaxErrors, ...(p.packs[0].values?.errors ?? [])], [], file);
      }
      assert.equal(parseProfile(jsonText).packs[0].values?.text, values, 'decoded text round-trips');
    }
  });
});
