/**
 * Quick fixes. The diagnostic the client sends back is only a key (code + range): the current text is analysed
 * again (a cache hit when nothing changed) and the matching finding, with its data, goes to the core's fixesFor.
 */
import { CodeActionKind, TextDocumentEdit } from 'vscode-languageserver/node';
import type { CodeAction, CodeActionParams, Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { emptyCatalog } from '../core/catalog.js';
import type { CatalogSnapshot } from '../core/catalog.js';
import type { Finding, Fix } from '../core/finding.js';
import { fixesFor } from '../core/fixes/index.js';
import type { Analysis } from './analysis.js';
import { diagnosticSource, toDiagnostic } from './to-diagnostic.js';

export function codeActions(
  doc: TextDocument,
  analysis: Analysis,
  catalog: CatalogSnapshot | undefined,
  params: CodeActionParams,
): CodeAction[] {
  if (params.context.only && !params.context.only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return [];
  const actions: CodeAction[] = [];
  for (const { finding, diagnostic } of requestedFindings(doc, analysis, params)) {
    for (const fix of fixesFor(analysis.profile, finding, catalog ?? emptyCatalog)) {
      actions.push(toCodeAction(doc, fix, diagnostic));
    }
  }
  return actions;
}

/** Findings the client asked about: the palette diagnostics in the context, or (clients that send none) the range. */
function requestedFindings(doc: TextDocument, analysis: Analysis, params: CodeActionParams) {
  const ours = params.context.diagnostics.filter((d) => d.source === diagnosticSource);
  if (ours.length > 0) {
    return ours.flatMap((diagnostic) => {
      const start = doc.offsetAt(diagnostic.range.start);
      const end = doc.offsetAt(diagnostic.range.end);
      const finding = analysis.findings.find((f) => f.code === diagnostic.code && f.range[0] === start && f.range[1] === end);
      return finding ? [{ finding, diagnostic }] : [];
    });
  }
  const start = doc.offsetAt(params.range.start);
  const end = doc.offsetAt(params.range.end);
  return analysis.findings
    .filter((f) => f.range[0] <= end && f.range[1] >= start)
    .map((finding: Finding) => ({ finding, diagnostic: toDiagnostic(doc, finding) }));
}

function toCodeAction(doc: TextDocument, fix: Fix, diagnostic: Diagnostic): CodeAction {
  const edits = fix.edits.map((e) => ({
    range: { start: doc.positionAt(e.range[0]), end: doc.positionAt(e.range[1]) },
    newText: e.newText,
  }));
  const action: CodeAction = {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, edits)] },
  };
  if (fix.isPreferred) action.isPreferred = true;
  return action;
}
