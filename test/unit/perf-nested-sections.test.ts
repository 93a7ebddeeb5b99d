import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isMap, isNode, isScalar, parseDocument, visit, type Document } from 'yaml';
import { parseValuesText } from '../../server/src/core/parse/chunked-parse.js';

const thanos = readFileSync(resolve(__dirname, '../../../shared/fixtures/pack-central/packs/thanos-17.6.0/values.yaml'), 'utf8');
const options = { prettyErrors: false };

function shape(doc: Document.Parsed): string[] {
  const out: string[] = doc.errors.map((e) => `error ${e.code} ${e.pos.join(',')}`);
  visit(doc, (_key, node) => {
    if (isNode(node)) out.push(`${node.constructor.name} ${node.range?.join(',')} ${isScalar(node) ? String(node.value) : ''}`);
  });
  return out;
}

function editLine(text: string, fraction: number, edit: (line: string) => string): string {
  const lines = text.split('\n');
  const at = Math.floor(lines.length * fraction);
  lines[at] = edit(lines[at]);
  return lines.join('\n');
}

/** The first pair of charts.thanos: the mapping thousands of lines deep under one top-level key. */
function firstDeepPair(doc: Document.Parsed): unknown {
  const thanosMap = doc.getIn(['charts', 'thanos'], true);
  return isMap(thanosMap) ? thanosMap.items[0] : undefined;
}

describe('a big values block under one top-level key is parsed by its nested sections', () => {
  test('typing deep inside charts.thanos keeps the parse of the sections above the edit', () => {
    const before = parseValuesText(thanos, thanos, options);
    const edited = editLine(thanos, 0.9, (l) => `${l}  # typed`);
    const after = parseValuesText(edited, edited, options);
    assert.ok(firstDeepPair(before));
    assert.equal(firstDeepPair(after), firstDeepPair(before));
    assert.deepEqual(shape(after), shape(parseDocument(edited, options)));
  });

  for (const [name, edit] of [
    ['a new key', (l: string) => `${l}\n    addedKey: 1`],
    ['a dedented key', (l: string) => `${l}\n  dedented: 1`],
    ['a key at column 0', (l: string) => `${l}\ntop: 1`],
    ['a tab in the indentation', (l: string) => `${l}\n\t  tabbed: 1`],
    ['an unclosed flow sequence', (l: string) => `${l}\n    bad: [unclosed`],
    ['a duplicate of the first deep key', (l: string) => `${l}\n    global: {}`],
  ] as const) {
    for (const fraction of [0.2, 0.55, 0.95]) {
      test(`${name} at ${Math.round(fraction * 100)}% gives the nodes, ranges and errors of a whole parse`, () => {
        const edited = editLine(thanos, fraction, edit);
        assert.deepEqual(shape(parseValuesText(edited, edited, options)), shape(parseDocument(edited, options)));
      });
    }
  }
});
