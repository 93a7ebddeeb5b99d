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

// `{{-` / `-}}` are Go-template whitespace trims; Palette values accept them like Helm does.
const macroPattern = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
const spectroPattern = /^\.spectro\.(var|system|pack|macro)\.([^\s|}]*)/;

/** Every `{{ … }}` in `text`, in order. Non-Palette templates (Helm `{{ .Values.x }}`) come back as kind `other`. */
export function scanMacros(text: string): MacroRef[] {
  const found: MacroRef[] = [];
  for (const match of text.matchAll(macroPattern)) {
    const start = match.index;
    const inner = match[1] ?? '';
    const exprStart = start + match[0].indexOf(inner, 2);
    const spectro = spectroPattern.exec(inner);
    const pipeAt = inner.indexOf('|');
    const pipe = pipeAt >= 0 ? inner.slice(pipeAt + 1).trim() : undefined;
    if (!spectro) {
      found.push({ start, end: start + match[0].length, expr: inner, kind: 'other', path: '', pathStart: exprStart, pathEnd: exprStart, pipe });
      continue;
    }
    const path = spectro[2] ?? '';
    const pathStart = exprStart + spectro[0].length - path.length;
    found.push({
      start,
      end: start + match[0].length,
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

/** For a `pack` macro: the pack name and the dotted path inside its values (pack names never contain dots). */
export function splitPackPath(path: string): { pack: string; valuesPath: string } {
  const dot = path.indexOf('.');
  return dot < 0 ? { pack: path, valuesPath: '' } : { pack: path.slice(0, dot), valuesPath: path.slice(dot + 1) };
}

/** Whether a macro's pipeline supplies a fallback, which makes an unresolvable reference harmless. */
export function hasDefault(ref: MacroRef): boolean {
  return ref.pipe !== undefined && /(^|\|)\s*default\b/.test(ref.pipe);
}
