/**
 * The document size bound. Pack values are YAML parsed a second time (and `cluster.config` a third), and
 * rules walk every values key: above this size that work is skipped so one huge file cannot freeze the editor.
 * 8 MiB holds a 50,000-line profile of real pack values (about 2.4 MB: the size the benchmark must check in
 * full) three times over, and a hundred times the largest real export we have (66 KB); with duplicate keys and
 * macros scanned in linear time its parse stays in seconds. Above it the outer profile (packs, versions,
 * variables) is still checked.
 */
import type { Finding } from './finding.js';

/** In UTF-16 code units (what `text.length` counts). */
export const maxValuesParseLength = 8 * 1024 * 1024;

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
