import type { FixProvider } from './fix-provider.js';
import type { Fix } from '../finding.js';
import { scalarEdit } from './scalar-edit.js';
import { registrySwitch } from './registry-switch.js';

/** unknown-pack → rename to the suggestion (keeping an `alias--` prefix), or move to a registry that has the pack. */
export const unknownPackFix: FixProvider = {
  code: 'unknown-pack',
  fixes: (profile, finding, catalog) => {
    const pack = profile.packs.find((p) => p.name?.range[0] === finding.range[0]);
    if (!pack?.name) return [];
    const out: Fix[] = [];
    const suggestion = finding.data?.suggestion;
    if (typeof suggestion === 'string' && suggestion) {
      const full = pack.name.value;
      const alias = full.includes('--') ? full.slice(0, full.lastIndexOf('--') + 2) : '';
      out.push({ title: `Change to '${suggestion}'`, code: finding.code, edits: [scalarEdit(profile, pack.name.range, alias + suggestion)], isPreferred: true });
    }
    const registries = Array.isArray(finding.data?.registries) ? (finding.data.registries as Array<{ uid: string }>) : [];
    for (const r of registries) {
      const registry = catalog.registryByUid(r.uid);
      const fix = registry && registrySwitch(profile, pack, registry, finding.code, '');
      if (fix) out.push(fix);
    }
    return out;
  },
};
