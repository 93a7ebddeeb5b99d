import type { Range } from '../model.js';

/**
 * The first line of a range, without trailing whitespace: where a finding about a whole map (a pack, the
 * template) should underline, instead of painting every line of it.
 */
export function headRange(text: string, range: Range): Range {
  const [start, end] = range;
  let stop = start;
  while (stop < end && stop < text.length && text[stop] !== '\n' && text[stop] !== '\r') stop++;
  while (stop > start && (text[stop - 1] === ' ' || text[stop - 1] === '\t')) stop--;
  return [start, Math.max(start, stop)];
}
