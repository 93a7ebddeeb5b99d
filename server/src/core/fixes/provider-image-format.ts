import type { FixProvider } from './fix-provider.js';

/** provider-image-format (empty custom tag) → drop the trailing `-` and the empty custom-tag macro after it. */
export const providerImageFormatFix: FixProvider = {
  code: 'provider-image-format',
  fixes: (profile, finding) => {
    const remove = finding.data?.remove;
    if (!Array.isArray(remove) || remove.length !== 2) return [];
    const [start, end] = remove as [number, number];
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= profile.text.length)) return [];
    return [{ title: 'Remove the empty custom tag from the provider image', code: finding.code, edits: [{ range: [start, end], newText: '' }], isPreferred: true }];
  },
};
