import assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { PaletteApi } from '../../../client/src/extension.js';
import { waitFor } from './wait-for.js';
import { activePalette, extensionId } from './workspace-files.js';

/** contributes.walkthroughs as package.json declares it (the parts a user sees or clicks). */
type StepMedia = { markdown: string } | { svg: string } | { image: string | Record<string, string> };
interface Step { id: string; title: string; description: string; media: StepMedia; completionEvents?: string[] }
interface Walkthrough { id: string; title: string; steps: Step[] }
interface ViewContribution { id: string }

/** The files a step shows: its markdown or svg, or its image (one per theme). */
function mediaPaths(media: StepMedia): string[] {
  if ('markdown' in media) return [media.markdown];
  if ('svg' in media) return [media.svg];
  return typeof media.image === 'string' ? [media.image] : Object.values(media.image);
}

/** The ids of `command:` links in markdown: `[Add Connection](command:palette.connection.add)` and `?args` forms. */
function commandLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(command:([\w.-]+)/g)].map((m) => m[1]);
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

suite('Getting started walkthrough', () => {
  let extension: vscode.Extension<PaletteApi>;
  let walkthrough: Walkthrough;
  let api: PaletteApi;

  suiteSetup(async () => {
    const found = vscode.extensions.getExtension<PaletteApi>(extensionId);
    assert.ok(found);
    extension = found;
    api = await activePalette();
    const walkthroughs = (extension.packageJSON.contributes?.walkthroughs ?? []) as Walkthrough[];
    assert.equal(walkthroughs.length, 1, 'the extension contributes one walkthrough');
    walkthrough = walkthroughs[0];
    assert.ok(walkthrough.steps.length > 0, 'the walkthrough has no steps');
  });
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('every step shows a media file that the installed extension contains, and none is empty', async () => {
    const missing: string[] = [];
    for (const step of walkthrough.steps) {
      for (const path of mediaPaths(step.media)) {
        const uri = vscode.Uri.joinPath(extension.extensionUri, path);
        const text = await vscode.workspace.fs.readFile(uri).then(decode, () => undefined);
        if (!text?.trim()) missing.push(`${step.id}: ${path}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  test('every command link and completion event of a step names a registered command or a contributed view', async () => {
    const commands = new Set(await vscode.commands.getCommands(true));
    const views = new Set(Object.values((extension.packageJSON.contributes?.views ?? {}) as Record<string, ViewContribution[]>).flat().map((v) => v.id));
    const broken: string[] = [];
    for (const step of walkthrough.steps) {
      // A missing markdown file is the media test's failure; here it just has no links.
      const markdown = 'markdown' in step.media ? await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, step.media.markdown)).then(decode, () => '') : '';
      const links = [step.description, markdown].flatMap(commandLinks);
      for (const id of links) if (!commands.has(id)) broken.push(`${step.id}: link command:${id}`);
      for (const event of step.completionEvents ?? []) {
        const [kind, target] = event.split(/:(.*)/s);
        if (kind === 'onCommand' && !commands.has(target)) broken.push(`${step.id}: ${event}`);
        if (kind === 'onView' && !views.has(target)) broken.push(`${step.id}: ${event}`);
      }
    }
    assert.deepEqual(broken, []);
  });

  test('the Browse step\'s link reveals the Packs view', async () => {
    const browse = walkthrough.steps.find((s) => commandLinks(s.description).includes('palette.packs.focus'));
    assert.ok(browse, 'no step links to the Packs view');
    await vscode.commands.executeCommand('palette.packs.focus');
    await waitFor('the Packs view to be visible', () => api.views.packs.view?.visible);
  });

  test('opening the walkthrough by its id shows it in an editor', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${extensionId}#${walkthrough.id}`, false);
    const tab = await waitFor('the walkthrough editor', () => vscode.window.tabGroups.activeTabGroup.activeTab);
    // The Welcome editor is the workbench's own: no text document behind it.
    assert.equal(tab.input, undefined, `the active tab is ${tab.label}`);
  });
});
