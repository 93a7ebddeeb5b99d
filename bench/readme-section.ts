/**
 * Replaces only the README's Performance section body (between the bench markers, or, the first time, between
 * `## Performance` and the next heading); other sections belong to other people and stay byte-for-byte.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const start = '<!-- bench:start (npm run bench -- --update-readme) -->';
const end = '<!-- bench:end -->';
const heading = '## Performance\n';

export function updateReadme(file: string, table: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const block = `${start}\n${table}\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  let next: string;
  if (from >= 0 && to > from) {
    next = text.slice(0, from) + block + text.slice(to + end.length);
  } else if (text.includes(heading)) {
    const bodyStart = text.indexOf(heading) + heading.length;
    const following = text.indexOf('\n## ', bodyStart);
    const bodyEnd = following < 0 ? text.length : following + 1;
    next = `${text.slice(0, bodyStart)}\n${block}\n\n${text.slice(bodyEnd)}`;
  } else {
    next = `${text.replace(/\s*$/, '')}\n\n${heading}\n${block}\n`;
  }
  writeFileSync(file, next);
}
