import assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { typed } from '../../unit/complete-profile.js';
import { openWithCursor } from './cursor-document.js';
import { waitFor } from './wait-for.js';
import { activePalette, connectTo, disconnect } from './workspace-files.js';

const connectionName = 'acme-authoring';
const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

/** Re-asks until `done` accepts the answer: the catalog loads what the profile names in the background. */
async function until<T>(what: string, ask: () => Thenable<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await ask();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last answer: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Completion items in the order the editor shows them before filtering (by sortText, then label). */
async function completionAt(marked: string, expected: string): Promise<vscode.CompletionItem[]> {
  const { editor, position } = await openWithCursor(marked);
  const list = await until(`completion offering ${expected}`,
    () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position),
    (l) => l.items.some((i) => labelOf(i) === expected));
  return [...list.items].sort((a, b) => (a.sortText ?? labelOf(a)).localeCompare(b.sortText ?? labelOf(b)));
}

suite('Authoring through the VS Code client against the emulator', () => {
  let emu: Emulator;

  suiteSetup(async () => {
    emu = await startEmulator();
    const api = await activePalette();
    await connectTo(api, { name: connectionName, host: emu.url, apiKey: emu.tenants[0].apiKey });
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await disconnect(connectionName);
    await emu.stop();
  });

  test('completing a pack tag offers its versions newest first, latest and recommended labelled', async () => {
    const items = await completionAt(typed('tag: 1.32.3', 'tag: ‸'), '1.33.1');
    const tags = items.filter((i) => /^\d/.test(labelOf(i)));
    assert.deepEqual(tags.slice(0, 5).map((i) => [labelOf(i), i.detail ?? '']), [
      ['1.33.x', '→ 1.33.1'],
      ['1.33.1', 'latest'],
      ['1.32.x', '→ 1.32.3'],
      ['1.32.3', 'recommended'],
      ['1.32.1', ''],
    ]);
  });

  test('on a blank line inside a pack\'s values, completion offers the keys of its default values', async () => {
    const items = await completionAt(typed('              flannel-backend: none\n', '              flannel-backend: none\n\n              ‸\n'), 'no-flannel');
    assert.deepEqual(items.slice(0, 2).map((i) => [labelOf(i), i.detail]), [
      ['no-flannel', 'default: true'],
      ['disable-network-policy', 'default: true'],
    ]);
  });

  test('hovering a pack name shows its display name, layer, registry and latest version', async () => {
    const { editor, position } = await openWithCursor(typed('- name: edge-k3s', '- name: edge-‸k3s'));
    const hovers = await until('the pack hover',
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position),
      (h) => h.length > 0);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /^\*\*Palette Optimized K3s\*\* `edge-k3s`/);
    assert.match(text, /Layer: k8s · Registry: Public Repo · Latest: 1\.33\.1/);
  });

  test('the "latest" code lens of a pack behind its newest version bumps the tag in the editor', async () => {
    const { editor } = await openWithCursor(typed('tag: 1.32.3', 'tag: 1.32.3‸'));
    const lenses = await until('the latest lens',
      () => vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri),
      (l) => l.some((x) => x.command?.title === 'latest 1.33.1'));
    const bump = lenses.find((l) => l.command?.title === 'latest 1.33.1')!.command!;
    await vscode.commands.executeCommand(bump.command, ...(bump.arguments ?? []));
    await waitFor('the bumped tag', () => editor.document.getText().includes('tag: 1.33.1'));
    assert.ok(!editor.document.getText().includes('tag: 1.32.3'));
  });
});
