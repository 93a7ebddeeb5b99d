import { isMap } from 'yaml';
import type { Field, PackEntry, ProfileDocument, Range } from '../model.js';
import type { Rule, RuleFinding } from './rule.js';
import { headRange } from './head-range.js';

/**
 * Fields Palette needs to accept a profile. What counts as required (docs/rules.md#missing-field):
 * - profile: metadata.name, spec.version, spec.template, template.type (warning: Palette defaults it to
 *   `cluster`), template.cloudType, template.packs.
 * - pack: name; layer (export form only — the create entity's `layer` is optional, Terraform never sends it);
 *   tag or version and a registry unless `type: manifest` (manifest packs live in the profile itself).
 *   A missing registry is a warning: import asks the user to pick one, but the result is a guess.
 * - `values` is never required here; whether Palette needs them is the pack's business (values-incomplete).
 * An empty string counts as missing.
 */
export const missingField: Rule = {
  code: 'missing-field',
  severity: 'error',
  description: 'A field Palette requires is missing or empty (profile name, version, type, cloud type, packs; pack name, layer, tag/version, registry).',
  check: ({ profile }) => (isProfileLike(profile) ? profileFindings(profile) : []),
  checkPack: (pack, { profile }) => (isProfileLike(profile) ? packFindings(profile, pack) : []),
};

function isProfileLike(profile: ProfileDocument): boolean {
  return profile.isProfile || profile.spec.range !== undefined || profile.metadata.range !== undefined;
}

function present(field: Field | undefined): boolean {
  return field !== undefined && String(field.value).trim() !== '';
}

function missing(field: string, at: Range, message: string, severity?: 'warning'): RuleFinding {
  return { message, range: at, data: { field }, ...(severity ? { severity } : {}) };
}

function profileFindings(profile: ProfileDocument): RuleFinding[] {
  const { text, metadata, spec, template } = profile;
  const docStart: Range = headRange(text, [0, text.length]);
  const out: RuleFinding[] = [];
  if (!present(metadata.name)) {
    const at = metadata.name?.range ?? metadata.keyRange ?? docStart;
    out.push(missing('metadata.name', at, 'The profile has no name (metadata.name).'));
  }
  const specAt = spec.keyRange ?? docStart;
  if (!present(profile.version)) {
    const at = profile.version?.range ?? specAt;
    out.push(missing('spec.version', at, 'The profile has no version (spec.version), e.g. 1.0.0.'));
  }
  if (template.range === undefined && template.keyRange === undefined) {
    out.push(missing('spec.template', specAt, 'The profile has no template (spec.template with type, cloudType and packs).'));
    return out;
  }
  const templateAt = template.keyRange ?? headRange(text, template.range ?? specAt);
  if (!present(template.type)) {
    const at = template.type?.range ?? templateAt;
    out.push(missing('spec.template.type', at, "The profile has no type (spec.template.type); Palette then assumes 'cluster'.", 'warning'));
  }
  if (!present(template.cloudType)) {
    const at = template.cloudType?.range ?? templateAt;
    out.push(missing('spec.template.cloudType', at, "The profile has no cloud type (spec.template.cloudType), e.g. 'all' for add-on profiles."));
  }
  if (template.packsRange === undefined && template.packsKeyRange === undefined) {
    out.push(missing('spec.template.packs', templateAt, 'The profile has no packs (spec.template.packs).'));
  }
  return out;
}

function packFindings(profile: ProfileDocument, pack: PackEntry): RuleFinding[] {
  const at = pack.name?.keyRange ?? headRange(profile.text, pack.range);
  const label = present(pack.name) ? `Pack '${pack.name?.value}'` : `Pack #${pack.index + 1}`;
  // A scalar or list where a pack belongs is one problem, not four missing fields.
  if (!isMap(pack.node)) return [missing('pack', at, `${label} is not a mapping (name, type, layer, tag, registry, values).`)];
  const out: RuleFinding[] = [];
  if (!present(pack.name)) out.push(missing('name', pack.name?.range ?? at, `${label} has no name.`));
  if (profile.form !== 'create' && !present(pack.layer)) {
    out.push(missing('layer', pack.layer?.range ?? at, `${label} has no layer (os, k8s, cni, csi, addon…).`));
  }
  if (pack.type?.value === 'manifest') return out;
  if (!present(pack.tag) && !present(pack.version)) {
    out.push(missing('tag', pack.tag?.range ?? pack.version?.range ?? at, `${label} has neither a tag nor a version.`));
  }
  const namesRegistry =
    present(pack.registryName) || present(pack.registryUid) || present(pack.uid);
  if (!namesRegistry) {
    out.push(missing('registry', at, `${label} names no registry (registry.metadata.name or registryUid); Palette has to guess which one holds it.`, 'warning'));
  }
  return out;
}
