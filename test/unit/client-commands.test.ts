import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { commandIds } from '../../client/src/commands/index.js';

interface Manifest {
  contributes: {
    commands: { command: string; category?: string }[];
    views: Record<string, { id: string }[]>;
    viewsContainers: { activitybar: { id: string; icon: string }[] };
    menus: Record<string, { command: string; when?: string }[]>;
  };
}

const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as Manifest;
const declared = new Set(manifest.contributes.commands.map((c) => c.command));
const ours = [...commandIds] as string[];

describe('package.json matches the command table', () => {
  test('every command in the table is declared in package.json under category Palette, and named palette.<area>.<verb>', () => {
    for (const id of ours) {
      assert.ok(declared.has(id), `${id} is registered but not declared`);
      assert.equal(manifest.contributes.commands.find((c) => c.command === id)?.category, 'Palette');
      assert.match(id, /^palette\.[a-z]+\.[a-zA-Z]+$/);
    }
    assert.equal(new Set(ours).size, ours.length, 'no id twice');
  });

  test('every menu entry names a declared command, and view menus name the Palette views', () => {
    const views = new Set(manifest.contributes.views.palette.map((v) => v.id));
    assert.deepEqual([...views].sort(), ['palette.packs', 'palette.profiles']);
    for (const [menu, entries] of Object.entries(manifest.contributes.menus)) {
      for (const entry of entries) {
        assert.ok(declared.has(entry.command), `${menu}: ${entry.command} is not declared`);
        for (const view of entry.when?.match(/view == ([\w.]+)/g) ?? []) assert.ok(views.has(view.slice(8)), `${menu}: unknown ${view}`);
      }
    }
  });

  test('context menus use the contextValues the tree items set', async () => {
    const source = readFileSync(resolve(__dirname, '../../client/src/views/items.ts'), 'utf8');
    const values = new Set([...source.matchAll(/'(palette\.[a-zA-Z]+)'/g)].map((m) => m[1]));
    for (const entry of manifest.contributes.menus['view/item/context']) {
      const item = /viewItem == ([\w.]+)/.exec(entry.when ?? '')?.[1];
      assert.ok(item && values.has(item), `${entry.command}: viewItem ${item} is not a contextValue in items.ts`);
    }
  });

  test('the activity-bar icon exists', () => {
    const icon = manifest.contributes.viewsContainers.activitybar.find((c) => c.id === 'palette')?.icon;
    assert.ok(icon && readFileSync(resolve(__dirname, '../..', icon), 'utf8').includes('<svg'));
  });
});
