/**
 * Code lens per pack: its latest version (with the edit that bumps to it when the pack is behind), and the
 * entry points to its default values. Only for packs the catalog knows.
 */
import type { CatalogSnapshot } from './catalog.js';
import type { TextEdit } from './finding.js';
import type { Field, PackEntry, ProfileDocument } from './model.js';
import { compareVersions, isConcreteTag } from './versions.js';
import { resolvePack } from './complete/pack-catalog.js';

export interface PackLens {
  packIndex: number;
  /** Outer offset of the pack item's first key (the lens line). */
  offset: number;
  latest?: string;
  /** Edits that move the pack to `latest`; undefined when it is already there or the version is unknown. */
  bump?: TextEdit[];
}

/** A floating tag keeps its shape: `1.32.x` with latest 1.33.1 becomes `1.33.x`. */
function bumpedTag(tag: string, latest: string): string {
  if (isConcreteTag(tag)) return latest;
  const fixed = tag.split('.').findIndex((s) => /^[xX*]$/.test(s));
  const prefix = /^[A-Za-z][A-Za-z0-9]*__/.exec(tag)?.[0] ?? '';
  return prefix + [...latest.replace(/^v/, '').split('.').slice(0, fixed), 'x'].join('.');
}

/** Quoted scalars keep their quotes: only the characters of the value change. */
function bumpEdits(pack: PackEntry, latest: string, text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const edit = (field: Field, to: string) => {
    const at = field.range[0] + Math.max(0, text.slice(field.range[0], field.range[1]).indexOf(field.value));
    edits.push({ range: [at, at + field.value.length], newText: to });
  };
  if (pack.tag?.value) edit(pack.tag, bumpedTag(pack.tag.value, latest));
  if (pack.version?.value) edit(pack.version, latest);
  return edits;
}

export function codeLenses(profile: ProfileDocument, catalog: CatalogSnapshot): PackLens[] {
  const lenses: PackLens[] = [];
  for (const pack of profile.packs) {
    const facts = { name: pack.name?.value, registryName: pack.registryName?.value, registryUid: pack.registryUid?.value, tag: pack.tag?.value, version: pack.version?.value };
    const resolved = resolvePack(facts, catalog);
    if (!resolved?.entry) continue;
    const behind = resolved.latest !== undefined && resolved.version !== undefined && compareVersions(resolved.latest, resolved.version) > 0;
    lenses.push({
      packIndex: pack.index,
      offset: pack.range[0],
      latest: resolved.latest,
      bump: behind && resolved.latest ? bumpEdits(pack, resolved.latest, profile.text) : undefined,
    });
  }
  return lenses;
}
