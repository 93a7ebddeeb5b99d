import assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { diagnosticsAppear, diagnosticsClear, openFixture } from './workspace-files.js';

suite('Diagnostics', () => {
  test('a profile version that is not strict semver is an error until the user corrects it', async () => {
    const editor = await openFixture('edge-k3s-infra.profile.yaml');
    const uri = editor.document.uri;
    const [diagnostic] = await diagnosticsAppear(uri, 'invalid-profile-version');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(editor.document.getText(diagnostic.range).replace(/"/g, ''), '1.0');

    const edited = await editor.edit((edit) => edit.replace(diagnostic.range, '1.0.0'));
    assert.ok(edited, 'the editor accepted the correction');
    await diagnosticsClear(uri, 'invalid-profile-version');
  });
});
