/**
 * Inline suppression: `# palette-profile-disable-next-line <code>[ <code>…] [-- reason]`.
 *
 * The directive is a comment on its own line, in the outer YAML or inside a values block (any nesting level);
 * it silences findings of the named codes that START on the next non-blank, non-directive line of the outer
 * text. Directive lines stack, so two directives may precede one line. A directive naming no code silences
 * every finding on that line (as eslint-disable-next-line does). In JSON profiles and quoted values the
 * directive can stand inside the decoded values text; its "next line" is then the next line of that text.
 * Codes that silence nothing are reported as `unused-suppression`, so stale directives do not pile up.
 */
import type { EmbeddedYaml, ProfileDocument, Range } from './model.js';
import type { Finding } from './finding.js';

export interface SuppressionDirective {
  /** The comment, from `#` to the end of its line (outer offsets). */
  range: Range;
  /** Codes named, each with its range; empty = every code. */
  codes: Array<{ code: string; range: Range }>;
  /** The line it applies to (outer offsets, end inclusive for zero-width findings at the line end). */
  target: Range;
  reason?: string;
}

const directivePattern = /^([ \t]*)(#[ \t]*palette-profile-disable-next-line)(?=\s|$)(.*)$/;

/** Every directive in the document, the outer text first, then each embedded values text. */
export function findSuppressions(profile: ProfileDocument): SuppressionDirective[] {
  const seen = new Map<number, SuppressionDirective>();
  const add = (d: SuppressionDirective) => {
    if (!seen.has(d.range[0])) seen.set(d.range[0], d);
  };
  scanLines(profile.text, (i) => i).forEach(add);
  // The lines of a block-literal string are lines of the text it is written in: the scan of that text found
  // their directives at the same offsets, and those win. Scanning them again cost a pass over every pack's
  // values per keystroke (2 MB at 50k lines).
  const visit = (e: EmbeddedYaml) => {
    if (e.style !== 'block-literal') scanLines(e.text, (i) => e.toOuter(i)).forEach(add);
    e.nested.forEach(visit);
  };
  for (const pack of profile.packs) if (pack.values) visit(pack.values);
  return [...seen.values()];
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

/** The directives written in `text` (an outer text or a decoded values text), with outer offsets. */
export function scanLines(text: string, toOuter: (inner: number) => number): SuppressionDirective[] {
  if (!text.includes('palette-profile-disable-next-line')) return [];
  const lines = splitLines(text);
  const out: SuppressionDirective[] = [];
  lines.forEach((line, i) => {
    const m = directivePattern.exec(line.text);
    if (m === null) return;
    const next = lines.slice(i + 1).find((l) => l.text.trim() !== '' && !directivePattern.test(l.text));
    if (next === undefined) return;
    const hashAt = line.start + m[1].length;
    const restAt = hashAt + m[2].length;
    const { codes, reason } = parseRest(m[3], restAt);
    out.push({
      range: [toOuter(hashAt), toOuter(line.end)],
      codes: codes.map((c) => ({ code: c.code, range: [toOuter(c.range[0]), toOuter(c.range[1])] as Range })),
      target: [toOuter(next.start), toOuter(next.end)],
      ...(reason !== undefined ? { reason } : {}),
    });
  });
  return out;
}

function parseRest(rest: string, at: number): { codes: Array<{ code: string; range: Range }>; reason?: string } {
  const sep = /(^|\s)--(\s|$)/.exec(rest);
  const codesPart = sep === null ? rest : rest.slice(0, sep.index);
  const reason = sep === null ? undefined : rest.slice(sep.index + sep[0].length).trim();
  const codes: Array<{ code: string; range: Range }> = [];
  for (const m of codesPart.matchAll(/[^\s,]+/g)) {
    const start = at + (m.index ?? 0);
    codes.push({ code: m[0], range: [start, start + m[0].length] });
  }
  return { codes, ...(reason ? { reason } : {}) };
}

/** Drops suppressed findings and reports directive codes that silenced nothing. */
export function applySuppressions(
  findings: Finding[],
  directives: SuppressionDirective[],
): { kept: Finding[]; unused: Finding[] } {
  const used = new Set<string>();
  const kept = findings.filter((f) => {
    const hits = directives.filter((d, i) => {
      const onLine = f.range[0] >= d.target[0] && f.range[0] <= d.target[1];
      if (!onLine) return false;
      if (d.codes.length === 0) used.add(`${i}`);
      const named = d.codes.filter((c) => c.code === f.code);
      named.forEach((c) => used.add(`${i}:${c.range[0]}`));
      return d.codes.length === 0 || named.length > 0;
    });
    return hits.length === 0;
  });
  return { kept, unused: unusedFindings(directives, used) };
}

function unusedFindings(directives: SuppressionDirective[], used: Set<string>): Finding[] {
  return directives.flatMap((d, i) => {
    if (d.codes.length === 0) {
      if (used.has(`${i}`)) return [];
      return [unused(d.range, 'This suppression silences nothing: no finding starts on the next line.', d, undefined)];
    }
    const stale = d.codes.filter((c) => !used.has(`${i}:${c.range[0]}`));
    return stale.map((c) => unused(c.range, `'${c.code}' is suppressed here but reports nothing on the next line.`, d, c.code, stale.length === d.codes.length));
  });
}

function unused(range: Range, message: string, d: SuppressionDirective, code: string | undefined, wholeDirective = true): Finding {
  return {
    code: 'unused-suppression',
    severity: 'warning',
    message,
    range,
    tags: ['unnecessary'],
    data: { directive: [d.range[0], d.range[1]], wholeDirective, ...(code !== undefined ? { suppressed: code } : {}) },
  };
}
