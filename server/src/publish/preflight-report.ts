/** The preflight report as a readable markdown document (the editor opens it read-only; the CLI prints it). */
import type { PackStatus, PreflightReport } from './clone-plan.js';

const mark: Record<PackStatus, string> = { resolved: 'resolved', remapped: 'remapped', missing: '**MISSING**', manifest: 'manifest' };
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function section(title: string, lines: string[], none: string): string[] {
  return [`## ${title}`, '', ...(lines.length ? lines.map((l) => `- ${l}`) : [none]), ''];
}

export function renderPreflightReport(r: PreflightReport): string {
  const verdict = r.blocking.length > 0
    ? '**Cannot import** until the blocking items below are fixed.'
    : r.clean
      ? 'Clean: every pack resolves and nothing needs review.'
      : 'Importable after review: accept the items below to import anyway.';
  const lines = [
    `# Clone preflight: ${r.name} ${r.version}`,
    '',
    `- Source: ${r.source}`,
    `- Destination: ${r.destination}`,
    `- Verdict: ${verdict}`,
    '',
    '## Packs',
    '',
    '| pack | version | registry | status | detail |',
    '|---|---|---|---|---|',
    ...r.packs.map((p) => `| ${cell(p.name)} | ${cell(p.version)} | ${cell(p.registry)} | ${mark[p.status]} | ${cell(p.detail)} |`),
    '',
    ...section('Blocking', r.blocking, 'None.'),
    ...section('Masked values to re-enter', r.masked, 'None.'),
    ...section('BYOOS provider image registry', r.byoos, 'None.'),
    ...section(
      'Variables',
      r.variables.map((v) => `${v.name}${v.required ? ' (required)' : ''}${v.sensitive ? ' (sensitive)' : ''}${v.defaultValue !== undefined ? ` default: ${v.defaultValue}` : ''}`),
      'None.',
    ),
  ];
  return lines.join('\n');
}
