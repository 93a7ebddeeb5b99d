/** Hover on a pack's name (what the pack is) and on its tag or version (what it resolves to, how current it is). */
import type { CatalogSnapshot } from '../catalog.js';
import type { PackEntry } from '../model.js';
import { isConcreteTag } from '../versions.js';
import { resolvePack } from '../complete/pack-catalog.js';

function facts(pack: PackEntry) {
  return {
    name: pack.name?.value,
    registryName: pack.registryName?.value,
    registryUid: pack.registryUid?.value,
    tag: pack.tag?.value,
    version: pack.version?.value,
  };
}

/** The first prose paragraph of a README (headings, badges and code skipped), cut to about 300 characters. */
export function readmeExcerpt(readme: string | undefined): string | undefined {
  if (!readme) return undefined;
  const paragraph = readme
    .replace(/```[\s\S]*?```/g, '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p !== '' && !p.startsWith('#') && !p.startsWith('![') && !p.startsWith('<') && !p.startsWith('|'));
  if (!paragraph) return undefined;
  const flat = paragraph.replace(/\s+/g, ' ');
  return flat.length > 300 ? `${flat.slice(0, 297).replace(/\s\S*$/, '')} …` : flat;
}

export function packHover(pack: PackEntry, catalog: CatalogSnapshot): string | undefined {
  const resolved = resolvePack(facts(pack), catalog);
  if (!resolved?.entry) return undefined;
  const entry = resolved.entry;
  const title = `**${entry.displayName ?? resolved.name}** \`${resolved.name}\``;
  const parts = [
    entry.layer && `Layer: ${entry.layer}`,
    resolved.registry && `Registry: ${resolved.registry.name}`,
    resolved.latest && `Latest: ${resolved.latest}`,
    entry.cloudTypes?.length && `Cloud types: ${entry.cloudTypes.join(', ')}`,
  ].filter(Boolean);
  const excerpt = readmeExcerpt(resolved.detail?.readme);
  return [title, parts.join(' · '), excerpt].filter(Boolean).join('\n\n');
}

export function versionHover(pack: PackEntry, field: 'tag' | 'version', catalog: CatalogSnapshot): string | undefined {
  const written = pack[field]?.value;
  const resolved = resolvePack(facts(pack), catalog);
  if (!written || !resolved?.entry) return undefined;
  const info = resolved.entry.versions?.find((v) => v.tag === written || v.version === written);
  const lines = [`**${resolved.name}** ${written}${!isConcreteTag(written) && resolved.version ? ` → ${resolved.version}` : ''}`];
  const status = info?.disabled ? 'disabled' : info?.deprecated ? 'deprecated' : info || !resolved.entry.versions ? undefined : 'not in this registry';
  const latest = resolved.latest === resolved.version ? `${resolved.latest} (this version)` : resolved.latest;
  lines.push([status && `Status: ${status}`, latest && `Latest: ${latest}`, resolved.registry && `Registry: ${resolved.registry.name}`].filter(Boolean).join(' · '));
  return lines.filter((l) => l !== '').join('\n\n');
}
