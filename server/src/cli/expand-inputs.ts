/**
 * Command-line inputs → files. A plain path is taken as given (a missing one is an I/O error); a directory
 * expands to the YAML/JSON files below it; anything with glob characters goes through tinyglobby.
 */
import { statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { UsageError } from './cli-io.js';
import { glob, isDynamicPattern } from 'tinyglobby';

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Named on the command line itself (validated whatever its content), rather than found by a glob or folder. */
  explicit: boolean;
}

/** Candidates below a folder; the caller keeps those named *.profile.* or whose content is a profile. */
const folderPattern = '**/*.{yaml,yml,json}';
const skipped = ['**/node_modules/**', '**/.git/**'];

export async function expandInputs(inputs: string[], cwd: string): Promise<InputFile[]> {
  const files = new Map<string, InputFile>();
  for (const input of inputs) {
    for (const file of await expandOne(input, cwd)) if (!files.has(file.path)) files.set(file.path, file);
  }
  return [...files.values()];
}

async function expandOne(input: string, cwd: string): Promise<InputFile[]> {
  if (isDynamicPattern(input)) {
    const found = await glob(input, { cwd, absolute: true, ignore: skipped, dot: false });
    if (found.length === 0) throw new UsageError(`no files match '${input}'`);
    return found.sort().map((path) => ({ path, explicit: false }));
  }
  const path = isAbsolute(input) ? input : resolve(cwd, input);
  const stat = statOrUndefined(path);
  if (!stat) throw new UsageError(`cannot read '${input}': no such file or directory`);
  if (!stat.isDirectory()) return [{ path, explicit: true }];
  const found = await glob(folderPattern, { cwd: path, absolute: true, ignore: skipped });
  return found.sort().map((p) => ({ path: p, explicit: false }));
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
