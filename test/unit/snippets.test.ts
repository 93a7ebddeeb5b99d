import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseProfile } from '../../server/src/core/parse/parse-profile.js';
import { validate } from '../../server/src/core/validate.js';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

const snippets = JSON.parse(readFileSync(resolve(__dirname, '../../snippets/palette-profile.code-snippets'), 'utf8')) as Record<string, Snippet>;
const bodyOf = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);

/**
 * TextMate snippet expansion as VS Code does it with nothing typed: `${1:default}` → default (nested placeholders
 * expanded too), `${1|a,b|}` → the first choice (or `choose(n)` for that tab stop), `$1` / `${1}` → what tab stop 1
 * holds elsewhere, `$0` → nothing, `\$ \} \\` → the character. `${NAME:default}` variables expand to the default.
 */
function expandSnippet(body: string, choose: Record<string, number> = {}): string {
  const values = new Map<string, string>();
  // Pass 1 collects the defaults of every tab stop, so a mirror before its placeholder still gets the value.
  expand(body, values, choose);
  return expand(body, values, choose);
}

function expand(text: string, values: Map<string, string>, choose: Record<string, number>): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length && '$}\\'.includes(text[i + 1] as string)) {
      out += text[++i];
      continue;
    }
    if (c !== '$') {
      out += c;
      continue;
    }
    const simple = /^\$(\d+|[A-Za-z_]\w*)/.exec(text.slice(i));
    if (simple) {
      out += values.get(simple[1] as string) ?? '';
      i += simple[0].length - 1;
      continue;
    }
    if (text[i + 1] !== '{') {
      out += c;
      continue;
    }
    const end = closingBrace(text, i + 2);
    const inner = text.slice(i + 2, end);
    i = end;
    const choice = /^(\d+)\|(.*)\|$/s.exec(inner);
    const placeholder = /^(\d+|[A-Za-z_]\w*)(?::(.*))?$/s.exec(inner);
    let value = '';
    let id: string | undefined;
    if (choice) {
      id = choice[1] as string;
      const options = (choice[2] as string).split(',');
      value = options[choose[id] ?? 0] ?? '';
    } else if (placeholder) {
      id = placeholder[1] as string;
      value = placeholder[2] !== undefined ? expand(placeholder[2], values, choose) : values.get(id) ?? '';
    } else {
      throw new Error(`not a snippet placeholder: \${${inner}}`);
    }
    if (!values.has(id) || value) values.set(id, value);
    out += value;
  }
  return out;
}

/** Index of the `}` closing the placeholder whose content starts at `from` (nested placeholders skipped). */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`unclosed placeholder at ${from - 2}`);
}

/**
 * Choice tab stops of a body and how many options each has. The pack `type` choice is left out: helm, oci and
 * manifest packs need a registry of that kind, which the user names at the next tab stop (with "Public Repo"
 * left in place, pack-type-mismatch rightly reports it).
 */
function choicesOf(body: string): [string, number][] {
  return [...body.matchAll(/(\w+): \$\{(\d+)\|([^|]*)\|\}/g)].filter((m) => m[1] !== 'type').map((m) => [m[2] as string, (m[3] as string).split(',').length]);
}

function errorsOf(text: string): string[] {
  return validate(parseProfile(text, 'snippet.profile.yaml')).filter((f) => f.severity === 'error').map((f) => `${f.code}: ${f.message}`);
}

/** Inserts expanded snippet text at offset `at` the way VS Code does: every line after the first gets the line's indentation. */
function insertAt(text: string, at: number, expanded: string): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const indent = text.slice(lineStart, at);
  return text.slice(0, at) + expanded.split('\n').join(`\n${indent}`) + text.slice(at);
}

describe('snippet expansion (the TextMate subset the snippets use)', () => {
  test('defaults, first choices, mirrors, $0 and escapes expand as VS Code fills them', () => {
    assert.equal(expandSnippet('a ${1:one} $1 ${2|x,y|} ${3:${4:n}-b} $4 \\$1 \\} $0.'), 'a one one x n-b n $1 } .');
    assert.equal(expandSnippet('$1 then ${1:late}'), 'late then late');
    assert.equal(expandSnippet('${2|x,y,z|}', { 2: 2 }), 'z');
    assert.throws(() => expandSnippet('${1:open'), /unclosed/);
  });
});

describe('snippets of snippets/palette-profile.code-snippets', () => {
  const profiles = Object.entries(snippets).filter(([, s]) => bodyOf(s).startsWith('metadata:'));

  test('there are infra, edge and add-on profile snippets and a pack entry snippet, each with a prefix', () => {
    const types = profiles.map(([, s]) => /type: (\S+)/.exec(bodyOf(s))?.[1]);
    assert.deepEqual(types.sort(), ['add-on', 'infra', 'infra']);
    assert.ok(profiles.some(([, s]) => bodyOf(s).includes('cloudType: edge-native')));
    assert.ok(snippets['Pack entry']);
    for (const s of Object.values(snippets)) assert.ok([s.prefix].flat().length > 0);
  });

  for (const [name, snippet] of profiles) {
    test(`"${name}" expanded with its defaults parses as a profile and validates with no errors without a catalog`, () => {
      const body = bodyOf(snippet);
      const text = expandSnippet(body);
      const profile = parseProfile(text, 'snippet.profile.yaml');
      assert.ok(profile.isProfile);
      assert.deepEqual(profile.syntaxErrors, []);
      assert.equal(profile.packs.length, (body.match(/^ {6}- name:/gm) ?? []).length);
      assert.ok(profile.packs.every((p) => p.name?.value && p.tag?.value && p.layer?.value));
      assert.deepEqual(errorsOf(text), []);
    });

    test(`"${name}" validates with every option of its choices`, () => {
      const body = bodyOf(snippet);
      for (const [stop, count] of choicesOf(body)) {
        for (let option = 1; option < count; option++) assert.deepEqual(errorsOf(expandSnippet(body, { [stop]: option })), [], `tab stop ${stop} option ${option}`);
      }
    });
  }

  test('the pack entry snippet typed under an add-on profile packs list validates, and lands as one more pack', () => {
    const base = expandSnippet(bodyOf(snippets['Add-on profile'] as Snippet)).trimEnd();
    const text = insertAt(`${base}\n      `, base.length + 7, `${expandSnippet(bodyOf(snippets['Pack entry'] as Snippet))}\n`);
    const profile = parseProfile(text, 'snippet.profile.yaml');
    assert.deepEqual(profile.packs.map((p) => p.name?.value), ['hello-universe', 'pack-name']);
    assert.equal(profile.packs[1]?.layer?.value, 'addon');
    assert.deepEqual(errorsOf(text), []);
  });
});
