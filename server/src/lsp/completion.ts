/** Completion adapter: core candidates (outer offsets) → LSP CompletionItems (positions). */
import { CompletionItemKind, CompletionItemTag, InsertTextFormat, MarkupKind } from 'vscode-languageserver/node';
import type { CompletionItem } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CandidateKind, CompletionCandidate } from '../core/complete/candidate.js';
import type { Range } from '../core/model.js';

const kinds: Record<CandidateKind, CompletionItemKind> = {
  pack: CompletionItemKind.Module,
  version: CompletionItemKind.Constant,
  enum: CompletionItemKind.EnumMember,
  registry: CompletionItemKind.Reference,
  key: CompletionItemKind.Property,
  variable: CompletionItemKind.Variable,
  macro: CompletionItemKind.Function,
};

export function toLspRange(doc: TextDocument, range: Range) {
  return { start: doc.positionAt(range[0]), end: doc.positionAt(range[1]) };
}

export function toCompletionItem(doc: TextDocument, c: CompletionCandidate): CompletionItem {
  const item: CompletionItem = {
    label: c.label,
    kind: kinds[c.kind],
    sortText: c.sortText,
    // The replaced text may be a dotted path or a typed prefix: filter on it as written.
    filterText: c.insertText.trimStart(),
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range: toLspRange(doc, c.range), newText: c.insertText },
  };
  if (c.detail) item.detail = c.detail;
  if (c.documentation) item.documentation = { kind: MarkupKind.Markdown, value: c.documentation };
  if (c.deprecated) item.tags = [CompletionItemTag.Deprecated];
  if (c.preselect) item.preselect = true;
  if (c.additionalEdits) item.additionalTextEdits = c.additionalEdits.map((e) => ({ range: toLspRange(doc, e.range), newText: e.newText }));
  return item;
}
