import type { Rule } from './rule.js';
import { recommendedK8s } from '../versions.js';
import { concreteVersions } from './catalog-version.js';
import { resolvePack } from './pack-version.js';

/** Edge clusters are hard to upgrade in the field: Spectro Cloud advises the newest patch of the previous minor (n-1). */
export const k8sVersionAdvice: Rule = {
  code: 'k8s-version-advice',
  severity: 'info',
  description: 'Edge-native Kubernetes layer: prefer the newest patch of the previous minor (n-1) for stability.',
  needsCatalog: true,
  checkPack: (pack, { profile, catalog }) => {
    if (profile.template.cloudType?.value.trim() !== 'edge-native') return [];
    const r = resolvePack(pack, catalog);
    if (!r || (pack.layer?.value ?? r.entry.layer) !== 'k8s') return [];
    const usable = concreteVersions(r.entry.versions ?? []).filter((v) => !v.disabled && !v.deprecated).map((v) => v.version);
    const recommended = recommendedK8s(usable);
    if (!recommended || recommended === r.version.version) return [];
    return [{
      message: `For edge clusters prefer ${r.name} ${recommended}, the newest patch of the previous minor (n-1); this profile uses ${r.version.version}.`,
      range: r.version.field.range,
      data: { version: r.version.version, recommended },
    }];
  },
};
