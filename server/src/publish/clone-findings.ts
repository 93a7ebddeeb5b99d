/**
 * What a clone must tell the user besides packs (pure): values Palette masked on export, variables to fill in,
 * and a BYOOS provider image that names a registry the source tenant pulls from.
 */
import { parse } from 'yaml';
import type { ProfileInput } from './profile-input.js';

export interface VariableLine {
  name: string;
  required: boolean;
  sensitive: boolean;
  defaultValue?: string;
}

/** Palette masks sensitive values as a run of asterisks (librarium export-import-cluster-profile.md). */
const MASK = /\*{5,}/;

export function maskedValues(input: ProfileInput): string[] {
  const out: string[] = [];
  for (const v of input.variables) {
    if (v.isSensitive === true) out.push(`variable ${String(v.name)} is sensitive: its value was masked on export; enter it again`);
  }
  for (const pack of input.packs) {
    (pack.values ?? '').split('\n').forEach((line, i) => {
      if (MASK.test(line)) out.push(`pack ${pack.name}, values line ${i + 1} (${line.trim().split(':')[0]}) looks masked; enter the value again`);
    });
  }
  return out;
}

export function variableLines(input: ProfileInput): VariableLine[] {
  return input.variables.map((v) => ({
    name: String(v.name),
    required: v.required === true,
    sensitive: v.isSensitive === true,
    defaultValue: typeof v.defaultValue === 'string' && v.isSensitive !== true ? v.defaultValue : undefined,
  }));
}

function options(values: string | undefined): Record<string, unknown> {
  if (!values || !values.includes('system.')) return {};
  try {
    const doc = parse(values) as { options?: unknown } | null;
    return doc?.options && typeof doc.options === 'object' ? (doc.options as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const hostOf = (ref: string): string => ref.split('/')[0];

/**
 * BYOOS `options.system.uri` (keys with dots, FACTS §6): a literal image, or the macro form whose registry is
 * `system.registry`. Either way the destination's clusters will pull from that host, which the source tenant
 * may reach and the destination may not.
 */
export function byoosRegistries(input: ProfileInput): string[] {
  const out: string[] = [];
  for (const pack of input.packs) {
    const o = options(pack.values);
    const uri = typeof o['system.uri'] === 'string' ? o['system.uri'].trim() : '';
    const registry = typeof o['system.registry'] === 'string' ? o['system.registry'].trim() : '';
    if (uri && !uri.includes('{{') && uri !== 'NA') {
      out.push(`pack ${pack.name}: system.uri ${uri} pulls from ${hostOf(uri)}; check that the destination can reach it`);
    } else if (uri.includes('{{') && registry && !registry.includes('{{')) {
      out.push(`pack ${pack.name}: system.registry ${registry} (used by system.uri) is the source's registry; check that the destination can reach it`);
    }
  }
  return out;
}
