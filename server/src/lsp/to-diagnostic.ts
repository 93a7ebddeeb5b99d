/** Finding (offsets) → LSP Diagnostic (positions): the one place validation results cross to the protocol. */
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver/node';
import type { Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleDocsUrl } from '../core/finding.js';
import type { Finding, Severity } from '../core/finding.js';

export const diagnosticSource = 'palette';

const severityMap: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const tagMap = { unnecessary: DiagnosticTag.Unnecessary, deprecated: DiagnosticTag.Deprecated } as const;

export function toDiagnostic(doc: TextDocument, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: { start: doc.positionAt(finding.range[0]), end: doc.positionAt(finding.range[1]) },
    severity: severityMap[finding.severity],
    source: diagnosticSource,
    code: finding.code,
    codeDescription: { href: ruleDocsUrl(finding.code) },
    message: finding.message,
  };
  if (finding.tags?.length) diagnostic.tags = finding.tags.map((t) => tagMap[t]);
  if (finding.data) diagnostic.data = finding.data;
  return diagnostic;
}
