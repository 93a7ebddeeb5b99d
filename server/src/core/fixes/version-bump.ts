/**
 * Version fixes shared by unknown-version, disabled-version, deprecated-version, outdated-version and
 * k8s-version-advice: write the version the rule put in `data`. When an export-form pack carries the same
 * concrete value in `tag` and `version`, both change so they keep agreeing.
 */
import type { FixProvider } from './fix-provider.js';
import type { Finding, Fix, TextEdit } from '../finding.js';
import type { ProfileDocument } from '../model.js';
import { scalarEdit } from './scalar-edit.js';

function bump(profile: ProfileDocument, finding: Finding, version: string, title: string): Fix {
  const edits: TextEdit[] = [scalarEdit(profile, finding.range, version)];
  const pack = profile.packs.find((p) => p.version?.range[0] === finding.range[0] || p.tag?.range[0] === finding.range[0]);
  const other = pack?.version?.range[0] === finding.range[0] ? pack?.tag : pack?.version;
  const old = profile.text.slice(finding.range[0], finding.range[1]).replace(/^["']|["']$/g, '');
  if (other && other.value === old) edits.push(scalarEdit(profile, other.range, version));
  return { title, code: finding.code, edits };
}

function provider(code: string, keys: Array<[key: string, title: (v: string) => string]>): FixProvider {
  return {
    code,
    fixes: (profile, finding) => {
      const seen = new Set<string>();
      const out: Fix[] = [];
      for (const [key, title] of keys) {
        const v = finding.data?.[key];
        if (typeof v !== 'string' || v === '' || seen.has(v)) continue;
        seen.add(v);
        out.push(bump(profile, finding, v, title(v)));
      }
      if (out[0]) out[0].isPreferred = true;
      return out;
    },
  };
}

export const versionFixes: FixProvider[] = [
  provider('unknown-version', [['suggestion', (v) => `Use version ${v}`], ['latest', (v) => `Use the latest version ${v}`]]),
  provider('disabled-version', [['suggestion', (v) => `Use version ${v}`], ['latest', (v) => `Use the latest version ${v}`]]),
  provider('deprecated-version', [['suggestion', (v) => `Use version ${v}`], ['latest', (v) => `Use the latest version ${v}`]]),
  provider('outdated-version', [['latest', (v) => `Bump to ${v}`]]),
  provider('k8s-version-advice', [['recommended', (v) => `Use the recommended version ${v}`]]),
];
