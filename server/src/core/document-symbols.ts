/**
 * The outline of a profile: packs grouped by layer in stack order (kernel, os, k8s, cni, csi, addon, then
 * packs with no or an unknown layer), then the profile variables. Plain objects in outer offsets; the LSP
 * adapter turns them into DocumentSymbols.
 */
import type { PackEntry, ProfileDocument, Range } from './model.js';
import { packLayers } from './rules/enums.js';

export interface ProfileSymbol {
  name: string;
  detail?: string;
  kind: 'profile' | 'layer' | 'pack' | 'variable' | 'field';
  range: Range;
  selectionRange: Range;
  children?: ProfileSymbol[];
}

const otherLayer = 'other';

export function profileSymbols(profile: ProfileDocument): ProfileSymbol[] {
  const groups = new Map<string, PackEntry[]>();
  for (const pack of profile.packs) {
    const layer = pack.layer?.value;
    const key = layer !== undefined && (packLayers as readonly string[]).includes(layer) ? layer : otherLayer;
    groups.set(key, [...(groups.get(key) ?? []), pack]);
  }
  const out: ProfileSymbol[] = [];
  for (const layer of [...packLayers, otherLayer]) {
    const packs = groups.get(layer);
    if (packs === undefined) continue;
    const children = packs.map(packSymbol);
    out.push({
      name: layer,
      detail: `${packs.length} pack${packs.length === 1 ? '' : 's'}`,
      kind: 'layer',
      range: span(children.map((c) => c.range)),
      selectionRange: children[0].selectionRange,
      children,
    });
  }
  const variables = variableSymbols(profile);
  if (variables.length > 0) {
    const keyRange = profile.variablesKeyRange ?? variables[0].selectionRange;
    out.push({
      name: 'variables',
      detail: `${variables.length}`,
      kind: 'field',
      range: span([keyRange, ...variables.map((v) => v.range)]),
      selectionRange: keyRange,
      children: variables,
    });
  }
  return out;
}

function packSymbol(pack: PackEntry): ProfileSymbol {
  const version = pack.tag?.value || pack.version?.value;
  const detail = [version, pack.type?.value, pack.registryName?.value].filter((s) => s).join(' · ');
  const selection = pack.name?.range ?? [pack.range[0], pack.range[0]];
  return {
    name: pack.name?.value || `pack #${pack.index + 1}`,
    ...(detail ? { detail } : {}),
    kind: 'pack',
    range: span([pack.range, selection]),
    selectionRange: selection,
  };
}

function variableSymbols(profile: ProfileDocument): ProfileSymbol[] {
  return profile.variables.map((v, i) => {
    const selection = v.name?.range ?? [v.range[0], v.range[0]];
    return {
      name: v.name?.value || `variable #${i + 1}`,
      ...(v.format?.value ? { detail: v.format.value } : {}),
      kind: 'variable' as const,
      range: span([v.range, selection]),
      selectionRange: selection,
    };
  });
}

/** The smallest range holding all of them (LSP wants a symbol's range to hold its selection and children). */
function span(ranges: Range[]): Range {
  return [Math.min(...ranges.map((r) => r[0])), Math.max(...ranges.map((r) => r[1]))];
}
