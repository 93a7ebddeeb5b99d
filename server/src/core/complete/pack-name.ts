/**
 * Pack names, one entry per (pack, registry), filtered by the item's layer and registry and by the profile's
 * cloud type. Accepting one also writes the item's missing type, layer, tag and registry (and, when asked and
 * loaded, the complete default values), as YAML or JSON like the profile.
 */
import type { CatalogSnapshot, PackInRegistry } from '../catalog.js';
import type { TextEdit } from '../finding.js';
import type { ProfileDocument } from '../model.js';
import { jsonFieldsEdit, jsonItemAt } from './json-fill.js';
import { lineAt } from './line-scan.js';
import { orderKey, type CompletionCandidate } from './candidate.js';
import type { CompletionContext } from './context.js';
import type { PackHint } from './pack-hint.js';
import { latestOf, namedRegistry } from './pack-catalog.js';
import { renderYamlFields, valuesBlock } from '../pack-entry/render-entry.js';

type FieldContext = Extract<CompletionContext, { kind: 'pack-field' }>;

export interface PackNameOptions {
  /** Also write the version's default values when the catalog has them. */
  includeValues?: boolean;
}

function fits(entry: PackInRegistry, layer: string | undefined, cloudType: string | undefined): boolean {
  // A name the catalog was asked about but found nowhere comes back as an entry with no versions.
  if (entry.versions?.length === 0 && !entry.latestVersion) return false;
  if (layer && entry.layer && entry.layer !== layer) return false;
  if (!cloudType || cloudType === 'all' || !entry.cloudTypes?.length) return true;
  return entry.cloudTypes.includes('all') || entry.cloudTypes.includes(cloudType);
}

export function packNameCandidates(ctx: FieldContext, profile: ProfileDocument, catalog: CatalogSnapshot, o: PackNameOptions = {}): CompletionCandidate[] {
  const registry = namedRegistry(ctx.pack, catalog);
  const cloudType = profile.template.cloudType?.value ?? /^\s*"?cloudType"?\s*:\s*"?([\w-]+)/m.exec(profile.text)?.[1];
  const order = new Map(catalog.registries().map((r, i) => [r.uid, i]));
  const place = placement(ctx, profile);
  const defaults = (entry: PackInRegistry, latest: string | undefined) =>
    o.includeValues && latest && !ctx.pack.entry?.valuesKey ? catalog.versionDetail(entry.registryUid, entry.name, latest)?.values : undefined;
  const out: CompletionCandidate[] = [];
  for (const name of catalog.packNames()) {
    const entries = (catalog.packByName(name) ?? [])
      .filter((e) => (!registry || e.registryUid === registry.uid) && fits(e, ctx.pack.layer, cloudType))
      .sort((a, b) => (order.get(a.registryUid) ?? 99) - (order.get(b.registryUid) ?? 99));
    for (const entry of entries) {
      const registryName = catalog.registryByUid(entry.registryUid)?.name ?? entry.registryUid;
      const latest = latestOf(entry);
      out.push({
        label: name,
        kind: 'pack',
        detail: [entry.displayName ?? name, latest, registryName].filter(Boolean).join(' · '),
        documentation: [entry.layer && `Layer: ${entry.layer}`, entry.cloudTypes?.length && `Cloud types: ${entry.cloudTypes.join(', ')}`].filter(Boolean).join('  \n') || undefined,
        insertText: ctx.lead + name,
        range: ctx.replace,
        sortText: orderKey(out.length),
        additionalEdits: place(missingFields(ctx.pack, profile.form, entry, registryName, latest), defaults(entry, latest)),
      });
    }
  }
  return out;
}

/** The fields the item lacks, in the order Palette's export writes them. */
function missingFields(hint: PackHint, form: ProfileDocument['form'], entry: PackInRegistry, registryName: string, latest: string | undefined): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (!hint.type && entry.type) fields.type = entry.type;
  if (!hint.layer && entry.layer) fields.layer = entry.layer;
  if (!hint.tag && !hint.version && latest) fields.tag = latest;
  if (!hint.registryName && !hint.registryUid) {
    if (form === 'create') fields.registryUid = entry.registryUid;
    else fields.registry = { metadata: { name: registryName } };
  }
  return fields;
}

type Place = (fields: Record<string, unknown>, values: string | undefined) => TextEdit[] | undefined;

/**
 * How the missing fields (and values) are written: after the line being typed on (YAML), or after the name's
 * string (JSON). Reads the item once for all candidates.
 */
function placement(ctx: FieldContext, profile: ProfileDocument): Place {
  const text = profile.text;
  if (profile.format === 'json') {
    const item = jsonItemAt(text, ctx.replace);
    return (fields, values) => item && jsonFieldsEdit(item, values === undefined ? fields : { ...fields, values });
  }
  const keyIndent = ' '.repeat(lineAt(text, ctx.pack.itemStart).keyCol);
  const nl = text.indexOf('\n', ctx.replace[1]);
  const at = nl < 0 ? text.length : nl;
  return (fields, values) => {
    let newText = Object.keys(fields).length > 0 ? `\n${renderYamlFields(fields, keyIndent)}` : '';
    if (values !== undefined) newText += `\n${keyIndent}values: ${valuesBlock(values, keyIndent)}`;
    return newText === '' ? undefined : [{ range: [at, at], newText }];
  };
}
