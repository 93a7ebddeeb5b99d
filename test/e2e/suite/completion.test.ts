import assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { openWithCursor } from './cursor-document.js';

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

suite('Completion', () => {
  test('completing a profile type through the language client offers exactly Palette\'s profile types', async () => {
    const { editor, position } = await openWithCursor([
      'metadata:',
      '  name: new-profile',
      'spec:',
      '  version: 1.0.0',
      '  template:',
      '    type: ‸',
      '    cloudType: all',
      '    packs: []',
      '',
    ].join('\n'));
    const labels = await completionLabels(editor.document.uri, position);
    for (const type of ['cluster', 'infra', 'add-on', 'system']) assert.ok(labels.includes(type), `${type} in ${labels.join(', ')}`);
    assert.ok(!labels.includes('addon'), `only the spelling Palette accepts: ${labels.join(', ')}`);
  });
});

/** The first request can race the document's arrival at the server, so ask until the profile types show up. */
async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
    // Contributed snippets (profile-addon, …) come along in the same list; the server's items are the rest.
    const labels = list.items.filter((item) => item.kind !== vscode.CompletionItemKind.Snippet).map(labelOf);
    if (labels.includes('infra') || Date.now() > deadline) return labels;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
