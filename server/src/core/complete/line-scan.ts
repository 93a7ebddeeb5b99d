/**
 * Line-based reading of YAML block structure (and pretty-printed JSON), for completion in half-typed text
 * where the AST is missing or wrong: which keys and list items enclose a position, judged by indentation
 * alone. Walks upward from the cursor only as far as needed, so the cost is bounded by the enclosing pack.
 */

export interface Line {
  start: number;
  end: number;
  /** Column of the first non-space character. */
  indent: number;
  /** Column of a leading `- `, when the line starts a list item. */
  dash?: number;
  /** Column where the key (or the item's content) starts. */
  keyCol: number;
  key?: string;
  /** Text after `key:` (trimmed), or the whole content when the line has no key. */
  rest: string;
  /** Blank, comment-only, or only closing brackets: says nothing about structure. */
  empty: boolean;
}

/** One enclosing level; `at` is the start of the line that opens it. */
export type Segment = { key: string; at: number } | { item: true; at: number };

const keyPattern = /^(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^\s#'"{}[\],:-][^#{}[\],]*?|-[^\s#{}[\],]*?))\s*:(?=\s|$)\s*(.*)$/;

/** The line starting at `start`. */
export function lineAt(text: string, start: number): Line {
  const nl = text.indexOf('\n', start);
  const end = nl < 0 ? text.length : nl;
  const raw = text.slice(start, end).replace(/\r$/, '');
  const indent = raw.length - raw.trimStart().length;
  let body = raw.slice(indent);
  let dash: number | undefined;
  let keyCol = indent;
  const dashMatch = /^-(\s+|$)/.exec(body);
  if (dashMatch) {
    dash = indent;
    keyCol = indent + dashMatch[0].length;
    body = body.slice(dashMatch[0].length);
  }
  const m = keyPattern.exec(body);
  const key = m ? (m[1] ?? m[2] ?? m[3] ?? '').trim() : undefined;
  const rest = m ? (m[4] ?? '').trim() : body.trim();
  const empty = dash === undefined && key === undefined && (rest === '' || rest.startsWith('#') || /^[\]}),\s]*$/.test(rest));
  return { start, end, indent, dash, keyCol, key, rest, empty };
}

/** Start offset of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  // lastIndexOf clamps a negative start to 0: at offset 0 of "\n…" it would find that newline (line start 1).
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

function indentOf(text: string, at: number): number {
  let i = at;
  while (text.charCodeAt(i) === 32) i++;
  // A blank line counts as infinitely deep: it never encloses anything.
  return text[i] === '\n' || text[i] === '\r' || i >= text.length ? Number.MAX_SAFE_INTEGER : i - at;
}

function previousLineStart(text: string, lineStart: number): number | undefined {
  if (lineStart <= 0) return undefined;
  // The line before line 1 is line 0; a clamped lastIndexOf(-1) would return line 1 again and loop forever.
  return lineStart < 2 ? 0 : text.lastIndexOf('\n', lineStart - 2) + 1;
}

export interface WalkOptions {
  /** Do not look at lines starting before this offset. */
  floor?: number;
  /** Stop once this key has been collected (e.g. `packs`, `values`). */
  stopAt?: (key: string) => boolean;
}

/**
 * The keys and list items enclosing column `col` of the line at `lineStart`, outermost first. `inItem` says
 * the content at `col` itself follows a `- ` on that line (its item is included). A sequence may sit at the
 * same indentation as its key (`packs:\n- name: x`), which plain "less indented" logic would miss.
 */
export function enclosing(text: string, lineStart: number, col: number, inItem: boolean, o: WalkOptions = {}): Segment[] {
  const segments: Segment[] = [];
  let cur = col;
  let seqParent = false;
  if (inItem) {
    const own = lineAt(text, lineStart);
    segments.unshift({ item: true, at: lineStart });
    cur = own.dash ?? col;
    seqParent = true;
  }
  const floor = o.floor ?? 0;
  for (let at = previousLineStart(text, lineStart); at !== undefined && at >= floor; at = previousLineStart(text, at)) {
    // Cheap pre-check: most lines above are deeper than `cur` and need no parsing (large values blocks).
    if (indentOf(text, at) > cur) continue;
    const line = lineAt(text, at);
    if (line.empty || line.indent > cur) continue;
    const keyOnly = line.key !== undefined && line.dash === undefined && (line.rest === '' || line.rest.startsWith('#'));
    if (line.indent === cur && !(seqParent && keyOnly)) continue;
    if (line.dash !== undefined) {
      if (line.key !== undefined && cur > line.keyCol) segments.unshift({ key: line.key, at });
      segments.unshift({ item: true, at });
      cur = line.dash;
      seqParent = true;
    } else if (line.key !== undefined) {
      segments.unshift({ key: line.key, at });
      cur = line.indent;
      seqParent = false;
    } else if (line.rest.startsWith('{')) {
      segments.unshift({ item: true, at });
      cur = line.indent;
      seqParent = false;
    } else {
      cur = line.indent;
    }
    const first = segments[0];
    if (first && 'key' in first && o.stopAt?.(first.key)) break;
  }
  return segments;
}

/** Keys written at exactly column `col` under the same parent as the line at `lineStart` (both directions). */
export function siblingKeys(text: string, lineStart: number, col: number, floor = 0, ceiling = text.length): string[] {
  const keys: string[] = [];
  const collect = (line: Line): boolean => {
    if (line.empty || line.indent > col) return true;
    if (line.indent < col) return false;
    if (line.dash === undefined && line.key !== undefined) keys.push(line.key);
    return line.dash === undefined;
  };
  for (let at = previousLineStart(text, lineStart); at !== undefined && at >= floor; at = previousLineStart(text, at)) {
    if (!collect(lineAt(text, at))) break;
  }
  for (let at = text.indexOf('\n', lineStart) + 1; at > 0 && at < ceiling; at = text.indexOf('\n', at) + 1) {
    if (!collect(lineAt(text, at))) break;
  }
  return keys;
}

/** Offset just after the word continuing at `offset` (up to a space, quote, comma, bracket or line end). */
export function wordEnd(text: string, offset: number, stop = /[\s"',{}[\]]/): number {
  let end = offset;
  while (end < text.length && !stop.test(text[end] ?? '')) end++;
  return end;
}
