/** What rules report. Codes are stable kebab-case rule names; fixes key on code + data, never on message. */
import type { Range } from './model.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Machine-readable facts a quick fix needs (e.g. { expected: 'spectro' }). JSON-serialisable. */
  data?: Record<string, unknown>;
  tags?: Array<'unnecessary' | 'deprecated'>;
}

/** A text edit in outer offsets. */
export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  /** The finding code this fix answers. */
  code: string;
  edits: TextEdit[];
  isPreferred?: boolean;
}

/** Docs anchor for a rule code. */
export function ruleDocsUrl(code: string): string {
  return `https://github.com/palette-profiles/palette-profiles/blob/main/docs/rules.md#${code}`;
}
