import type { FixProvider } from './fix-provider.js';

/** unquoted-variable → single quotes around the whole bare value (`data.value`, written as `data.quote`). */
export const unquotedVariableFix: FixProvider = {
  code: 'unquoted-variable',
  fixes: (profile, finding) => {
    const value = finding.data?.value;
    const quote = finding.data?.quote;
    if (!Array.isArray(value) || typeof quote !== 'string') return [];
    const [start, end] = value as [number, number];
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= profile.text.length)) return [];
    // A `'` inside single quotes is written twice (in a single-quoted values string it already is).
    const raw = profile.text.slice(start, end);
    const inner = quote === "'" ? raw.replace(/'/g, "''") : raw;
    return [{ title: 'Wrap the variable in single quotes', code: finding.code, edits: [{ range: [start, end], newText: quote + inner + quote }], isPreferred: true }];
  },
};
