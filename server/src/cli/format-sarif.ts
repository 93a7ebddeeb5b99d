/**
 * SARIF 2.1.0 (what GitHub code scanning and most CI dashboards read): one run, the rule table from the rule
 * metadata, 1-based regions with UTF-16 columns (SARIF's default columnKind), locations relative to the
 * working directory under %SRCROOT%.
 */
import { pathToFileURL } from 'node:url';
import { ruleDocsUrl } from '../core/finding.js';
import type { Severity } from '../core/finding.js';
import type { LocatedFinding } from './located-finding.js';

export interface RuleMetadata {
  code: string;
  severity: Severity;
  description: string;
}

const level: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface SarifContext {
  rules: readonly RuleMetadata[];
  version: string;
  /** Absolute working directory: the root artifact locations are relative to. */
  cwd: string;
}

export function formatSarif(findings: LocatedFinding[], { rules, version, cwd }: SarifContext): string {
  const table = [...rules];
  // Findings of codes outside the rule list (syntax errors) still need a rule entry for ruleIndex.
  for (const f of findings) {
    if (!table.some((r) => r.code === f.code)) table.push({ code: f.code, severity: f.severity, description: f.code });
  }
  const index = new Map(table.map((r, i) => [r.code, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'palette-profile',
            version,
            informationUri: 'https://github.com/palette-profiles/palette-profiles',
            rules: table.map((r) => ({
              id: r.code,
              name: r.code,
              shortDescription: { text: r.description },
              helpUri: ruleDocsUrl(r.code),
              defaultConfiguration: { level: level[r.severity] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        results: findings.map((f) => ({
          ruleId: f.code,
          ruleIndex: index.get(f.code),
          level: level[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
