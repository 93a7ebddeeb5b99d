/** `path:line:col severity code message`, one per line, then a summary line. */
import type { LocatedFinding } from './located-finding.js';

export function formatText(findings: LocatedFinding[], fileCount: number): string {
  const lines = findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}`);
  lines.push(summary(findings, fileCount));
  return `${lines.join('\n')}\n`;
}

function summary(findings: LocatedFinding[], fileCount: number): string {
  const files = `${fileCount} file${fileCount === 1 ? '' : 's'}`;
  if (findings.length === 0) return `No problems in ${files}.`;
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const parts = [
    [count('error'), 'error'],
    [count('warning'), 'warning'],
    [count('info'), 'info'],
    [count('hint'), 'hint'],
  ]
    .filter(([n]) => Number(n) > 0)
    .map(([n, word]) => `${n} ${word}${Number(n) === 1 || word === 'info' ? '' : 's'}`);
  const total = findings.length;
  return `${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${files}.`;
}
