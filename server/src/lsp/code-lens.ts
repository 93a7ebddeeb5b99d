/**
 * Code lens adapter. "latest x.y.z" bumps through the server command below (works in any LSP client);
 * "defaults" and "diff vs defaults" are client commands that ask palette/defaultValues.
 */
import { TextDocumentEdit } from 'vscode-languageserver/node';
import type { CodeLens, Connection, TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PackLens } from '../core/code-lens.js';
import { bumpVersionCommand, diffDefaultsCommand, insertDefaultsCommand } from '../protocol.js';
import { toLspRange } from './completion.js';

export interface BumpArguments {
  uri: string;
  version: number;
  edits: TextEdit[];
}

export function toCodeLenses(doc: TextDocument, lens: PackLens): CodeLens[] {
  const at = doc.positionAt(lens.offset);
  const range = { start: at, end: at };
  const lenses: CodeLens[] = [];
  if (lens.latest) {
    const args: BumpArguments | undefined = lens.bump && { uri: doc.uri, version: doc.version, edits: lens.bump.map((e) => ({ range: toLspRange(doc, e.range), newText: e.newText })) };
    lenses.push({
      range,
      command: args
        ? { title: `latest ${lens.latest}`, command: bumpVersionCommand, arguments: [args] }
        : { title: `latest ${lens.latest} ✓`, command: '' },
    });
  }
  lenses.push({ range, command: { title: 'defaults', command: insertDefaultsCommand, arguments: [doc.uri, lens.packIndex] } });
  lenses.push({ range, command: { title: 'diff vs defaults', command: diffDefaultsCommand, arguments: [doc.uri, lens.packIndex] } });
  return lenses;
}

/** Applies a bump unless the document changed since the lens was computed. */
export async function applyBump(connection: Connection, args: BumpArguments): Promise<void> {
  await connection.workspace.applyEdit({ documentChanges: [TextDocumentEdit.create({ uri: args.uri, version: args.version }, args.edits)] });
}
