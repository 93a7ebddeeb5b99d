import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry } from 'vscode-textmate';
import type { IGrammar, StateStack } from 'vscode-textmate';

/**
 * Tokenises profiles as VS Code does: vscode-textmate + oniguruma, our grammar over VS Code's own YAML grammar
 * (test/fixtures/grammars, copied from its built-in YAML extension).
 */
const root = resolve(__dirname, '../..');
const grammarFiles: Record<string, string> = {
  'source.palette-profile': join(root, 'syntaxes/palette-profile.tmLanguage.json'),
  'source.yaml': join(root, 'test/fixtures/grammars/yaml.tmLanguage.json'),
  'source.yaml.embedded': join(root, 'test/fixtures/grammars/yaml-embedded.tmLanguage.json'),
  ...Object.fromEntries(['1.0', '1.1', '1.2', '1.3'].map((v) => [`source.yaml.${v}`, join(root, `test/fixtures/grammars/yaml-${v}.tmLanguage.json`)])),
};

interface Token {
  line: number;
  text: string;
  scopes: string[];
}

let grammar: IGrammar;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let stack: StateStack = INITIAL;
  text.split('\n').forEach((line, i) => {
    const result = grammar.tokenizeLine(line, stack);
    for (const t of result.tokens) out.push({ line: i, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    stack = result.ruleStack;
  });
  return out;
}

/** The tokens of `text` whose text is exactly `piece`, on the (0-based) line holding `marker`. */
function tokensOf(tokens: Token[], source: string, marker: string, piece: string): Token[] {
  const line = source.split('\n').findIndex((l) => l.includes(marker));
  assert.ok(line >= 0, `no line with ${marker}`);
  const hits = tokens.filter((t) => t.line === line && t.text.trim() === piece);
  assert.ok(hits.length > 0, `no token "${piece}" on line ${line + 1}: ${JSON.stringify(tokens.filter((t) => t.line === line).map((t) => t.text))}`);
  return hits;
}

const has = (t: Token, scope: string) => t.scopes.some((s) => s === scope || s.startsWith(`${scope}.`));

const sample = `# A comment naming {{ .spectro.var.commented }} is only a comment
metadata:
  name: macro-demo
  description: cluster for {{ .spectro.var.team }}
spec:
  version: 1.0.0
  template:
    type: add-on
    cloudType: all
    packs:
      - name: hello-universe
        type: spectro
        layer: addon
        tag: 1.2.0
        values: |
          pack:
            namespace: "{{ .spectro.var.namespace }}"
          replicas: 3
          # inside values: {{ .spectro.var.valuesComment }}
          image: {{ .spectro.pack.hello-universe.options.image }}
          helm: {{ .Values.global.name | quote }}
      - name: next-pack
        tag: 2.0.0
`;

describe('TextMate grammar (syntaxes/palette-profile.tmLanguage.json)', () => {
  before(async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new Registry({
      onigLib: Promise.resolve({ createOnigScanner, createOnigString }),
      loadGrammar: async (scope) => {
        const file = grammarFiles[scope];
        return file ? parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
      },
    });
    const loaded = await registry.loadGrammar('source.palette-profile');
    assert.ok(loaded);
    grammar = loaded;
  });

  test('a {{ .spectro.var.x }} macro inside a values block gets the macro scopes, on top of the values scope', () => {
    const tokens = tokenize(sample);
    const [name] = tokensOf(tokens, sample, 'namespace:', 'namespace');
    assert.ok(name && has(name, 'meta.embedded.block.values.palette') && has(name, 'entity.name.tag.yaml'), JSON.stringify(name?.scopes));
    const [macro] = tokensOf(tokens, sample, 'namespace:', 'namespace').filter((t) => has(t, 'variable.other.macro.palette'));
    assert.ok(macro && has(macro, 'meta.template.expression.palette') && has(macro, 'meta.embedded.block.values.palette'), JSON.stringify(tokens.filter((t) => t.line === 16)));
    const [spectro] = tokensOf(tokens, sample, 'namespace:', '.spectro');
    assert.ok(spectro && has(spectro, 'variable.language.spectro.palette'));
    const [kind] = tokensOf(tokens, sample, 'namespace:', 'var');
    assert.ok(kind && has(kind, 'support.type.macro-kind.palette'));
    const [pack] = tokensOf(tokens, sample, 'image:', 'hello-universe.options.image');
    assert.ok(pack && has(pack, 'variable.other.macro.palette'), JSON.stringify(pack?.scopes));
    const [helm] = tokensOf(tokens, sample, 'helm:', '.Values.global.name');
    assert.ok(helm && has(helm, 'variable.other.template-field.palette'), JSON.stringify(helm?.scopes));
  });

  test('a macro in a plain string outside values gets the macro scope too', () => {
    const tokens = tokenize(sample);
    const [team] = tokensOf(tokens, sample, 'description:', 'team');
    assert.ok(team && has(team, 'variable.other.macro.palette') && has(team, 'meta.template.expression.palette'), JSON.stringify(team?.scopes));
    assert.ok(!has(team, 'meta.embedded.block.values.palette'));
    const [open] = tokensOf(tokens, sample, 'description:', '{{');
    assert.ok(open && has(open, 'punctuation.definition.template-expression.begin.palette'));
  });

  test('values block lines get YAML scopes: keys as tags, numbers as numbers; the block ends where YAML says', () => {
    const tokens = tokenize(sample);
    const [key] = tokensOf(tokens, sample, 'replicas:', 'replicas');
    assert.ok(key && has(key, 'entity.name.tag.yaml') && has(key, 'meta.embedded.block.values.palette'), JSON.stringify(key?.scopes));
    const [three] = tokensOf(tokens, sample, 'replicas:', '3');
    assert.ok(three && has(three, 'constant.numeric') && has(three, 'meta.embedded.block.values.palette'), JSON.stringify(three?.scopes));
    const [after] = tokensOf(tokens, sample, 'next-pack', 'next-pack');
    assert.ok(after && !has(after, 'meta.embedded.block.values.palette'), JSON.stringify(after?.scopes));
    const [outerKey] = tokensOf(tokens, sample, 'layer: addon', 'layer');
    assert.ok(outerKey && has(outerKey, 'entity.name.tag.yaml') && !has(outerKey, 'meta.embedded.block.values.palette'));
  });

  test('comments, outside or inside values, get no macro scopes', () => {
    const tokens = tokenize(sample);
    for (const [marker, name] of [['# A comment', 'commented'], ['# inside values', 'valuesComment']] as const) {
      const line = tokens.filter((t) => t.line === sample.split('\n').findIndex((l) => l.includes(marker)));
      const macro = line.filter((t) => t.text.includes(name));
      assert.ok(macro.length > 0);
      for (const t of macro) {
        assert.ok(has(t, 'comment.line.number-sign.yaml'), JSON.stringify(t.scopes));
        assert.ok(!t.scopes.some((s) => s.endsWith('.palette') && s !== 'meta.embedded.block.values.palette'), JSON.stringify(t.scopes));
      }
    }
  });

  test('the example profiles tokenise with nothing marked invalid', () => {
    const dir = join(root, 'examples');
    const files = readdirSync(dir).filter((f) => f.endsWith('.profile.yaml'));
    assert.ok(files.length >= 3);
    for (const file of files) {
      const invalid = tokenize(readFileSync(join(dir, file), 'utf8')).filter((t) => t.scopes.some((s) => s.startsWith('invalid.')));
      assert.deepEqual(invalid.map((t) => `${t.line + 1}: ${t.text}`), [], file);
    }
  });
});
