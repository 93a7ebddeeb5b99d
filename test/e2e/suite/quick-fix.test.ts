import assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { diagnosticsAppear, diagnosticsClear, openFixture } from './workspace-files.js';

suite('Quick fixes', () => {
  test('the quick fix for a misspelt profile type replaces it with the valid one', async () => {
    const editor = await openFixture('nvidia-gpu-addon.profile.yaml');
    const uri = editor.document.uri;
    const [diagnostic] = await diagnosticsAppear(uri, 'invalid-enum');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value,
    );
    // The fix is the quick fix whose edit rewrites the flagged value (titles are prose, codes are the contract).
    const fix = actions.find((a) => a.kind?.value === 'quickfix' && a.edit?.get(uri).some((e) => e.range.isEqual(diagnostic.range)));
    assert.ok(fix?.edit, `a quick fix editing the invalid-enum range among: ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the workspace applied the fix');

    assert.match(editor.document.getText(), /^ {4}type: add-on$/m);
    await diagnosticsClear(uri, 'invalid-enum');
  });
});
