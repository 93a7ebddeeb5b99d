import type { Finding } from '../core/finding.js';
import type { LocalError } from './publish.js';

/** The error-severity findings, with 1-based lines: what blocks a publish or a clone from a file. */
export function localErrorsOf(findings: Finding[], text: string): LocalError[] {
  return findings
    .filter((f) => f.severity === 'error')
    .map((f) => ({ code: f.code, message: f.message, line: text.slice(0, f.range[0]).split('\n').length }));
}
