/**
 * A plain YAML/JSON file whose content is a profile (top-level spec.template.packs) switches to the
 * `palette-profile` language when opened, for the grammar, snippets and commands; `palette.detectProfiles: false`
 * turns this off. The server validates such files under either language, so the switch only adds features.
 * A file is switched at most once per session: when the user picks YAML again, that choice stands.
 */
import * as vscode from 'vscode';
import { parseDocument } from 'yaml';
import { profileLanguageId, settingsSection } from '../../server/src/protocol.js';

const plainLanguages = new Set(['yaml', 'json']);
/** Exports of huge profiles are a few hundred KB; above this, parsing on open is not worth it. */
const maxLength = 4_000_000;

export function registerProfileDetection(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): void {
  const switched = new Set<string>();
  const consider = (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    if (switched.has(key) || !plainLanguages.has(doc.languageId)) return;
    if (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'untitled') return;
    if (!vscode.workspace.getConfiguration(settingsSection, doc.uri).get<boolean>('detectProfiles', true)) return;
    if (!looksLikeProfile(doc.getText())) return;
    switched.add(key);
    vscode.languages.setTextDocumentLanguage(doc, profileLanguageId).then(
      () => log.info(`${doc.uri.fsPath || key}: profile content, using the Palette Profile language`),
      (err: unknown) => log.warn(`could not switch ${key} to ${profileLanguageId}: ${String(err)}`),
    );
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(consider));
  vscode.workspace.textDocuments.forEach(consider);
}

/** Top-level `spec.template.packs`, read tolerantly (a half-written file still counts). JSON is YAML too. */
export function looksLikeProfile(text: string): boolean {
  if (text.length > maxLength || !text.includes('packs') || !text.includes('template')) return false;
  try {
    return parseDocument(text).getIn(['spec', 'template', 'packs'], true) !== undefined;
  } catch {
    return false;
  }
}
