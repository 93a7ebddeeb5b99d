/**
 * Palette macros and Helm templates (`{{ … }}`) are not YAML, yet Palette accepts them in values. An unquoted
 * `key: {{ .spectro.var.x }}` parses as a flow map, and a Helm control line `{{- if .Values.x }}` breaks the
 * structure around it. Before parsing we mask such spans with text of the SAME LENGTH (so every offset stays
 * valid): a control line becomes a comment, a value becomes a double-quoted string. After parsing, masked
 * scalars get their original text back.
 */
export interface MaskedSpan {
  start: number;
  end: number;
  /** 'value': masked as a quoted scalar (its scalar gets the original text back); 'comment': a control line. */
  kind: 'value' | 'comment';
}

export interface MaskResult {
  text: string;
  spans: MaskedSpan[];
}

const macroStart = /\{\{/g;

export function maskMacros(text: string): MaskResult {
  if (!text.includes('{{')) return { text, spans: [] };
  let out: string[] | undefined;
  let last = 0;
  const spans: MaskedSpan[] = [];
  macroStart.lastIndex = 0;
  for (let m = macroStart.exec(text); m; m = macroStart.exec(text)) {
    const start = m.index;
    const close = text.indexOf('}}', start + 2);
    const eol = lineEnd(text, start);
    if (close < 0 || close > eol) continue;
    const macroEnd = close + 2;
    const context = scalarContext(text, start);
    if (context === 'inside') continue;
    out ??= [];
    out.push(text.slice(last, start));
    if (context === 'line' && text.slice(macroEnd, eol).trim() === '') {
      out.push('# ' + text.slice(start + 2, macroEnd));
      spans.push({ start, end: start + 2, kind: 'comment' });
      last = macroEnd;
    } else {
      const end = context === 'line' ? macroEnd : valueEnd(text, macroEnd, eol);
      out.push(quoteSpan(text.slice(start, end)));
      spans.push({ start, end, kind: 'value' });
      last = end;
    }
    macroStart.lastIndex = last;
  }
  if (!out) return { text, spans: [] };
  out.push(text.slice(last));
  return { text: out.join(''), spans };
}

/** 'line': the macro opens a line; 'value': it opens a plain scalar value; 'inside': it is inside other text. */
function scalarContext(text: string, at: number): 'line' | 'value' | 'inside' {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k < 0 || text[k] === '\n' || text[k] === '\r') return 'line';
  const spaced = k < at - 1;
  if (spaced && (text[k] === ':' || text[k] === '-' || text[k] === '?')) {
    const before = text[k - 1];
    if (text[k] === ':' || before === undefined || before === ' ' || before === '\t' || before === '\n') return 'value';
  }
  return 'inside';
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  const end = nl < 0 ? text.length : nl;
  return end > from && text[end - 1] === '\r' ? end - 1 : end;
}

/** End of a plain scalar on this line: before a ` #` comment and trailing blanks. */
function valueEnd(text: string, from: number, eol: number): number {
  const hash = text.indexOf(' #', from);
  let end = hash >= 0 && hash < eol ? hash : eol;
  while (end > from && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}

function quoteSpan(span: string): string {
  const middle = span.slice(1, -1).replace(/["\\]/g, "'");
  return '"' + middle + '"';
}
