import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isCollection, isNode, isPair, isScalar, parseDocument, type Document } from 'yaml';
import { scalarRangeAt } from '../../server/src/core/values/scalar-at.js';
import { parseValuesYaml } from '../../server/src/core/parse/embedded-yaml.js';
import { fixtures, valuesFiles } from './fixture-values.js';

/** The definition, as a scan: the first item in text order with a child holding `at` (its value over its key). */
function reference(doc: Document.Parsed, at: number): [number, number] | undefined {
  let node: unknown = doc.contents;
  while (node) {
    if (isScalar(node)) return node.range && node.range[0] <= at && at < node.range[1] ? [node.range[0], node.range[1]] : undefined;
    if (!isCollection(node)) return undefined;
    let next: unknown;
    for (const item of node.items as unknown[]) {
      for (const child of isPair(item) ? [item.key, item.value] : [item]) {
        const r = isNode(child) ? child.range : undefined;
        if (r && r[0] <= at && at < Math.max(r[1], r[2])) next = child;
      }
      if (next) break;
    }
    node = next;
  }
  return undefined;
}

test('the scalar at an offset is the one a scan of every item finds, at every offset of every fixture values file', () => {
  let compared = 0;
  let found = 0;
  for (const path of valuesFiles(fixtures)) {
    const text = readFileSync(path, 'utf8');
    // Both parses the product makes: the values parse (fast parser or sections) and yaml's own.
    for (const doc of [parseValuesYaml(text), parseDocument(text, { uniqueKeys: false }) as Document.Parsed]) {
      for (let at = 0; at <= text.length; at += 5) {
        const want = reference(doc, at);
        assert.deepEqual(scalarRangeAt(doc, at), want, `${path} at ${at}`);
        compared++;
        if (want) found++;
      }
    }
  }
  assert.ok(compared > 500_000 && found > compared / 10, `${compared} offsets compared, ${found} in a scalar`);
});

test('flow collections, empty values, sequences of maps and nulls in the middle', () => {
  const texts = [
    'a: [x, "y", {k: v}]\nb:\nc: ~\nd:\n  - e: {{ .spectro.var.x }}\n    f: 1\n  -\n  - [1, 2]\n',
    '- a\n- \n- b: c\n  d:\n- {}\n',
    '? complex\n: value\nplain: "q"\n',
    '',
  ];
  for (const text of texts) {
    const doc = parseDocument(text, { uniqueKeys: false }) as Document.Parsed;
    for (let at = 0; at <= text.length; at++) assert.deepEqual(scalarRangeAt(doc, at), reference(doc, at), `${JSON.stringify(text)} at ${at}`);
  }
});
