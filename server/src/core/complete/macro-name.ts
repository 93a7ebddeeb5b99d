/**
 * Macro paths: system macros after `{{ .spectro.system.`; after `{{ .spectro.pack.` the profile's pack
 * names, then (once a pack is named) the keys of that pack's values one level at a time. Labels are the whole
 * dotted path because option keys themselves contain dots (`options.system.uri`).
 */
import { isMap, type Node as YamlNode } from 'yaml';
import { resolveDottedPath } from '../dotted-path.js';
import { splitPackPath } from '../macros.js';
import type { ProfileDocument } from '../model.js';
import { macroPackNames, packByMacroName } from '../pack-lookup.js';
import { systemMacros } from '../system-macros.js';
import { orderKey, type CompletionCandidate } from './candidate.js';
import type { CompletionContext } from './context.js';
import { describeDefault, keyOf } from './defaults-tree.js';

type MacroContext = Extract<CompletionContext, { kind: 'macro' }>;

export function systemMacroCandidates(ctx: MacroContext): CompletionCandidate[] {
  return systemMacros.map((name, i) => ({
    label: name,
    kind: 'macro' as const,
    detail: name === 'cluster.kubevip' ? 'system macro (edge and vSphere only)' : 'system macro',
    insertText: name,
    range: ctx.replace,
    sortText: orderKey(i),
  }));
}

export function packMacroCandidates(ctx: MacroContext, profile: ProfileDocument): CompletionCandidate[] {
  const dot = ctx.prefix.indexOf('.');
  if (dot < 0) {
    return macroPackNames(profile).map((name, i) => ({
      label: name,
      kind: 'macro' as const,
      detail: 'pack in this profile',
      insertText: name,
      range: ctx.replace,
      sortText: orderKey(i),
    }));
  }
  const { pack: packName, valuesPath } = splitPackPath(ctx.prefix);
  const root = packByMacroName(profile, packName)?.values?.doc.contents as YamlNode | null | undefined;
  const lastDot = valuesPath.lastIndexOf('.');
  const parentPath = lastDot < 0 ? '' : valuesPath.slice(0, lastDot);
  const parent = resolveDottedPath(root, parentPath)?.node;
  if (!isMap(parent)) return [];
  const base = parentPath === '' ? packName : `${packName}.${parentPath}`;
  return parent.items.flatMap((pair, i) => {
    const key = keyOf(pair);
    if (key === undefined) return [];
    const path = `${base}.${key}`;
    return [{
      label: path,
      kind: 'macro' as const,
      detail: describeDefault(pair.value as YamlNode | null),
      insertText: path,
      range: ctx.replace,
      sortText: orderKey(i),
    }];
  });
}
