import type { PackEntry, ProfileDocument } from '../model.js';
import type { Rule, RuleFinding } from './rule.js';
import { headRange } from './head-range.js';
import { packLayers } from './enums.js';

/**
 * Which layers a profile type may hold (PRODUCT.md §3): infra needs exactly one os, k8s and cni, allows at
 * most one csi (and one kernel) and no add-ons; cluster (Full) is the same plus any add-ons; add-on holds
 * add-ons only. `system` profiles are not checked: no source we have states their layer rules.
 */
export const layerComposition: Rule = {
  code: 'layer-composition',
  severity: 'error',
  description: 'The layers do not fit the profile type (infra: one os, k8s, cni, ≤1 csi; add-on: addon layers only).',
  check: ({ profile }) => {
    const type = profile.template.type?.value;
    if (type === 'add-on') return addOnFindings(profile);
    if (type === 'infra' || type === 'cluster') return infraFindings(profile, type);
    return [];
  },
};

const exactlyOne = ['os', 'k8s', 'cni'] as const;
const atMostOne = ['kernel', 'csi'] as const;

function layerOf(pack: PackEntry): string | undefined {
  const layer = pack.layer?.value;
  return layer !== undefined && (packLayers as readonly string[]).includes(layer) ? layer : undefined;
}

function addOnFindings(profile: ProfileDocument): RuleFinding[] {
  return profile.packs.flatMap((pack) => {
    const layer = layerOf(pack);
    if (layer === undefined || layer === 'addon' || pack.layer === undefined) return [];
    return [{
      message: `An add-on profile holds only addon layers; '${pack.name?.value ?? 'this pack'}' is a ${layer} layer. Move it to an infra or cluster profile.`,
      range: pack.layer.range,
      data: { layer, profileType: 'add-on' },
    }];
  });
}

function infraFindings(profile: ProfileDocument, type: 'infra' | 'cluster'): RuleFinding[] {
  const out: RuleFinding[] = [];
  const byLayer = new Map<string, PackEntry[]>();
  for (const pack of profile.packs) {
    const layer = layerOf(pack);
    if (layer !== undefined) byLayer.set(layer, [...(byLayer.get(layer) ?? []), pack]);
  }
  for (const layer of [...exactlyOne, ...atMostOne]) {
    for (const extra of (byLayer.get(layer) ?? []).slice(1)) {
      out.push({
        message: `A${type === 'infra' ? 'n infra' : ' cluster'} profile has one ${layer} layer; '${extra.name?.value ?? 'this pack'}' is a second one.`,
        range: extra.layer?.range ?? headRange(profile.text, extra.range),
        data: { layer, profileType: type, problem: 'extra' },
      });
    }
  }
  if (type === 'infra') {
    for (const pack of byLayer.get('addon') ?? []) {
      out.push({
        message: `An infra profile holds no add-ons; move '${pack.name?.value ?? 'this pack'}' to an add-on profile, or make this a cluster profile.`,
        range: pack.layer?.range ?? headRange(profile.text, pack.range),
        data: { layer: 'addon', profileType: type, problem: 'addon-in-infra' },
      });
    }
  }
  // Without every layer known (create form omits `layer`), absence cannot be told from omission.
  const allLayersKnown = profile.packs.every((p) => layerOf(p) !== undefined);
  if (!allLayersKnown) return out;
  const at = profile.template.packsKeyRange ?? profile.template.type?.range;
  if (at === undefined) return out;
  for (const layer of exactlyOne) {
    if (byLayer.has(layer)) continue;
    out.push({
      message: `A${type === 'infra' ? 'n infra' : ' cluster'} profile needs one ${layer} layer; this one has none.`,
      range: at,
      data: { layer, profileType: type, problem: 'missing' },
    });
  }
  return out;
}
