/**
 * The parse of each open document's current text, shared by validation (analysis.ts) and the authoring
 * requests (completion, hover, inlay hints, code lens): one outer parse per version instead of one per
 * feature, and one ProfileDocument held per document instead of two. Keyed by the text itself, which the
 * TextDocument hands out as the same string until the next change (so the check is a pointer compare).
 * A new text that differs from the last by an edit inside one pack's values reuses the last outer parse
 * (core/parse/incremental.ts); anything else is parsed whole, reusing the values parses of every pack the
 * edit did not touch (core/parse/values-reuse.ts).
 */
import type { ProfileDocument } from '../core/model.js';
import { changeBetween, reparseAfterEdit } from '../core/parse/incremental.js';
import { parseProfile } from '../core/parse/parse-profile.js';
import { reuseFrom } from '../core/parse/values-reuse.js';

const latest = new Map<string, { text: string; profile: ProfileDocument }>();

/** parseProfile(text, uri), reusing the last parse of this uri when the text is unchanged. */
export function parseDocumentText(uri: string, text: string): ProfileDocument {
  const hit = latest.get(uri);
  if (hit?.text === text) return hit.profile;
  if (!hit) return remember(uri, text, parseProfile(text, uri));
  const change = changeBetween(hit.text, text);
  return remember(uri, text, reparseAfterEdit(hit.profile, change, text) ?? parseProfile(text, uri, reuseFrom(hit.profile, change)));
}

function remember(uri: string, text: string, profile: ProfileDocument): ProfileDocument {
  latest.set(uri, { text, profile });
  return profile;
}

/** Drops the document's parse (closed documents keep no AST). */
export function forgetDocumentParse(uri: string): void {
  latest.delete(uri);
}
