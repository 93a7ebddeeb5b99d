/** Inlay hint adapter. */
import { InlayHintKind } from 'vscode-languageserver/node';
import type { InlayHint } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { InlayHintItem } from '../core/inlay-hints.js';

export function toInlayHint(doc: TextDocument, hint: InlayHintItem): InlayHint {
  return {
    position: doc.positionAt(hint.offset),
    label: hint.label,
    kind: InlayHintKind.Type,
    paddingLeft: true,
    tooltip: hint.kind === 'registry-name' ? 'Registry of this uid in the catalog' : 'Provider image after resolving the macros',
  };
}
