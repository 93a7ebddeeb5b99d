/** What a completion provider returns: plain data in outer offsets; the LSP adapter converts positions. */
import type { TextEdit } from '../finding.js';
import type { Range } from '../model.js';

export type CandidateKind = 'pack' | 'version' | 'enum' | 'registry' | 'key' | 'variable' | 'macro';

export interface CompletionCandidate {
  label: string;
  kind: CandidateKind;
  /** One line beside the label (display name and latest version, "latest", "deprecated", a default value). */
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Replaces `range`. */
  insertText: string;
  range: Range;
  /** Fixes the order the provider chose (clients sort by it). */
  sortText: string;
  deprecated?: boolean;
  preselect?: boolean;
  /** Further edits applied on accept (a pack name fills the item's other fields). */
  additionalEdits?: TextEdit[];
}

/** Sort keys that keep a provider's order. */
export function orderKey(index: number): string {
  return String(index).padStart(5, '0');
}
