import type { Rule } from './rule.js';
import { latestPatch, latestUsable } from './catalog-version.js';
import { resolvePack } from './pack-version.js';

/** Palette hides disabled versions and refuses new profiles with them. */
export const disabledVersion: Rule = {
  code: 'disabled-version',
  severity: 'error',
  description: 'The pack version is disabled in its registry.',
  needsCatalog: true,
  checkPack: (pack, { catalog }) => {
    const r = resolvePack(pack, catalog);
    if (!r?.version.info.disabled) return [];
    const versions = r.entry.versions ?? [];
    const latest = latestUsable(versions);
    return [{
      message: `${r.name} ${r.version.version} is disabled.${latest ? ` Latest: ${latest}.` : ''}`,
      range: r.version.field.range,
      data: { version: r.version.version, latest, suggestion: latestPatch(versions, r.version.version) ?? latest },
    }];
  },
};
