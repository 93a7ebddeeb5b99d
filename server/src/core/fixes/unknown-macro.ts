import type { FixProvider } from './fix-provider.js';

/** unknown-macro → the did-you-mean name; the finding covers exactly the misspelled name inside the macro. */
export const unknownMacroFix: FixProvider = {
  code: 'unknown-macro',
  fixes: (_profile, finding) => {
    const suggestion = finding.data?.suggestion;
    if (typeof suggestion !== 'string' || suggestion === '') return [];
    return [{ title: `Change to '${suggestion}'`, code: finding.code, edits: [{ range: finding.range, newText: suggestion }], isPreferred: true }];
  },
};
