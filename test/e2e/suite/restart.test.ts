import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { profileLanguageId } from '../../../server/src/protocol.js';
import { waitFor } from './wait-for.js';
import { activePalette, diagnosticsAppear, paletteDiagnostics } from './workspace-files.js';

/** A profile whose version ("1.0") is not strict semver, written here: other suites edit and may save the fixtures. */
const brokenProfile = 'metadata:\n  name: restart-check\nspec:\n  version: "1.0"\n  template:\n    type: add-on\n    cloudType: all\n    packs: []\n';

/**
 * The language servers this extension host started: its child processes running our dist/server.mjs. The tests
 * run inside the extension host, so `process.pid` is the language client's process; Linux /proc lists children.
 */
function languageServerPids(): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // stat: "pid (comm) state ppid ..."; comm may hold spaces, so split after its closing parenthesis.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      if (readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('dist/server.mjs')) pids.push(Number(name));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

suite('A crashed language server is restarted', () => {
  suiteSetup(async function () {
    if (process.platform !== 'linux') this.skip();
    await activePalette();
  });
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('after SIGKILL the client starts a new server and diagnostics follow edits again', async () => {
    const document = await vscode.workspace.openTextDocument({ language: profileLanguageId, content: brokenProfile });
    const editor = await vscode.window.showTextDocument(document);
    const [before] = await diagnosticsAppear(document.uri, 'invalid-profile-version');

    const [crashed, ...others] = languageServerPids();
    assert.ok(crashed, 'no language server process found');
    assert.deepEqual(others, [], 'more than one language server');
    process.kill(crashed, 'SIGKILL');
    const restarted = await waitFor('a new language server process', () => {
      const pids = languageServerPids();
      return !pids.includes(crashed) && pids.length === 1 && pids[0];
    });
    assert.notEqual(restarted, crashed);

    // Only a live server can report the edited value: the diagnostic must move to the new text.
    assert.ok(await editor.edit((e) => e.replace(before.range, '"2.0"')));
    const after = await waitFor('the invalid version diagnostic on the edited value', () => {
      const found = paletteDiagnostics(document.uri, 'invalid-profile-version').find((d) => document.getText(d.range).includes('2.0'));
      return found;
    }, 30_000);
    assert.equal(after.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual(languageServerPids(), [restarted], 'the new server is still the one running');
  });
});
