/**
 * Replaces only the text between the README's bench markers (other sections belong to other people); adds a
 * Performance section with the markers at the end when there is none yet.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const start = '<!-- bench:start (npm run bench -- --update-readme) -->';
const end = '<!-- bench:end -->';

export function updateReadme(file: string, table: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const block = `${start}\n${table}\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next = from >= 0 && to > from
    ? text.slice(0, from) + block + text.slice(to + end.length)
    : `${text.replace(/\s*$/, '')}${text ? '\n\n' : ''}## Performance\n\n${block}\n`;
  writeFileSync(file, next);
}
