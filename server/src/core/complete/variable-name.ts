/** Profile variable names after `{{ .spectro.var.`, from `spec.variables`. */
import type { ProfileDocument } from '../model.js';
import { orderKey, type CompletionCandidate } from './candidate.js';
import type { CompletionContext } from './context.js';

type MacroContext = Extract<CompletionContext, { kind: 'macro' }>;

export function variableCandidates(ctx: MacroContext, profile: ProfileDocument): CompletionCandidate[] {
  const out: CompletionCandidate[] = [];
  for (const variable of profile.variables) {
    const name = variable.name?.value;
    if (!name) continue;
    out.push({
      label: name,
      kind: 'variable',
      detail: variable.format?.value ? `format: ${variable.format.value}` : 'profile variable',
      insertText: name,
      range: ctx.replace,
      sortText: orderKey(out.length),
    });
  }
  return out;
}
