import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { profileSymbols, type ProfileSymbol } from '../../server/src/core/document-symbols.js';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { corpusText } from './rules-structure-helpers.js';

function contains(outer: readonly [number, number], inner: readonly [number, number]): boolean {
  return outer[0] <= inner[0] && inner[1] <= outer[1];
}

function assertNested(symbols: ProfileSymbol[], text: string): void {
  for (const s of symbols) {
    assert.ok(contains(s.range, s.selectionRange), `${s.name}: selection outside range`);
    assert.ok(s.range[0] >= 0 && s.range[1] <= text.length, `${s.name}: outside the text`);
    for (const c of s.children ?? []) assert.ok(contains(s.range, c.range), `${c.name} outside ${s.name}`);
    assertNested(s.children ?? [], text);
  }
}

describe('document symbols', () => {
  test('packs are grouped by layer in stack order, whatever their order in the file', () => {
    const text = corpusText('tutorials-edge-k3s-export.profile.json');
    const symbols = profileSymbols(parseProfile(text));
    assert.deepEqual(symbols.map((s) => s.name), ['os', 'k8s', 'cni', 'addon']);
    assert.deepEqual(symbols.map((s) => s.children?.map((c) => c.name)), [['edge-native-byoi'], ['edge-k3s'], ['cni-calico'], ['hello-universe']]);
    const k3s = symbols[1].children?.[0];
    assert.equal(k3s?.detail, '1.25.x · spectro · Public Repo');
    assert.equal(text.slice(...(k3s?.selectionRange ?? [0, 0])), '"edge-k3s"');
    assertNested(symbols, text);
  });

  test('packs without a known layer land in "other", and the create form still has an outline', () => {
    const text = corpusText('create-form-infra.profile.yaml');
    const symbols = profileSymbols(parseProfile(text));
    assert.deepEqual(symbols.map((s) => s.name), ['other']);
    assert.equal(symbols[0].children?.length, 4);
    assertNested(symbols, text);
  });

  test('profile variables get their own group', () => {
    const text = 'metadata:\n  name: v\nspec:\n  version: 1.0.0\n  template:\n    type: add-on\n    cloudType: all\n    packs: []\n  variables:\n    - name: podCidr\n      format: ipv4cidr\n';
    const symbols = profileSymbols(parseProfile(text));
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0].name, 'variables');
    assert.deepEqual(symbols[0].children?.map((c) => `${c.name}:${c.detail}`), ['podCidr:ipv4cidr']);
    assertNested(symbols, text);
  });
});
