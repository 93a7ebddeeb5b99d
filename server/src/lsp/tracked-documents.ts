/**
 * The text documents of the session, applying the editor's incremental changes one at a time so the parse
 * learns where each one landed (document-parse.ts noteEdit) instead of comparing whole texts afterwards.
 */
import { TextDocuments, type TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { noteEdit } from './document-parse.js';

export function trackedDocuments(): TextDocuments<TextDocument> {
  return new TextDocuments<TextDocument>({
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
    update: (document, changes, version) => {
      let doc = document;
      for (const change of changes) doc = applyOne(doc, change, version);
      return doc;
    },
  });
}

function applyOne(doc: TextDocument, change: TextDocumentContentChangeEvent, version: number): TextDocument {
  const before = doc.getText();
  // The same test the update makes: anything else replaces the whole text (or is ignored).
  const incremental = 'range' in change && change.range !== undefined && typeof change.text === 'string'
    && (change.rangeLength === undefined || typeof change.rangeLength === 'number');
  if (!incremental) {
    const next = TextDocument.update(doc, [change], version);
    noteEdit(doc.uri, before, undefined, next.getText());
    return next;
  }
  // The offsets the update itself uses: positions clamped into the text, a reversed range put in order.
  const a = doc.offsetAt(change.range.start);
  const b = doc.offsetAt(change.range.end);
  const start = Math.min(a, b);
  const oldEnd = Math.max(a, b);
  const next = TextDocument.update(doc, [change], version);
  noteEdit(doc.uri, before, { start, oldEnd, newEnd: start + change.text.length }, next.getText());
  return next;
}
