import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, at, findings, fixes, profileYaml, realValues } from './rules-profile-builder.js';

const codes = ['undefined-variable', 'unused-variable', 'unquoted-variable', 'unknown-macro'];
const mine = (text: string) => findings(text).filter((f) => codes.includes(f.code));
const show = (text: string) => mine(text).map((f) => `${f.code} ${at(text, f)}`);

/** The tutorial's calico 3.29.2 values use {{.spectro.var.calico_ipv4_cidr}} and {{.spectro.var.loglevel}}. */
function calico(variables?: string[], values = realValues('cni-calico-3.29.2')): string {
  return profileYaml([{ name: 'cni-calico', layer: 'cni', tag: '3.29.2', values }], { type: 'add-on', cloudType: 'all', variables });
}

describe('undefined-variable and unused-variable', () => {
  test('the tutorial values with both variables declared are clean', () => {
    assert.deepEqual(show(calico(['calico_ipv4_cidr', 'loglevel'])), []);
  });

  test('each undeclared variable is reported on its name', () => {
    assert.deepEqual(show(calico()), ['undefined-variable calico_ipv4_cidr', 'undefined-variable loglevel']);
  });

  test('declaring creates spec.variables when absent and extends it when present', () => {
    let text = calico();
    for (let round = 0; round < 2; round++) {
      const [first] = mine(text);
      assert.ok(first);
      text = applyEdits(text, fixes(text, first).at(0)!.edits);
    }
    assert.deepEqual(show(text), []);
    assert.match(text, /\n {2}variables:\n {4}- name: calico_ipv4_cidr\n {6}format: string\n {4}- name: loglevel\n/);
  });

  test('declaring works in the JSON form too', () => {
    const text = JSON.stringify({
      metadata: { name: 'p' },
      spec: { version: '1.0.0', template: { type: 'add-on', cloudType: 'all', packs: [{ name: 'hello', type: 'spectro', layer: 'addon', tag: '1.0.0', registry: { metadata: { name: 'Public Repo' } }, values: "a: '{{ .spectro.var.greeting }}'\n" }] } },
    }, null, 2);
    const [finding] = mine(text);
    assert.equal(at(text, finding!), 'greeting');
    const fixed = applyEdits(text, fixes(text, finding!)[0]!.edits);
    assert.deepEqual(JSON.parse(fixed).spec.variables, [{ name: 'greeting', format: 'string' }]);
    assert.deepEqual(show(fixed), []);
  });

  test('a declared variable nobody uses is reported as unnecessary on its name', () => {
    const text = calico(['calico_ipv4_cidr', 'loglevel', 'spare']);
    const found = mine(text);
    assert.deepEqual(show(text), ['unused-variable spare']);
    assert.deepEqual(found[0]!.tags, ['unnecessary']);
  });
});

describe('unquoted-variable', () => {
  test('a variable forming a whole unquoted value is reported, and quoting it clears the finding', () => {
    const values = realValues('cni-calico-3.29.2').replace('LOG_LEVEL: "{{.spectro.var.loglevel}}"', 'LOG_LEVEL: {{.spectro.var.loglevel}}');
    const text = calico(['calico_ipv4_cidr', 'loglevel'], values);
    const found = mine(text);
    assert.deepEqual(show(text), ['unquoted-variable {{.spectro.var.loglevel}}']);
    const fixed = applyEdits(text, fixes(text, found[0]!)[0]!.edits);
    assert.match(fixed, /LOG_LEVEL: '\{\{\.spectro\.var\.loglevel\}\}'/);
    assert.deepEqual(show(fixed), []);
  });

  test('a variable inside a longer plain value is not a whole value', () => {
    const text = profileYaml([{ name: 'hello', layer: 'addon', tag: '1.0.0', values: 'host: api-{{ .spectro.var.site }}.example.com\n' }], { type: 'add-on', variables: ['site'] });
    assert.deepEqual(show(text), []);
  });
});

describe('unknown-macro', () => {
  const addon = (values: string) => profileYaml([{ name: 'hello', layer: 'addon', tag: '1.0.0', values }], { type: 'add-on' });

  test('a misspelled system macro gets a did-you-mean fix on its name', () => {
    const text = addon('name: "{{ .spectro.system.cluster.nmae }}"\n');
    const found = mine(text);
    assert.deepEqual(show(text), ['unknown-macro cluster.nmae']);
    assert.equal(found[0]!.data?.suggestion, 'cluster.name');
    assert.deepEqual(show(applyEdits(text, fixes(text, found[0]!)[0]!.edits)), []);
  });

  test('a pack reference to a pack not in the profile is reported on the pack name', () => {
    const text = addon('uri: "{{ .spectro.pack.helo.greeting }}"\ngreeting: hi\n');
    const found = mine(text);
    assert.deepEqual(show(text), ['unknown-macro helo']);
    assert.deepEqual(show(applyEdits(text, fixes(text, found[0]!)[0]!.edits)), []);
  });

  test("a pack reference to a key missing from that pack's values is reported on the path", () => {
    assert.deepEqual(show(addon('a: "{{ .spectro.pack.hello.nested.missing }}"\nnested: { present: 1 }\n')), ['unknown-macro nested.missing']);
    assert.deepEqual(show(addon('a: "{{ .spectro.pack.hello.nested.missing | default "x" }}"\nnested: { present: 1 }\n')), []);
  });

  test('user macros, Helm templates, known system macros and commented macros are never reported', () => {
    const text = addon('a: "{{ .spectro.macro.anything }}"\nb: "{{ .Values.image }}"\nc: "{{ .spectro.system.reverseproxy.server }}"\n# d: "{{ .spectro.system.bogus }}"\n');
    assert.deepEqual(show(text), []);
  });
});
