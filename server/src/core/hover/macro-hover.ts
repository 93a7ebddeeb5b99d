/**
 * Hover on a macro: what it resolves to where that is knowable from the profile (pack references,
 * `kubernetes.version` from the k8s layer), else who fills it; for variables, their definition.
 */
import { isScalar } from 'yaml';
import type { CatalogSnapshot } from '../catalog.js';
import { resolveDottedPath } from '../dotted-path.js';
import { k8sLayer, k8sVersion } from '../k8s-layer.js';
import { splitPackPath } from '../macros.js';
import type { ProfileDocument } from '../model.js';
import { packByMacroName } from '../pack-lookup.js';
import type { LocatedMacro } from '../profile-macros.js';
import { systemMacros } from '../system-macros.js';

export function macroHover(macro: LocatedMacro, profile: ProfileDocument, catalog: CatalogSnapshot): string | undefined {
  const { kind, path } = macro.ref;
  if (kind === 'var') return variableHover(path, profile);
  if (kind === 'system') return systemHover(path, profile, catalog);
  if (kind === 'pack') return packRefHover(path, profile);
  if (kind === 'macro') return `User macro \`${path}\`\n\nResolved by Palette from project, tenant or system macros at deploy time.`;
  return undefined;
}

function variableHover(name: string, profile: ProfileDocument): string {
  const def = profile.variables.find((v) => v.name?.value === name);
  if (!def) return `Variable \`${name}\`\n\nNot defined in \`spec.variables\`.`;
  const facts = [`format: ${def.format?.value || 'string'}`, def.isSensitive ? 'sensitive' : undefined].filter(Boolean);
  const definition = profile.text.slice(def.range[0], def.range[1]).trimEnd();
  return `Variable \`${name}\` (${facts.join(', ')})\n\n\`\`\`yaml\n${definition}\n\`\`\``;
}

function systemHover(path: string, profile: ProfileDocument, catalog: CatalogSnapshot): string {
  const title = `System macro \`${path}\``;
  if (!systemMacros.includes(path)) return `${title}\n\nNot a Palette system macro.`;
  if (path === 'kubernetes.version') {
    const layer = k8sLayer(profile);
    const version = layer && k8sVersion(layer, catalog);
    if (layer && version) return `${title}\n\nResolves to \`${version}\` (k8s layer \`${layer.name?.value ?? ''}\`).`;
  }
  return `${title}\n\nFilled in by Palette at deploy time.`;
}

function packRefHover(path: string, profile: ProfileDocument): string {
  const { pack: name, valuesPath } = splitPackPath(path);
  const title = `Pack reference \`${name}\` → \`${valuesPath}\``;
  const target = packByMacroName(profile, name);
  if (!target) return `${title}\n\nNo pack \`${name}\` in this profile.`;
  const hit = target.values && resolveDottedPath(target.values.doc.contents, valuesPath);
  if (!hit || hit.node === null || (isScalar(hit.node) && hit.node.value === null)) return `${title}\n\nNot set in the pack's values: resolves to an empty string.`;
  if (!isScalar(hit.node)) return `${title}\n\nNames a map or list, not a single value.`;
  return `${title}\n\nResolves to \`${String(hit.node.value)}\`.`;
}
