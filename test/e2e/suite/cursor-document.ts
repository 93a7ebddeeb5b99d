/** An unsaved Palette profile with a `‸` cursor marker, as tests for completion and hover type them. */
import * as vscode from 'vscode';
import { profileLanguageId } from '../../../server/src/protocol.js';

export interface CursorDocument {
  editor: vscode.TextEditor;
  /** Where the `‸` was (it is not in the document). */
  position: vscode.Position;
}

export async function openWithCursor(textWithCursor: string): Promise<CursorDocument> {
  const offset = textWithCursor.indexOf('‸');
  if (offset < 0) throw new Error('the text needs a ‸ cursor marker');
  const content = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const document = await vscode.workspace.openTextDocument({ language: profileLanguageId, content });
  const editor = await vscode.window.showTextDocument(document);
  return { editor, position: document.positionAt(offset) };
}
