import type { Finding, Fix } from '../finding.js';
import type { ProfileDocument } from '../model.js';
import { scalarEdit } from './scalar-edit.js';

/**
 * The one fix shape several rules share: replace the finding's scalar with a value the rule put in `data`.
 * Offered only when that value is a non-empty string and the range still holds a scalar on one line.
 */
export function replaceWithData(
  profile: ProfileDocument,
  finding: Finding,
  key: string,
  title: (value: string) => string,
): Fix[] {
  const value = finding.data?.[key];
  if (typeof value !== 'string' || value === '') return [];
  const [start, end] = finding.range;
  if (start < 0 || end > profile.text.length || end <= start) return [];
  if (/[\n\r]/.test(profile.text.slice(start, end))) return [];
  return [{ title: title(value), code: finding.code, edits: [scalarEdit(profile, finding.range, value)], isPreferred: true }];
}
