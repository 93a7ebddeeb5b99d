/**
 * Wires the authoring features: completion, hover, inlay hints, code lens, the bump command and the
 * palette/packEntry + palette/defaultValues requests. Typing-path features read the catalog snapshot only and
 * never wait on the network; they kick loading of what the profile names without awaiting it.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { emptyCatalog, type CatalogSnapshot } from '../core/catalog.js';
import { codeLenses } from '../core/code-lens.js';
import { profileLens } from '../core/code-lens-profile.js';
import { complete } from '../core/complete/index.js';
import { hoverAt } from '../core/hover/index.js';
import { inlayHints } from '../core/inlay-hints.js';
import type { ProfileDocument } from '../core/model.js';
import { bumpVersionCommand, profileLanguageId } from '../protocol.js';
import { registerAuthoringRequests, type AuthoringRequestDeps } from './authoring-requests.js';
import { applyBump, toCodeLenses, type BumpArguments } from './code-lens.js';
import { connectionNameOf, toPublishLens } from './code-lens-profile.js';
import { toCompletionItem } from './completion.js';
import { parseDocumentText } from './document-parse.js';
import { toHover } from './hover.js';
import { toInlayHint } from './inlay-hints.js';

export interface AuthoringDeps extends AuthoringRequestDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The catalog's current snapshot (sync). */
  snapshot(): CatalogSnapshot | undefined;
  /** Starts loading what the profile names; must not block. */
  ensure(profile: ProfileDocument): void;
}

const candidates = new Set([profileLanguageId, 'yaml', 'json', 'jsonc']);

export function registerAuthoring(deps: AuthoringDeps): void {
  const { connection, documents } = deps;
  const connectionName = connectionNameOf(process.env);
  // One parse per document version, shared by every request on it and with validation (document-parse.ts).
  const parsed = new Map<string, { version: number; profile: ProfileDocument | undefined }>();
  documents.onDidClose((e) => parsed.delete(e.document.uri));

  function profileOf(uri: string): { doc: TextDocument; profile: ProfileDocument; catalog: CatalogSnapshot } | undefined {
    const doc = documents.get(uri);
    if (!doc || !candidates.has(doc.languageId)) return undefined;
    let hit = parsed.get(uri);
    if (hit?.version !== doc.version) {
      const profile = parseDocumentText(uri, doc.getText());
      hit = { version: doc.version, profile: doc.languageId === profileLanguageId || profile.isProfile ? profile : undefined };
      parsed.set(uri, hit);
      if (hit.profile) deps.ensure(hit.profile);
    }
    return hit.profile && { doc, profile: hit.profile, catalog: deps.snapshot() ?? emptyCatalog };
  }

  connection.onCompletion((params) => {
    const found = profileOf(params.textDocument.uri);
    if (!found) return null;
    const items = complete(found.profile, found.doc.offsetAt(params.position), found.catalog);
    return { isIncomplete: found.catalog.state === 'partial', items: items.map((c) => toCompletionItem(found.doc, c)) };
  });

  connection.onHover((params) => {
    const found = profileOf(params.textDocument.uri);
    return found ? toHover(found.doc, hoverAt(found.profile, found.doc.offsetAt(params.position), found.catalog)) : null;
  });

  connection.languages.inlayHint.on((params) => {
    const found = profileOf(params.textDocument.uri);
    if (!found) return null;
    const range = [found.doc.offsetAt(params.range.start), found.doc.offsetAt(params.range.end)] as const;
    return inlayHints(found.profile, found.catalog, range).map((h) => toInlayHint(found.doc, h));
  });

  connection.onCodeLens((params) => {
    const found = profileOf(params.textDocument.uri);
    if (!found) return null;
    const publish = profileLens(found.profile);
    const packs = codeLenses(found.profile, found.catalog).flatMap((l) => toCodeLenses(found.doc, l));
    return publish ? [toPublishLens(found.doc, publish, connectionName), ...packs] : packs;
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command === bumpVersionCommand && params.arguments?.[0]) await applyBump(connection, params.arguments[0] as BumpArguments);
  });

  registerAuthoringRequests(deps);
}
