/**
 * palette/packEntry and palette/defaultValues: commands, not typing, so they may wait for the catalog to
 * load what they need. Failures come back as one clear sentence.
 */
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Catalog } from '../catalog/catalog.js';
import { resolvePack } from '../core/complete/pack-catalog.js';
import type { PackEntry } from '../core/model.js';
import { packRefs } from '../core/pack-refs.js';
import { defaultValuesEdit } from '../core/pack-entry/default-values-edit.js';
import { packEntryEdit } from '../core/pack-entry/insert-entry.js';
import { parseDocumentText } from './document-parse.js';
import { defaultValuesRequest, packEntryRequest } from '../protocol.js';
import type { DefaultValuesParams, DefaultValuesResult, PackEntryParams, ProtocolTextEdit } from '../protocol.js';
import { toLspRange } from './completion.js';

export interface AuthoringRequestDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The catalog configured from the current settings (undefined when there is no source). */
  catalog(): Promise<Catalog | undefined>;
}

class Failure extends Error {}

export function registerAuthoringRequests(deps: AuthoringRequestDeps): void {
  const answer = <P, R>(handler: (p: P) => Promise<R>) => async (p: P): Promise<R | ResponseError<void>> => {
    try {
      return await handler(p);
    } catch (err) {
      const message = err instanceof Failure ? err.message : `Unexpected failure: ${err instanceof Error ? err.message : String(err)}`;
      return new ResponseError(LSPErrorCodes.RequestFailed, message);
    }
  };
  deps.connection.onRequest(packEntryRequest.method, answer((p: PackEntryParams) => packEntry(deps, p)));
  deps.connection.onRequest(defaultValuesRequest.method, answer((p: DefaultValuesParams) => defaultValues(deps, p)));
}

async function needs(deps: AuthoringRequestDeps, uri: string): Promise<{ doc: TextDocument; catalog: Catalog }> {
  const doc = deps.documents.get(uri);
  if (!doc) throw new Failure('The profile is not open in the editor.');
  const catalog = await deps.catalog();
  if (!catalog) throw new Failure('No pack catalog: connect to Palette or set palette.catalogSnapshot.');
  return { doc, catalog };
}

async function packEntry(deps: AuthoringRequestDeps, p: PackEntryParams): Promise<ProtocolTextEdit> {
  const { doc, catalog } = await needs(deps, p.uri);
  const [registries, packs, versions] = await Promise.all([catalog.listRegistries(), catalog.listPacks(p.registryUid), catalog.listVersions(p.registryUid, p.name)]);
  const pack = packs.find((x) => x.name === p.name);
  const version = versions.find((v) => v.tag === p.tag);
  if (!pack || !version) throw new Failure(`Pack ${p.name} ${p.tag} is not in that registry.`);
  const detail = p.includeValues ? await catalog.versionDetail(p.registryUid, p.name, version.version) : undefined;
  const profile = parseDocumentText(doc.uri, doc.getText());
  const edit = packEntryEdit(profile, {
    name: p.name,
    type: pack.type,
    layer: pack.layer,
    tag: p.tag,
    registryName: registries.find((r) => r.uid === p.registryUid)?.name ?? p.registryUid,
    registryUid: p.registryUid,
    packUid: version.packUid,
    values: detail?.values,
  });
  if (!edit) throw new Failure('The document has no spec.template.packs list to add to.');
  return { range: toLspRange(doc, edit.range), newText: edit.newText };
}

async function defaultValues(deps: AuthoringRequestDeps, p: DefaultValuesParams): Promise<DefaultValuesResult> {
  const { doc, catalog } = await needs(deps, p.uri);
  const profile = parseDocumentText(doc.uri, doc.getText());
  const offset = p.position ? doc.offsetAt(p.position) : undefined;
  const pack: PackEntry | undefined = p.packIndex !== undefined ? profile.packs[p.packIndex] : profile.packs.find((x) => offset !== undefined && x.range[0] <= offset && offset <= x.range[1]);
  if (!pack?.name) throw new Failure('Put the cursor on a pack of spec.template.packs.');
  await catalog.ensure(packRefs(profile));
  const facts = { name: pack.name.value, registryName: pack.registryName?.value, registryUid: pack.registryUid?.value, tag: pack.tag?.value, version: pack.version?.value };
  const resolved = resolvePack(facts, catalog.snapshot());
  if (!resolved?.entry || !resolved.version) throw new Failure(`Pack ${pack.name.value} ${facts.version ?? facts.tag ?? ''} is not in the catalog.`);
  const detail = resolved.detail ?? (await catalog.versionDetail(resolved.entry.registryUid, resolved.name, resolved.version));
  if (!detail) throw new Failure(`The defaults of ${resolved.name} ${resolved.version} could not be loaded.`);
  const edit = defaultValuesEdit(profile, pack, detail.values);
  return {
    packName: resolved.name,
    version: resolved.version,
    registryName: resolved.registry?.name,
    defaults: detail.values,
    current: pack.values?.text ?? '',
    edit: { range: toLspRange(doc, edit.range), newText: edit.newText },
  };
}
