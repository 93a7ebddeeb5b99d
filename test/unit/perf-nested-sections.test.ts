import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { isMap, parseDocument, type Document } from 'yaml';
import { parseValuesText } from '../../server/src/core/parse/chunked-parse.js';
import { editLine, shape, thanos } from './values-parse-shape.js';

const options = { prettyErrors: false };

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
