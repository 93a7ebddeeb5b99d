import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { parseValuesText } from '../../server/src/core/parse/chunked-parse.js';
import { fastParseDocument } from '../../server/src/core/parse/fast-yaml.js';
import { editLine, shape, thanos } from './values-parse-shape.js';

const options = { prettyErrors: false };
/** Flow maps with content, which the fast parser declines: this text goes the section-by-section way. */
const declined = thanos.replace(/: \{\}$/gm, ': {a: 1}');

describe('big values blocks: the fast parser whole, or by top-level section', () => {
  test('a 5,700-line values block parses to the same nodes, ranges and values as a whole parse', () => {
    assert.deepEqual(shape(parseValuesText(thanos, thanos, options)), shape(parseDocument(thanos, options)));
  });

  test('after typing above cached sections, their nodes carry the shifted offsets', () => {
    parseValuesText(thanos, thanos, options);
    const edited = editLine(thanos, 0.2, (l) => `${l}  # typed`);
    const chunked = parseValuesText(edited, edited, options);
    assert.deepEqual(shape(chunked), shape(parseDocument(edited, options)));
    // The original text still gets its own (unshifted) nodes: the edit did not move shared ones.
    assert.deepEqual(shape(parseValuesText(thanos, thanos, options)), shape(parseDocument(thanos, options)));
  });

  test('a text the fast parser declines parses section by section to the same nodes, also after typing', () => {
    assert.equal(fastParseDocument(declined, options), undefined);
    assert.ok(declined.split('{a: 1}').length > 20);
    assert.deepEqual(shape(parseValuesText(declined, declined, options)), shape(parseDocument(declined, options)));
    for (const fraction of [0.1, 0.5, 0.9]) {
      const edited = editLine(declined, fraction, (l) => `${l}  # typed`);
      assert.deepEqual(shape(parseValuesText(edited, edited, options)), shape(parseDocument(edited, options)), `edit at ${fraction}`);
    }
    assert.deepEqual(shape(parseValuesText(declined, declined, options)), shape(parseDocument(declined, options)));
  });

  test('a syntax error inside one section is reported exactly as by a whole parse', () => {
    const broken = editLine(thanos, 0.5, (l) => `${l}\n  bad: [unclosed`);
    assert.deepEqual(shape(parseValuesText(broken, broken, options)), shape(parseDocument(broken, options)));
    assert.ok(parseValuesText(broken, broken, options).errors.length > 0);
  });

  test('a top-level key repeated in a later section is reported as a duplicate', () => {
    const repeated = `${thanos}\npack: {}\n`;
    const errors = parseValuesText(repeated, repeated, options).errors.map((e) => e.code);
    assert.ok(errors.includes('DUPLICATE_KEY'), errors.join());
  });
});
