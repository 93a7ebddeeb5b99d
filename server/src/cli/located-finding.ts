/** A finding with its file and 1-based line/column (UTF-16 columns, like LSP and SARIF's default). */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../core/finding.js';

export interface LocatedFinding {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
}

export function locateFindings(file: string, text: string, findings: Finding[]): LocatedFinding[] {
  const doc = TextDocument.create('file:///x', 'yaml', 0, text);
  return findings.map((f) => {
    const start = doc.positionAt(f.range[0]);
    const end = doc.positionAt(f.range[1]);
    return {
      file,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      severity: f.severity,
      code: f.code,
      message: f.message,
    };
  });
}

const rank: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return rank[severity] >= rank[threshold];
}
