/**
 * Finds Palette macros (`{{ .spectro.var.x }}`, `{{ .spectro.system.x }}`, `{{ .spectro.pack.P.path }}`,
 * `{{ .spectro.macro.x }}`) in a text. Pure string scanning: offsets are into the text given, so callers map
 * them (values text → outer) themselves. Completion and hover reuse this.
 */

export type MacroKind = 'var' | 'system' | 'pack' | 'macro' | 'other';

export interface MacroRef {
  /** [start, end) of the whole `{{ … }}`. */
  start: number;
  end: number;
  /** The expression between the braces, trimmed (e.g. `.spectro.var.x | default "y"`). */
  expr: string;
  kind: MacroKind;
  /** Dotted path after the kind prefix: `x` for `.spectro.var.x`, `P.a.b` for `.spectro.pack.P.a.b`. */
  path: string;
  /** [start, end) of `path` in the text. */
  pathStart: number;
  pathEnd: number;
  /** Text after the first `|` (sprig pipeline), trimmed; undefined when there is none. */
  pipe?: string;
}

// `{{-` / `-}}` are Go-template whitespace trims; Palette values accept them like Helm does. A macro ends at the
// first `}}` after its `{{`. Scanned by hand: the equivalent regex (/\{\{-?\s*([\s\S]*?)\s*-?\}\}/) backtracks
// over every whitespace run after an unclosed `{{`, and the fuzz run found a 239 KB document taking 10 s.
const spectroPattern = /^\.spectro\.(var|system|pack|macro)\.([^\s|}]*)/;

/** Every `{{ … }}` in `text`, in order. Non-Palette templates (Helm `{{ .Values.x }}`) come back as kind `other`. */
export function scanMacros(text: string): MacroRef[] {
  const found: MacroRef[] = [];
  for (const match of macroMatches(text)) {
    const start = match.index;
    const inner = match.inner;
    const exprStart = start + match.whole.indexOf(inner, 2);
    const spectro = spectroPattern.exec(inner);
    const pipeAt = inner.indexOf('|');
    const pipe = pipeAt >= 0 ? inner.slice(pipeAt + 1).trim() : undefined;
    if (!spectro) {
      found.push({ start, end: start + match.whole.length, expr: inner, kind: 'other', path: '', pathStart: exprStart, pathEnd: exprStart, pipe });
      continue;
    }
    const path = spectro[2] ?? '';
    const pathStart = exprStart + spectro[0].length - path.length;
    found.push({
      start,
      end: start + match.whole.length,
      expr: inner,
      kind: spectro[1] as MacroKind,
      path,
      pathStart,
      pathEnd: pathStart + path.length,
      pipe,
    });
  }
  return found;
}

/** Each `{{ … }}` with its trimmed expression, exactly as the regex above would match, in linear time. */
function* macroMatches(text: string): Generator<{ index: number; whole: string; inner: string }> {
  let from = 0;
  for (;;) {
    const index = text.indexOf('{{', from);
    if (index < 0) return;
    const close = text.indexOf('}}', index + 2);
    // No `}}` after this `{{`: none after any later one either.
    if (close < 0) return;
    let body = text.slice(index + 2, close);
    if (body.startsWith('-')) body = body.slice(1);
    if (body.endsWith('-')) body = body.slice(0, -1);
    yield { index, whole: text.slice(index, close + 2), inner: body.trim() };
    from = close + 2;
  }
}

/** For a `pack` macro: the pack name and the dotted path inside its values (pack names never contain dots). */
export function splitPackPath(path: string): { pack: string; valuesPath: string } {
  const dot = path.indexOf('.');
  return dot < 0 ? { pack: path, valuesPath: '' } : { pack: path.slice(0, dot), valuesPath: path.slice(dot + 1) };
}

/** Whether a macro's pipeline supplies a fallback, which makes an unresolvable reference harmless. */
export function hasDefault(ref: MacroRef): boolean {
  return ref.pipe !== undefined && /(^|\|)\s*default\b/.test(ref.pipe);
}
