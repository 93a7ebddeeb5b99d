/** Outline: the core's profile symbols (offsets) as LSP DocumentSymbols (positions). */
import { SymbolKind } from 'vscode-languageserver/node';
import type { DocumentSymbol } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { profileSymbols } from '../core/document-symbols.js';
import type { ProfileSymbol } from '../core/document-symbols.js';
import type { ProfileDocument } from '../core/model.js';

const kinds: Record<string, SymbolKind> = {
  profile: SymbolKind.File,
  layer: SymbolKind.Namespace,
  pack: SymbolKind.Package,
  variable: SymbolKind.Variable,
  field: SymbolKind.Property,
};

export function documentSymbols(doc: TextDocument, profile: ProfileDocument): DocumentSymbol[] {
  return profileSymbols(profile).map((s) => toSymbol(doc, s));
}

function toSymbol(doc: TextDocument, symbol: ProfileSymbol): DocumentSymbol {
  const range = { start: doc.positionAt(symbol.range[0]), end: doc.positionAt(symbol.range[1]) };
  const selection = symbol.selectionRange ?? symbol.range;
  return {
    name: symbol.name || ' ',
    detail: symbol.detail,
    kind: kinds[symbol.kind] ?? SymbolKind.Object,
    range,
    selectionRange: { start: doc.positionAt(selection[0]), end: doc.positionAt(selection[1]) },
    children: symbol.children?.map((c) => toSymbol(doc, c)),
  };
}
