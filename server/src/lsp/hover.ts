/** Hover adapter: the core's markdown at the core's range. */
import { MarkupKind } from 'vscode-languageserver/node';
import type { Hover } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { HoverResult } from '../core/hover/index.js';
import { toLspRange } from './completion.js';

export function toHover(doc: TextDocument, result: HoverResult | undefined): Hover | null {
  if (!result) return null;
  return { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: toLspRange(doc, result.range) };
}
