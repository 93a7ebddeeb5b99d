/**
 * A pack's values parse carried over from the previous parse of the same document. An edit changes one stretch
 * of the text (changeBetween); every values block outside it is the same characters, so its parse (tree,
 * offset map, nested levels, all relative to the block's start) is reused as is, wherever the block moved.
 * Typing in one pack of a 50k-line profile parses that pack only, and the reused parse is the same object, so
 * its single-pack findings are reused too (pack-findings-cache.ts). Nothing here is keyed by document text:
 * a cache keyed by slices kept every old document alive, or copied megabytes to avoid it. A values text seen
 * elsewhere still skips the YAML parse (parseValuesYaml remembers trees by decoded text).
 */
import { isScalar, type Scalar } from 'yaml';
import type { EmbeddedYaml, ProfileDocument } from '../model.js';
import { parseEmbedded, type EmbeddedCore } from './embedded-yaml.js';
import type { TextChange } from './incremental.js';
import { pairOf } from './yaml-fields.js';

/** The previous parse's core of a values node of the new text, when that node is unchanged. */
export type ValuesReuse = (node: Scalar) => EmbeddedCore | undefined;

const cores = new WeakMap<EmbeddedYaml, EmbeddedCore>();

/** The core a placed values block was made from: the same object for as long as the block is unchanged. */
export function coreOf(placed: EmbeddedYaml): EmbeddedCore | undefined {
  return cores.get(placed);
}

/** Records which core a placed values block was made from (readPack calls it). */
export function rememberCore(placed: EmbeddedYaml, core: EmbeddedCore): void {
  cores.set(placed, core);
}

/**
 * The values of `node` in `outerText`: reused when `reuse` knows them, else parsed. A block an edit touched
 * (reuse given but not knowing it) is parsed without entering the values memo: it is a text being typed.
 */
export function valuesCore(node: Scalar, outerText: string, reuse?: ValuesReuse): EmbeddedCore {
  const hit = reuse?.(node);
  if (hit) return hit;
  const range = node.range ?? [0, 0, 0];
  const slice = outerText.slice(range[0], range[1]);
  return parseEmbedded(node, slice, slice, [], range[0], reuse === undefined);
}

/** Reuse of `prev`'s values parses for the text `change` turned it into. */
export function reuseFrom(prev: ProfileDocument, change: TextChange): ValuesReuse {
  const delta = change.newEnd - change.oldEnd;
  const byStart = new Map<number, { node: Scalar; core: EmbeddedCore }>();
  for (const pack of prev.packs) {
    const core = pack.values && cores.get(pack.values);
    const node = pairOf(pack.node, 'values')?.value;
    if (core && isScalar(node) && node.range) byStart.set(node.range[0], { node, core });
  }
  return (node) => {
    if (!node.range) return undefined;
    const [start, end] = node.range;
    // Before the change nothing moved; after it everything moved by delta; a block touching it is new.
    const moved = end <= change.start ? 0 : start >= change.newEnd ? delta : undefined;
    if (moved === undefined) return undefined;
    const old = byStart.get(start - moved);
    if (!old?.node.range || old.node.range[1] !== end - moved || old.node.type !== node.type || old.node.value !== node.value) return undefined;
    return old.core;
  };
}
