/**
 * The parse of each open document's current text, shared by validation (analysis.ts) and the authoring
 * requests (completion, hover, inlay hints, code lens): one outer parse per version instead of one per
 * feature, and one ProfileDocument held per document instead of two. Keyed by the text itself, which the
 * TextDocument hands out as the same string until the next change (so the check is a pointer compare).
 * A new text that differs from the last by an edit inside one pack's values reuses the last outer parse
 * (core/parse/incremental.ts); anything else is parsed whole, reusing the values parses of every pack the
 * edit did not touch (core/parse/values-reuse.ts). Where the text changed comes from the editor's own
 * incremental changes (noteEdit) when they lead from the last parsed text to this one, else from comparing the
 * two texts (at 50k lines a two-byte text of 2.4 M characters: ~6 ms per keystroke after a pause).
 */
import type { ProfileDocument } from '../core/model.js';
import { changeBetween, composeChanges, reparseAfterEdit, type TextChange } from '../core/parse/incremental.js';
import { parseProfile } from '../core/parse/parse-profile.js';
import { reuseFrom } from '../core/parse/values-reuse.js';

const latest = new Map<string, { text: string; profile: ProfileDocument }>();
/** Per uri, the editor's changes since a text (`base`), composed into one, and the text they lead to. */
const edits = new Map<string, { base: string; change: TextChange; text: string }>();

/**
 * The editor changed `before` into `after` by `change` (offsets in `before`; undefined: a whole-text change).
 * Kept only while it leads on from the last parsed text, so it holds no text the parse and the document do not.
 */
export function noteEdit(uri: string, before: string, change: TextChange | undefined, after: string): void {
  const pending = edits.get(uri);
  if (change && latest.get(uri)?.text === before) edits.set(uri, { base: before, change, text: after });
  else if (change && pending?.text === before) edits.set(uri, { base: pending.base, change: composeChanges(pending.change, change), text: after });
  else edits.delete(uri);
}

/** How often a parse took the editor's change vs compared the texts (tests). */
const changeSources = { noted: 0, compared: 0 };

export function changeSourceStats(): { noted: number; compared: number } {
  return { ...changeSources };
}

/** The change from `before` to `after`: the editor's when it is known for exactly these texts, else compared. */
function changeOf(uri: string, before: string, after: string): TextChange {
  const known = edits.get(uri);
  edits.delete(uri);
  if (known?.base === before && known.text === after && before.length - known.change.oldEnd === after.length - known.change.newEnd) {
    changeSources.noted++;
    return known.change;
  }
  changeSources.compared++;
  return changeBetween(before, after);
}

/** parseProfile(text, uri), reusing the last parse of this uri when the text is unchanged. */
export function parseDocumentText(uri: string, text: string): ProfileDocument {
  const hit = latest.get(uri);
  if (hit?.text === text) return hit.profile;
  if (!hit) {
    edits.delete(uri);
    return remember(uri, text, parseProfile(text, uri));
  }
  const change = changeOf(uri, hit.text, text);
  return remember(uri, text, reparseAfterEdit(hit.profile, change, text) ?? parseProfile(text, uri, reuseFrom(hit.profile, change)));
}

function remember(uri: string, text: string, profile: ProfileDocument): ProfileDocument {
  latest.set(uri, { text, profile });
  return profile;
}

/** Drops the document's parse (closed documents keep no AST). */
export function forgetDocumentParse(uri: string): void {
  latest.delete(uri);
  edits.delete(uri);
}
