/**
 * Where a new pack goes and the edit that puts it there: before the first pack of a later layer
 * (kernel, os, k8s, cni, csi, addon — the order Palette shows layers in), else after the last pack.
 */
import type { TextEdit } from '../finding.js';
import type { PackEntry, ProfileDocument } from '../model.js';
import { lineAt, lineStartOf } from '../complete/line-scan.js';
import { renderJsonEntry, renderYamlEntry, type PackChoice } from './render-entry.js';

const layerOrder = ['kernel', 'os', 'k8s', 'cni', 'csi', 'addon'];

function rank(layer: string | undefined): number {
  const at = layerOrder.indexOf(layer ?? 'addon');
  return at < 0 ? layerOrder.length - 1 : at;
}

/** End of the last non-blank line of a pack item (where fields can be appended). */
export function itemEnd(text: string, pack: PackEntry): number {
  let end = pack.range[1];
  while (end > pack.range[0] && /\s/.test(text[end - 1] ?? '')) end--;
  const nl = text.indexOf('\n', end);
  return nl < 0 ? text.length : nl;
}

/** The edit inserting a complete entry for `choice` into the profile, or undefined when there is no packs list. */
export function packEntryEdit(profile: ProfileDocument, choice: PackChoice): TextEdit | undefined {
  const text = profile.text;
  const packs = profile.packs;
  const before = packs.find((p) => rank(p.layer?.value) > rank(choice.layer));
  const model = packs[0];
  if (profile.format === 'json') return jsonEdit(profile, choice, before);
  if (!model) return firstYamlEdit(profile, choice);
  const first = lineAt(text, lineStartOf(text, model.range[0]));
  const dash = ' '.repeat(first.dash ?? first.indent);
  const entry = renderYamlEntry(choice, profile.form, dash);
  if (before) {
    const at = lineStartOf(text, before.range[0]);
    return { range: [at, at], newText: `${entry}\n` };
  }
  const end = itemEnd(text, packs[packs.length - 1] as PackEntry);
  return { range: [end, end], newText: `\n${entry}` };
}

function firstYamlEdit(profile: ProfileDocument, choice: PackChoice): TextEdit | undefined {
  const key = profile.template.packsKeyRange;
  if (!key) return undefined;
  const text = profile.text;
  const indent = ' '.repeat(key[0] - lineStartOf(text, key[0]) + 2);
  const entry = renderYamlEntry(choice, profile.form, indent);
  const flow = profile.template.packsRange;
  if (flow && text.slice(flow[0], flow[1]).replace(/\s/g, '') === '[]') return { range: flow, newText: `\n${entry}` };
  const nl = text.indexOf('\n', key[1]);
  const at = nl < 0 ? text.length : nl;
  return { range: [at, at], newText: `\n${entry}` };
}

function jsonEdit(profile: ProfileDocument, choice: PackChoice, before: PackEntry | undefined): TextEdit | undefined {
  const text = profile.text;
  const model = profile.packs[0];
  const seq = profile.template.packsRange;
  if (!model) {
    if (!seq || !profile.template.packsKeyRange) return undefined;
    const keyIndent = profile.template.packsKeyRange[0] - lineStartOf(text, profile.template.packsKeyRange[0]);
    const unit = '  ';
    const indent = ' '.repeat(keyIndent) + unit;
    return { range: seq, newText: `[\n${indent}${renderJsonEntry(choice, profile.form, indent, unit)}\n${' '.repeat(keyIndent)}]` };
  }
  const indent = ' '.repeat(model.range[0] - lineStartOf(text, model.range[0]));
  const firstKey = lineAt(text, text.indexOf('\n', model.range[0]) + 1);
  const unit = ' '.repeat(Math.max(1, firstKey.indent - indent.length));
  const entry = renderJsonEntry(choice, profile.form, indent, unit);
  if (before) return { range: [before.range[0], before.range[0]], newText: `${entry},\n${indent}` };
  const last = profile.packs[profile.packs.length - 1] as PackEntry;
  return { range: [last.range[1], last.range[1]], newText: `,\n${indent}${entry}` };
}
