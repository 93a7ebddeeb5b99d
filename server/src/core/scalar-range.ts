/** Where a scalar's decoded value stands in its source text, so findings and fixes hit exact characters. */
import { isScalar } from 'yaml';
import type { Node as YamlNode } from 'yaml';

/**
 * [start, end) of the scalar's content (inside quotes) in `source`, or undefined when the content is not a
 * verbatim copy of the value (escapes, folded lines) and so cannot be addressed character by character.
 */
export function scalarContentRange(node: YamlNode | null | undefined, source: string): [number, number] | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const value = node.source ?? String(node.value);
  // Judge quoting by the source character: the parser re-types masked bare macros as quoted scalars.
  const quoted = source[node.range[0]] === '"' || source[node.range[0]] === "'";
  const start = node.range[0] + (quoted ? 1 : 0);
  const text = typeof node.value === 'string' ? node.value : value;
  if (source.slice(start, start + text.length) === text) return [start, start + text.length];
  return undefined;
}

/** [start, end) of the whole scalar node (quotes included). */
export function nodeRange(node: YamlNode | null | undefined): [number, number] | undefined {
  return node?.range ? [node.range[0], node.range[1]] : undefined;
}
