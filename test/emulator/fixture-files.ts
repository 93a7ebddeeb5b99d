import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repo root: this file lives in <repo>/test/emulator. */
export const repoRoot = resolve(__dirname, '..', '..');

/**
 * Big real files (pack values, schemas) stay in ../shared/fixtures beside the repo (CI clones it there) instead
 * of being copied into the repo; PALETTE_SHARED_FIXTURES may point elsewhere.
 */
export function sharedFixturesRoot(): string {
  const root = process.env.PALETTE_SHARED_FIXTURES ?? join(repoRoot, '..', 'shared', 'fixtures');
  if (!existsSync(join(root, 'public-repo')) || !existsSync(join(root, 'pack-central'))) {
    throw new Error(
      `emulator seed: shared fixtures not found at ${root} — clone the shared repository beside this one ` +
        '(../shared/fixtures) or set PALETTE_SHARED_FIXTURES',
    );
  }
  return root;
}

/** Reads fixture files once; the same values file backs many seeded versions. */
export class FixtureFiles {
  private readonly cache = new Map<string, string>();

  constructor(readonly root: string) {}

  read(relative: string): string {
    let text = this.cache.get(relative);
    if (text === undefined) {
      text = readFileSync(join(this.root, relative), 'utf8');
      this.cache.set(relative, text);
    }
    return text;
  }

  has(relative: string): boolean {
    return existsSync(join(this.root, relative));
  }
}
