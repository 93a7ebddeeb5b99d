import { compareVersions } from '../core/versions.js';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/;

/**
 * The next patch after the newest of `taken` (and after `wanted`): 1.0.0 taken → 1.0.1. A pre-release
 * (1.2.0-rc.1) bumps to its release line's next patch, since Palette needs strict semver either way.
 */
export function nextVersion(wanted: string, taken: string[]): string {
  const all = [wanted, ...taken].filter((v) => SEMVER.test(v));
  if (all.length === 0) return '1.0.0';
  const newest = all.sort(compareVersions)[all.length - 1];
  const [, major, minor, patch] = SEMVER.exec(newest) ?? [];
  let candidate = `${major}.${minor}.${Number(patch) + 1}`;
  while (taken.includes(candidate)) candidate = `${major}.${minor}.${Number(candidate.split('.')[2]) + 1}`;
  return candidate;
}
