import assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { extensionId } from './workspace-files.js';

interface ContributedCommand {
  command: string;
}

suite('Commands', () => {
  test('every command in the Command Palette has a handler once the extension is active', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension);
    await extension.activate();
    const declared = (extension.packageJSON.contributes?.commands ?? []) as ContributedCommand[];
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = declared.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], 'declared in package.json but never registered');
  });
});
