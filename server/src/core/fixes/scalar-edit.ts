import { parse } from 'yaml';
import type { TextEdit } from '../finding.js';
import type { ProfileDocument, Range } from '../model.js';

/**
 * An edit replacing the scalar at `range` with `value`, written the way the document writes strings: JSON
 * always quotes; YAML keeps the quote style in use and stays plain only when a plain scalar reads back as the
 * same string (so `1.0.0` stays plain but `true` or `1.0` would be quoted).
 */
export function scalarEdit(profile: ProfileDocument, range: Range, value: string): TextEdit {
  const raw = profile.text.slice(range[0], range[1]);
  return { range, newText: quoteLike(profile.format, raw, value) };
}

function quoteLike(format: 'yaml' | 'json', raw: string, value: string): string {
  if (format === 'json' || raw.startsWith('"')) return JSON.stringify(value);
  if (raw.startsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  return readsBackAsString(value) ? value : JSON.stringify(value);
}

function readsBackAsString(value: string): boolean {
  if (value === '' || /[\n\r#:]/.test(value) || value.trim() !== value) return false;
  try {
    return parse(value) === value;
  } catch {
    return false;
  }
}

