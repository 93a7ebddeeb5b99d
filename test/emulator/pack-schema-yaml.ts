import { parse } from 'yaml';

/** v1PackSchema as Palette serves it from a pack's schema.yaml. */
export interface PackSchemaJson {
  name: string;
  type: string;
  format: string;
  required: boolean;
  readonly: boolean;
  regex?: string;
  listOptions?: string[];
  hints?: string[];
}

/**
 * schema.yaml maps a dotted values path to `schema: '{{ required | format "${number}" | hints "..." }}'`
 * (librarium registries-and-packs/pack-constraints.md). Splits the pipeline into its directives.
 */
export function parseSchemaYaml(text: string): PackSchemaJson[] {
  const doc = (parse(text) ?? {}) as Record<string, { schema?: string } | null>;
  return Object.entries(doc).flatMap(([name, entry]) => {
    const expr = entry?.schema;
    if (typeof expr !== 'string') return [];
    return [parseExpression(name, expr)];
  });
}

function parseExpression(name: string, expr: string): PackSchemaJson {
  const out: PackSchemaJson = { name, type: 'string', format: 'string', required: false, readonly: false };
  const body = expr.trim().replace(/^\{\{/, '').replace(/\}\}$/, '');
  for (const part of body.split('|').map((p) => p.trim())) {
    const arg = /"(.*)"/.exec(part)?.[1];
    if (part === 'required') out.required = true;
    else if (part === 'readonly') out.readonly = true;
    else if (part.startsWith('hints') && arg !== undefined) out.hints = [arg];
    else if (part.startsWith('regex') && arg !== undefined) out.regex = arg;
    else if (part.startsWith('format') && arg !== undefined) applyFormat(out, arg);
  }
  return out;
}

function applyFormat(out: PackSchemaJson, arg: string): void {
  const inner = /^\$\{(.*)\}$/.exec(arg)?.[1] ?? arg;
  const list = /^list:\[(.*)\]$/.exec(inner);
  if (list) {
    out.format = 'list';
    out.listOptions = list[1].split(',').map((s) => s.trim());
    return;
  }
  out.format = inner;
  out.type = inner === 'number' || inner === 'boolean' ? inner : 'string';
}

/** presets.yaml: `presets: [{name, displayName, group, remove, add}]`. */
export function parsePresetsYaml(text: string): unknown[] {
  const doc = parse(text) as { presets?: unknown[] } | null;
  return Array.isArray(doc?.presets) ? doc.presets : [];
}
