import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isScalar, parseDocument, visit, type Document } from 'yaml';
import { parseValuesYaml } from '../../server/src/core/parse/embedded-yaml.js';
import { maskMacros } from '../../server/src/core/parse/macro-mask.js';
import { fixtures, seeded, valuesFiles } from './fixture-values.js';

/** Every scalar in text order: where its value stands, the value and its style (range ends past the value are the parse's business). */
function scalars(doc: Document): unknown[] {
  const out: unknown[] = [];
  visit(doc, { Scalar: (_k, node) => void out.push([node.range?.[0], node.range?.[1], node.value, node.type]) });
  return out;
}

/** The definition: yaml's parse of the masked text, then every scalar a masked value span touches gets its own text back, plain. */
function reference(text: string): unknown[] {
  const { text: masked, spans } = maskMacros(text);
  const doc = parseDocument(masked, { prettyErrors: false, uniqueKeys: false });
  const values = spans.filter((s) => s.kind === 'value');
  visit(doc, {
    Scalar(_k, node) {
      const r = node.range;
      if (isScalar(node) && r && values.some((s) => s.start < r[1] && s.end > r[0])) {
        node.value = text.slice(r[0], r[1]);
        node.type = 'PLAIN';
      }
    },
  });
  return scalars(doc);
}

test('macros written as bare values get their text back wherever they stand, as a whole-tree pass would give it', () => {
  const rand = seeded(11);
  const macros = ['{{ .spectro.var.x }}', '{{.spectro.system.cluster.name}}', 'pre-{{ .spectro.var.y }}', '{{ .spectro.pack.k8s.a | default "b" }}'];
  const files = valuesFiles(fixtures).map((p) => readFileSync(p, 'utf8'));
  let compared = 0;
  let restored = 0;
  for (let i = 0; i < 400; i++) {
    const lines = files[Math.floor(rand() * files.length)].split('\n');
    for (let m = 1 + Math.floor(rand() * 6); m > 0; m--) {
      const n = Math.floor(rand() * lines.length);
      const macro = macros[Math.floor(rand() * macros.length)];
      const r = rand();
      lines[n] = r < 0.5 ? lines[n].replace(/: \S.*$/, `: ${macro}`) : r < 0.7 ? lines[n].replace(/^(\s*)- \S.*$/, `$1- ${macro}`)
        : r < 0.85 ? lines[n].replace(/: \S.*$/, `: [a, ${macro}]`) : lines[n].replace(/: \S.*$/, `: "${macro}"`);
    }
    const text = lines.join('\n');
    if (!text.includes('{{')) continue;
    const want = reference(text);
    assert.deepEqual(scalars(parseValuesYaml(text)), want, `document ${i}`);
    compared++;
    restored += want.filter((s) => String((s as unknown[])[2]).includes('{{')).length;
  }
  assert.ok(compared > 300 && restored > 500, `${compared} documents, ${restored} macro scalars`);
});
