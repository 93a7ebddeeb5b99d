/**
 * The repo file `.palette-profile.yaml`, parsed from text (the caller reads the file):
 *
 * ```yaml
 * rules:
 *   mixed-profile: off        # error | warning | info | hint | off (false also means off)
 *   missing-field: warning
 * ignore:                     # globs of files the CLI and the editor skip, relative to the file
 *   - vendor/**
 * ```
 * Mistakes (unknown codes, severities or keys, wrong shapes) become `problems`; nothing throws.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { RuleSeverity } from '../protocol.js';
import type { Range } from './model.js';
import { nearestValue } from './rules/nearest-value.js';
import { ruleCodes } from './validate.js';

export interface ConfigProblem {
  message: string;
  /** Offsets in the config text. */
  range: Range;
}

export interface RepoConfig {
  severities: Record<string, RuleSeverity>;
  ignore: string[];
  problems: ConfigProblem[];
}

const severities: readonly RuleSeverity[] = ['error', 'warning', 'info', 'hint', 'off'];

/** Parses `.palette-profile.yaml` text. */
export function parseConfig(text: string): RepoConfig {
  const out: RepoConfig = { severities: {}, ignore: [], problems: [] };
  const doc = parseDocument(text, { prettyErrors: false });
  for (const e of doc.errors) out.problems.push({ message: e.message, range: [e.pos[0], e.pos[1]] });
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return out;
  if (!isMap(root)) {
    out.problems.push({ message: 'Expected a mapping with `rules` and `ignore`.', range: rangeOf(root) });
    return out;
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as YamlNode | null;
    if (key === 'rules') readRules(value, out);
    else if (key === 'ignore') readIgnore(value, out);
    else out.problems.push({ message: `Unknown key '${key}' (expected 'rules' or 'ignore').`, range: rangeOf(pair.key as YamlNode) });
  }
  return out;
}

function readRules(node: YamlNode | null, out: RepoConfig): void {
  if (node === null || (isScalar(node) && node.value === null)) return;
  if (!isMap(node)) {
    out.problems.push({ message: '`rules` must map rule codes to severities.', range: rangeOf(node) });
    return;
  }
  for (const pair of node.items) {
    const keyNode = pair.key as YamlNode;
    const code = isScalar(keyNode) ? String(keyNode.value) : '';
    if (!ruleCodes.includes(code)) {
      const near = nearestValue(code, ruleCodes);
      out.problems.push({ message: `Unknown rule code '${code}'.${near ? ` Did you mean '${near}'?` : ''}`, range: rangeOf(keyNode) });
      continue;
    }
    const valueNode = pair.value as YamlNode | null;
    const raw = isScalar(valueNode) ? valueNode.value : undefined;
    const severity = raw === false ? 'off' : String(raw);
    if ((severities as readonly string[]).includes(severity)) {
      out.severities[code] = severity as RuleSeverity;
    } else {
      out.problems.push({
        message: `'${String(raw)}' is not a severity for '${code}' (${severities.join(', ')}).`,
        range: valueNode ? rangeOf(valueNode) : rangeOf(keyNode),
      });
    }
  }
}

function readIgnore(node: YamlNode | null, out: RepoConfig): void {
  if (node === null || (isScalar(node) && node.value === null)) return;
  const items = isSeq(node) ? (node.items as YamlNode[]) : [node];
  for (const item of items) {
    if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') out.ignore.push(item.value);
    else out.problems.push({ message: '`ignore` entries must be glob strings.', range: rangeOf(item) });
  }
}

function rangeOf(node: YamlNode | null | undefined): Range {
  const r = node?.range;
  return r ? [r[0], r[1]] : [0, 0];
}

/**
 * Severity overrides, later layers winning: pass defaults, then the repo file, then the editor setting.
 */
export function mergeSeverities(
  ...layers: Array<Record<string, RuleSeverity> | undefined>
): Record<string, RuleSeverity> {
  return Object.assign({}, ...layers.filter((l) => l !== undefined)) as Record<string, RuleSeverity>;
}
