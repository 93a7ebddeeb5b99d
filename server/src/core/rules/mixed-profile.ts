import type { Rule } from './rule.js';

const infraLayers = new Set(['kernel', 'os', 'k8s', 'cni', 'csi']);

/**
 * Best practice, not an error: keeping infrastructure and add-ons in separate profiles lets teams version
 * and reuse them independently (one infra profile, many add-on profiles per cluster).
 */
export const mixedProfile: Rule = {
  code: 'mixed-profile',
  severity: 'info',
  description: 'A cluster (Full) profile mixes infrastructure layers and add-ons; separate infra and add-on profiles are easier to reuse.',
  check: ({ profile }) => {
    const type = profile.template.type;
    if (type?.value !== 'cluster') return [];
    const layers = profile.packs.map((p) => p.layer?.value);
    const addons = layers.filter((l) => l === 'addon').length;
    if (addons === 0 || !layers.some((l) => l !== undefined && infraLayers.has(l))) return [];
    return [{
      message: `This cluster profile holds infrastructure layers and ${addons} add-on${addons === 1 ? '' : 's'}; consider an infra profile plus an add-on profile so each can be versioned and reused on its own.`,
      range: type.range,
      data: { addons },
    }];
  },
};
