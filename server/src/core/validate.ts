/**
 * The validation engine: syntax problems, then every rule, then inline suppression and the user's severity
 * overrides. Synchronous, no I/O, never throws on user input (the catalog is loaded before this runs).
 */
import type { RuleSeverity } from '../protocol.js';
import { emptyCatalog, type CatalogSnapshot } from './catalog.js';
import { documentSizeFinding } from './document-size.js';
import type { Finding, Severity } from './finding.js';
import type { EmbeddedYaml, ProfileDocument, SyntaxProblem } from './model.js';
import { rules } from './rules/index.js';
import type { Rule, RuleContext, RuleFinding } from './rules/rule.js';
import { packFindings } from './pack-findings-cache.js';
import { applySuppressions, findSuppressions } from './suppression.js';

export interface ValidateOptions {
  /** Per-code severity overrides (defaults < .palette-profile.yaml < editor setting, merged by the caller). */
  severities?: Record<string, RuleSeverity>;
}

export interface RuleMetadata {
  code: string;
  severity: Severity;
  description: string;
  needsCatalog: boolean;
}

/** Codes the engine itself reports, besides the rules. */
const engineCodes: RuleMetadata[] = [
  { code: 'yaml-syntax', severity: 'error', description: 'The profile is not valid YAML/JSON.', needsCatalog: false },
  { code: 'values-syntax', severity: 'error', description: "A pack's values (or a YAML string inside them) is not valid YAML.", needsCatalog: false },
  { code: 'unused-suppression', severity: 'warning', description: 'A palette-profile-disable-next-line directive names a code that reports nothing on the next line.', needsCatalog: false },
  { code: 'internal-error', severity: 'info', description: 'A rule failed on this document; its findings are missing. Please report it.', needsCatalog: false },
  { code: 'document-too-large', severity: 'info', description: 'The document is above the size limit: its pack values are not checked.', needsCatalog: false },
];

/** Every code the product can report, with its default severity: for SARIF rule metadata, docs and settings. */
export const ruleMetadata: readonly RuleMetadata[] = [
  ...engineCodes,
  ...rules.map((r) => ({ code: r.code, severity: r.severity, description: r.description, needsCatalog: r.needsCatalog ?? false })),
];

/** Every code the product can report. */
export const ruleCodes: readonly string[] = ruleMetadata.map((m) => m.code);

/** Findings of a parsed profile, sorted by offset. Never throws. */
export function validate(
  profile: ProfileDocument,
  catalog: CatalogSnapshot = emptyCatalog,
  options: ValidateOptions = {},
): Finding[] {
  const ctx: RuleContext = { profile, catalog };
  const raw: Finding[] = [...syntaxFindings(profile)];
  for (const rule of rules) if (rule.check) raw.push(...runRule(rule, () => rule.check?.(ctx) ?? []));
  // Single-pack rules re-run only for packs that changed (pack-findings-cache.ts).
  const packRules = rules.filter((r) => r.checkPack);
  raw.push(...packFindings(profile, catalog, (pack) => packRules.flatMap((rule) => runRule(rule, () => rule.checkPack?.(pack, ctx) ?? []))));
  let suppressed: { kept: Finding[]; unused: Finding[] };
  try {
    suppressed = applySuppressions(raw, findSuppressions(profile));
  } catch (error) {
    suppressed = { kept: [...raw, internalError('suppression', error)], unused: [] };
  }
  const severities = options.severities ?? {};
  const out: Finding[] = [];
  for (const finding of [...suppressed.kept, ...suppressed.unused]) {
    const override = severities[finding.code];
    if (override === 'off') continue;
    out.push(clamp({ ...finding, ...(override ? { severity: override } : {}) }, profile.text.length));
  }
  return out.sort(byPosition);
}

function syntaxFindings(profile: ProfileDocument): Finding[] {
  const out = profile.syntaxErrors.map(fromProblem);
  const size = documentSizeFinding(profile.text);
  if (size) out.push(size);
  const visit = (e: EmbeddedYaml) => {
    out.push(...e.errors.map(fromProblem));
    e.nested.forEach(visit);
  };
  for (const pack of profile.packs) if (pack.values) visit(pack.values);
  return out;
}

function fromProblem(p: SyntaxProblem): Finding {
  return { code: p.code, severity: 'error', message: p.message, range: p.range };
}

function runRule(rule: Rule, check: () => RuleFinding[]): Finding[] {
  try {
    return check().map((f) => ({ ...f, code: f.code ?? rule.code, severity: f.severity ?? rule.severity }));
  } catch (error) {
    return [internalError(rule.code, error)];
  }
}

function internalError(code: string, error: unknown): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: 'internal-error',
    severity: 'info',
    message: `Rule '${code}' failed on this document (${detail}); its findings are missing.`,
    range: [0, 0],
    data: { rule: code },
  };
}

/** A rule bug must not put a range outside the document: LSP clients reject such diagnostics. */
function clamp(finding: Finding, length: number): Finding {
  const fit = (n: number) => (Number.isFinite(n) ? Math.min(Math.max(0, Math.trunc(n)), length) : 0);
  const start = fit(finding.range[0]);
  const end = Math.max(start, fit(finding.range[1]));
  return start === finding.range[0] && end === finding.range[1] ? finding : { ...finding, range: [start, end] };
}

function byPosition(a: Finding, b: Finding): number {
  // Codes are ASCII: a plain comparison (localeCompare set up an ICU collator on the first open, ~7 ms).
  return a.range[0] - b.range[0] || a.range[1] - b.range[1] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
