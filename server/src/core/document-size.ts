/**
 * The document size bound. Pack values are YAML parsed a second time (and `cluster.config` a third), and
 * rules walk every values key: above this size that work is skipped so one huge file cannot freeze the editor.
 * 2 MiB is thirty times the largest real export we have (66 KB) and six times the largest pack defaults
 * (300 KB); the outer profile (packs, versions, variables) is still checked.
 */
import type { Finding } from './finding.js';

/** In UTF-16 code units (what `text.length` counts). */
export const maxValuesParseLength = 2 * 1024 * 1024;

/** True when the document is too large for its pack values to be parsed. */
export function skipsValues(text: string): boolean {
  return text.length > maxValuesParseLength;
}

/** The one note a too-large document gets, or undefined. */
export function documentSizeFinding(text: string): Finding | undefined {
  if (!skipsValues(text)) return undefined;
  const mb = (text.length / (1024 * 1024)).toFixed(1);
  return {
    code: 'document-too-large',
    severity: 'info',
    message: `This document is ${mb} MB, above the ${maxValuesParseLength / (1024 * 1024)} MB limit: pack values are not checked.`,
    range: [0, 0],
  };
}
