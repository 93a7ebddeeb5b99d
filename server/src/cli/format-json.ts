/** JSON output: an array of findings, each with its file and 1-based positions. */
import type { LocatedFinding } from './located-finding.js';

export function formatJson(findings: LocatedFinding[]): string {
  const rows = findings.map(({ file, line, column, endLine, endColumn, severity, code, message }) => ({
    file,
    line,
    column,
    endLine,
    endColumn,
    severity,
    code,
    message,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
