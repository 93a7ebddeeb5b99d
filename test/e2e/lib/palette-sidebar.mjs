// The Palette activity-bar container as the manifest declares it, so the UI test checks what is contributed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './e2e-paths.mjs';

/** { title, views: [view names] } of the `palette` activity-bar container, or undefined while none is contributed. */
export function paletteSidebar() {
  const { contributes = {} } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const container = (contributes.viewsContainers?.activitybar ?? []).find((c) => c.id === 'palette');
  if (!container) return undefined;
  return { title: container.title, views: (contributes.views?.palette ?? []).map((v) => v.name) };
}
