import assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { extensionId, openFixture } from './workspace-files.js';

suite('Activation', () => {
  test('opening a *.profile.yaml file gives it the Palette Profile language and activates the extension', async () => {
    const editor = await openFixture('nvidia-gpu-addon.profile.yaml');
    assert.equal(editor.document.languageId, 'palette-profile');
    const extension = vscode.extensions.getExtension<{ ready: Promise<void> }>(extensionId);
    assert.ok(extension, `${extensionId} is installed`);
    const api = await extension.activate();
    assert.ok(extension.isActive);
    await api.ready;
  });
});
