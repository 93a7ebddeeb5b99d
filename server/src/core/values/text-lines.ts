/** Line arithmetic over plain text (inner values text or the defaults' text). */

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the line end (`\n`, a `\r` before it, or the text end) of the line holding `offset`. */
export function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl < 0 ? text.length : nl;
  return end > 0 && text[end - 1] === '\r' && end > offset ? end - 1 : end;
}

export function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The last non-whitespace offset before `end` (not before `floor`). */
export function lastContent(text: string, end: number, floor: number): number {
  let i = Math.min(end, text.length) - 1;
  while (i > floor && /\s/.test(text[i])) i--;
  return Math.max(i, floor);
}

export function leadingSpaces(line: string): number {
  return line.length - line.trimStart().length;
}
