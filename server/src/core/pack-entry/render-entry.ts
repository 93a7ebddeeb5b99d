/**
 * A complete pack entry as text, in the profile's own form (export: registry by name, which is portable
 * across tenants; create: registryUid) and format (YAML block or JSON), at a given indentation.
 */
import type { ProfileDocument } from '../model.js';

export interface PackChoice {
  name: string;
  type?: string;
  layer?: string;
  /** Tag to write (a concrete version or a floating tag). */
  tag: string;
  registryName: string;
  registryUid: string;
  /** Pack uid of that version, written in the create form when known. */
  packUid?: string;
  /** Default values to include, when wanted. */
  values?: string;
}

type Form = ProfileDocument['form'];

/** The fields of an entry, in the order Palette's export writes them. */
export function entryObject(choice: PackChoice, form: Form): Record<string, unknown> {
  const out: Record<string, unknown> = { name: choice.name };
  if (choice.type) out.type = choice.type;
  if (choice.layer) out.layer = choice.layer;
  out.tag = choice.tag;
  if (form === 'create') {
    if (choice.packUid) out.uid = choice.packUid;
    out.registryUid = choice.registryUid;
  } else {
    out.registry = { metadata: { name: choice.registryName } };
  }
  if (choice.values !== undefined) out.values = choice.values;
  return out;
}

/** A YAML scalar as written by hand: plain when that reads back the same string, else double-quoted. */
export function yamlScalar(value: string): string {
  const plain = /^[A-Za-z0-9_./][A-Za-z0-9_ ./-]*$/.test(value) && !/\s$/.test(value) && !/^(true|false|null|yes|no|on|off|~|[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

/** A `values: |` block: `keyIndent` is the column of `values`; content goes two deeper. */
export function valuesBlock(values: string, keyIndent: string): string {
  const inner = `${keyIndent}  `;
  const body = values.replace(/\n+$/, '').split('\n').map((l) => (l.trim() === '' ? '' : inner + l)).join('\n');
  return `|\n${body}`;
}

function yamlLines(obj: Record<string, unknown>, indent: string): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(obj)) {
    if (key === 'values' && typeof value === 'string') lines.push(`${indent}values: ${valuesBlock(value, indent)}`);
    else if (typeof value === 'object' && value !== null) lines.push(`${indent}${key}:`, ...yamlLines(value as Record<string, unknown>, `${indent}  `));
    else lines.push(`${indent}${key}: ${yamlScalar(String(value))}`);
  }
  return lines;
}

/** YAML lines of an entry; the first starts with `- ` at `dashIndent` (no trailing newline). */
export function renderYamlEntry(choice: PackChoice, form: Form, dashIndent: string): string {
  const lines = yamlLines(entryObject(choice, form), `${dashIndent}  `);
  lines[0] = `${dashIndent}- ${(lines[0] ?? '').trimStart()}`;
  return lines.join('\n');
}

/** YAML lines of the fields after `name` only (to complete an item whose name was just typed). */
export function renderYamlFields(fields: Record<string, unknown>, keyIndent: string): string {
  return yamlLines(fields, keyIndent).join('\n');
}

/** JSON text of an entry whose `{` stands at `indent`, nested by `unit`. */
export function renderJsonEntry(choice: PackChoice, form: Form, indent: string, unit: string): string {
  return JSON.stringify(entryObject(choice, form), null, unit).split('\n').join(`\n${indent}`);
}
