/**
 * Block scalars as values, for the fast YAML parser (fast-yaml.ts): `|`, `|-`, `>` and `>-` with
 * auto-detected indentation, ended where the lexer ends them and decoded as the composer's resolveBlockScalar
 * decodes them (literal and folded lines, clip and strip chomping).
 *
 * Declines: keep chomping (`+`), an indentation indicator, anything but a comment after the header, and
 * leading empty lines indented past the first content line (an error for `yaml`).
 */
import { fail, type ScalarReader, type Value } from './fast-yaml-scalars.js';

// Local, not imported: read per character (see fast-yaml-collections.ts).
const HASH = 35;
const NEWLINE = 10;
const SPACE = 32;

/** `|`, `|-`, `>` or `>-` at `v` with auto-detected indentation, located and decoded as the lexer and composer do. */
export function blockScalar(r: ScalarReader, v: number, le: number, eol: number, indentNext: number, parentIndent: number): Value {
  const t = r.text;
  let h = v + 1;
  while (h < le && t.charCodeAt(h) !== SPACE && t.charCodeAt(h) !== HASH) h++;
  const header = t.slice(v, h);
  if (header.length > 2 || (header.length === 2 && header[1] !== '-')) fail();
  r.lineRest(h, le);
  const end = blockEnd(t, eol, indentNext);
  const value = blockValue(t.slice(eol, end), header[0] === '>', header.length === 2, parentIndent);
  const node = r.scalar(r.str, value, value, v, end, end);
  node.type = header[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
  return { node, end, ext: false, next: end };
}

/**
 * Where the lexer ends a block scalar whose content starts at `pos` (header line done): lines at least as
 * indented as its first content line, without trailing blank lines not indented past that line.
 */
function blockEnd(t: string, pos: number, indentNext: number): number {
  const len = t.length;
  let nl = pos - 1;
  let indent = 0;
  for (let i = pos; i < len; i++) {
    const c = t.charCodeAt(i);
    if (c === SPACE) indent++;
    else if (c === NEWLINE) {
      nl = i;
      indent = 0;
    } else break;
  }
  if (indent >= indentNext) {
    do {
      const cs = continued(t, nl + 1, indent);
      if (cs === -1) break;
      nl = t.indexOf('\n', cs);
    } while (nl !== -1);
    if (nl === -1) nl = len;
  }
  for (;;) {
    const last = nl - 1;
    let i = last;
    while (t.charCodeAt(i) === SPACE) i--;
    if (t.charCodeAt(i) === NEWLINE && i >= pos && i + 1 + indent > last) nl = i;
    else break;
  }
  return Math.min(nl + 1, len);
}

/** The lexer's continueScalar for block scalars: where the line at `offset` continues one, or -1. */
function continued(t: string, offset: number, indentNext: number): number {
  let indent = 0;
  while (t.charCodeAt(offset + indent) === SPACE) indent++;
  return t.charCodeAt(offset + indent) === NEWLINE || indent >= indentNext ? offset + indent : -1;
}

/** The composer's block scalar value (resolveBlockScalar) for clip or strip chomping and no indicator. */
function blockValue(source: string, folded: boolean, strip: boolean, parentIndent: number): string {
  const literal = folded ? undefined : literalValue(source, parentIndent);
  if (literal !== undefined) return strip ? literal : literal + '\n';
  const lines = source ? splitLines(source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0 && lines[i][1] === ''; --i) chompStart = i;
  if (chompStart === 0) return '';
  let trimIndent = parentIndent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === '') {
      trimIndent = Math.max(trimIndent, indent.length);
      continue;
    }
    // More-indented leading empty lines need an indentation indicator: an error.
    if (indent.length < trimIndent) fail();
    trimIndent = indent.length;
    contentStart = i;
    break;
  }
  for (let i = lines.length - 1; i >= chompStart; --i) if (lines[i][0].length > trimIndent) chompStart = i + 1;
  let value = '';
  for (let i = 0; i < contentStart; ++i) value += lines[i][0].slice(trimIndent) + '\n';
  value += folded ? foldLines(lines, contentStart, chompStart, trimIndent) : literalLines(lines, contentStart, chompStart, trimIndent);
  return strip ? value : value + '\n';
}

/**
 * A literal block's lines without their indentation, the common case read straight from the source: its first
 * line (after the header) holds content, and every line after it is as indented or blank. Pieces are sliced from
 * the source and joined once, not split into [indentation, content] pairs first (a 50k-line profile's values
 * blocks took 20 ms that way). Undefined for anything else (blockValue's general path decides).
 */
function literalValue(source: string, parentIndent: number): string | undefined {
  const len = source.length;
  let indent = 0;
  while (source.charCodeAt(indent) === SPACE) indent++;
  if (indent >= len || source.charCodeAt(indent) === NEWLINE || indent < parentIndent) return undefined;
  const pieces: string[] = [];
  // After the last piece that is not empty: content, or a blank line indented past the others (kept by clip
  // and strip chomping alike); the blank lines after it and the final line break's empty piece are chomped.
  let keep = 0;
  for (let start = 0; ; ) {
    let nl = source.indexOf('\n', start);
    if (nl === -1) nl = len;
    const stop = start + indent;
    let i = start;
    while (i < stop && i < nl && source.charCodeAt(i) === SPACE) i++;
    if (i < stop) {
      // Less indented: a blank line (its spaces go); content there is blockValue's to judge.
      if (i < nl) return undefined;
      pieces.push('');
    } else {
      pieces.push(source.slice(i, nl));
      if (nl > i) keep = pieces.length;
    }
    if (nl >= len) break;
    start = nl + 1;
  }
  pieces.length = keep;
  return pieces.join('\n');
}

function literalLines(lines: Array<[string, string]>, from: number, to: number, trimIndent: number): string {
  // Joined once: a 50k-line profile's values blocks built by `+=` were thousands of nested string pieces each.
  const out = new Array<string>(Math.max(0, to - from));
  for (let i = from; i < to; ++i) {
    const [indent, content] = lines[i];
    if (content && indent.length < trimIndent) fail();
    out[i - from] = indent.length > trimIndent ? indent.slice(trimIndent) + content : content;
  }
  return out.join('\n');
}

function foldLines(lines: Array<[string, string]>, from: number, to: number, trimIndent: number): string {
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let i = from; i < to; ++i) {
    const [indent, content] = lines[i];
    if (content && indent.length < trimIndent) fail();
    if (indent.length > trimIndent) {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  return value;
}

/** Lines as [indentation, content], as the composer splits a block scalar's source. */
function splitLines(source: string): Array<[string, string]> {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const lead = /^( *)/.exec(first)?.[1] ?? '';
  const lines: Array<[string, string]> = [[lead, first.slice(lead.length)]];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i], split[i + 1]]);
  return lines;
}
