/**
 * A pack's schema constraints (schema.yaml: `{{ required | readonly | format "${…}" | regex "…" }}`,
 * librarium pack-constraints.md) checked against the profile's values. Names are dotted paths with `$[]` for
 * every list item. Values holding a macro are resolved by Palette at deploy time and are not checked.
 */
import { isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Pair } from 'yaml';
import type { PackSchemaEntry } from '../catalog.js';
import type { DefaultValues } from './defaults-model.js';
import { keyText } from './yaml-nodes.js';

export interface SchemaViolation {
  path: string;
  kind: 'required' | 'readonly' | 'format' | 'regex' | 'list';
  message: string;
  /** Inner range of the offending value; undefined when the key is missing. */
  range?: readonly [number, number];
  expected?: string;
}

/** Every node at a schema path: `$[]` fans out over list items; keys may contain dots (longest match first). */
export function nodesAt(root: YamlNode | null, segments: string[]): Array<YamlNode | null> {
  if (segments.length === 0) return [root];
  if (segments[0] === '$[]') return isSeq(root) ? root.items.flatMap((i) => nodesAt(i as YamlNode, segments.slice(1))) : [];
  if (!isMap(root)) return [];
  for (let take = segments.length; take >= 1; take--) {
    const wanted = segments.slice(0, take).join('.');
    const pair = root.items.find((p) => keyText(p as Pair) === wanted) as Pair | undefined;
    if (pair) return nodesAt((pair.value as YamlNode | null) ?? null, segments.slice(take));
  }
  return [];
}

const versionPattern = /^v?\d+(\.\d+){0,3}([-+][0-9A-Za-z.+-]+)?$/;
const ipv4Pattern = /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const regexCache = new Map<string, RegExp | null>();

function compiled(source: string): RegExp | null {
  if (!regexCache.has(source)) {
    let re: RegExp | null = null;
    try {
      re = new RegExp(source);
    } catch {
      // A pack's invalid pattern is the pack's problem, not the profile's.
    }
    regexCache.set(source, re);
  }
  return regexCache.get(source) ?? null;
}

function formatProblem(format: string | undefined, value: unknown, options: string[] | undefined): string | undefined {
  const text = String(value);
  switch (format) {
    case 'number':
      return typeof value === 'number' || (text.trim() !== '' && Number.isFinite(Number(text))) ? undefined : 'a number';
    case 'boolean':
    case 'bool':
      return typeof value === 'boolean' || text === 'true' || text === 'false' ? undefined : 'true or false';
    case 'ipv4':
      return ipv4Pattern.test(text) ? undefined : 'an IPv4 address';
    case 'version':
      return versionPattern.test(text) ? undefined : 'a version (e.g. 1.2.3)';
    case 'list':
      return !options?.length || options.includes(text) ? undefined : `one of ${options.join(', ')}`;
    default:
      return undefined;
  }
}

export function schemaViolations(user: Document, defaults: DefaultValues, schema: readonly PackSchemaEntry[]): SchemaViolation[] {
  const out: SchemaViolation[] = [];
  for (const entry of schema) {
    if (!entry.name) continue;
    const segments = entry.name.split('.');
    const nodes = nodesAt(user.contents as YamlNode | null, segments);
    if (nodes.length === 0) {
      // Missing but in the defaults: values-incomplete reports it already.
      if (entry.required && !segments.includes('$[]') && nodesAt(defaults.doc.contents as YamlNode | null, segments).length === 0) {
        out.push({ path: entry.name, kind: 'required', message: `'${entry.name}' is required by the pack's schema.` });
      }
      continue;
    }
    for (const node of nodes) out.push(...checkNode(entry, node, defaults));
  }
  return out;
}

function checkNode(entry: PackSchemaEntry, node: YamlNode | null, defaults: DefaultValues): SchemaViolation[] {
  const range = node?.range ? ([node.range[0], node.range[1]] as const) : undefined;
  const value = isScalar(node) ? node.value : node === null ? null : undefined;
  if (typeof value === 'string' && value.includes('{{')) return [];
  const path = entry.name;
  if (value === null || value === '') {
    return entry.required ? [{ path, kind: 'required', message: `'${path}' is required by the pack's schema and is empty.`, range }] : [];
  }
  if (value === undefined) return [];
  const out: SchemaViolation[] = [];
  if (entry.readonly) {
    const def = nodesAt(defaults.doc.contents as YamlNode | null, path.split('.'))[0];
    if (isScalar(def) && def.value !== null && String(def.value) !== String(value)) {
      out.push({ path, kind: 'readonly', message: `'${path}' is read-only in the pack's schema; its default is '${String(def.value)}'.`, range, expected: String(def.value) });
    }
  }
  const format = entry.format === 'list' || entry.listOptions?.length ? 'list' : entry.format;
  const problem = formatProblem(format, value, entry.listOptions);
  if (problem) out.push({ path, kind: format === 'list' ? 'list' : 'format', message: `'${path}' must be ${problem}; it is '${String(value)}'.`, range, expected: problem });
  const re = entry.regex ? compiled(entry.regex) : null;
  if (re && !re.test(String(value))) out.push({ path, kind: 'regex', message: `'${path}' does not match the pack's pattern ${entry.regex}.`, range });
  return out;
}
