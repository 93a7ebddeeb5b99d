/**
 * The one file shared by client and server: settings and custom requests. The client imports nothing else
 * from server/. Every message says which side sends it.
 */
import { RequestType, RequestType0 } from 'vscode-languageserver-protocol';

export type RuleSeverity = 'error' | 'warning' | 'info' | 'hint' | 'off';

/** Settings the server pulls with workspace/configuration (section `palette`). */
export interface Settings {
  /** Per-rule severity overrides, keyed by rule code. */
  rules: Record<string, RuleSeverity>;
  /** Zero network calls: validate from the cache or a snapshot only. */
  offline: boolean;
  /** A catalog snapshot file to validate against (overrides the network). */
  catalogSnapshot: string;
  /** Debounce of validation after an edit, in milliseconds. */
  validationDelay: number;
  /** Client side: switch plain YAML/JSON files whose content is a profile to the `palette-profile` language. */
  detectProfiles: boolean;
}

export const defaultSettings: Settings = {
  rules: {},
  offline: false,
  catalogSnapshot: '',
  validationDelay: 150,
  detectProfiles: true,
};

/** Configuration section the server pulls with workspace/configuration and the client synchronizes. */
export const settingsSection = 'palette';

/** Environment variables the client sets on the server process (credentials travel only this way). */
export const connectionEnv = {
  /** JSON of {@link ConnectionInfo}. */
  connection: 'PALETTE_CONNECTION',
  /** The API key of that connection. */
  apiKey: 'PALETTE_API_KEY',
  /** Folder of the on-disk catalog cache (the client passes its global storage). */
  cacheDir: 'PALETTE_CACHE_DIR',
} as const;

/** Language id of profile documents. */
export const profileLanguageId = 'palette-profile';

/**
 * Node options the language server is started with (the extension does; other editors should too). A small
 * young generation: opening a big profile allocates in bursts, and V8's default lets the young generation grow
 * to 3 × 16 MiB and keeps it, which was most of the server's resident memory after open. `npm run bench`
 * medians at 50k lines: RSS after open 162 MiB without it, 125-129 MiB with it (peak 324 -> 188 MiB); open and
 * edit latency within the runs' noise (edit in values 34-47 ms across runs with it, 34-41 without).
 */
export const serverNodeOptions: readonly string[] = ['--max-semi-space-size=2'];

/**
 * Connection as the client hands it to the server at spawn, by environment (`PALETTE_CONNECTION` JSON, key in
 * `PALETTE_API_KEY`), never inside an LSP message.
 */
export interface ConnectionInfo {
  name: string;
  host: string;
  projectUid?: string;
  projectName?: string;
  caFile?: string;
  proxy?: string;
  insecure?: boolean;
}

// ---- palette/* requests of the Palette views and catalog commands (client → server) --------------------------
// Every one works on the connection the server was started with; no message carries a key or a host. Failures
// come back as a ResponseError whose message is one clear sentence (a PaletteError's, never with secrets).

/** A page of a lazily listed collection: pass `nextPageToken` back as `pageToken` for the next one. */
export interface Paged<T> {
  items: T[];
  nextPageToken?: string;
}
export interface RegistryItem {
  uid: string;
  name: string;
  kind: string;
  scope?: string;
}
export interface PackFilterParams {
  layer?: string;
  cloudType?: string;
  /** Substring of the name or display name, case-insensitive. */
  text?: string;
}
export interface PackItem {
  name: string;
  registryUid: string;
  displayName?: string;
  layer?: string;
  type?: string;
  cloudTypes?: string[];
  latestVersion?: string;
}
export interface PackVersionItem {
  tag: string;
  version: string;
  packUid: string;
  deprecated?: boolean;
  disabled?: boolean;
}
export interface PackVersionParams {
  registryUid: string;
  name: string;
  version: string;
}
export interface ProfileItem {
  name: string;
  /** Versions visible in the project, newest first. */
  versions: ProfileVersionItem[];
}
export interface ProfileVersionItem {
  uid: string;
  version: string;
}
export interface ProjectItem {
  name: string;
  uid: string;
}
export interface CatalogStatusResult {
  /** False when the server has no connection and no snapshot (signed out). */
  connected: boolean;
  /** Connection name, host and project the server was started with (no key). */
  connectionName?: string;
  host?: string;
  projectName?: string;
  source: string;
  ageMs?: number;
  offline: boolean;
  loading: boolean;
  lastError?: string;
}
/** One line of Test connection: TLS (reaching the host), auth (the key) and project, reported separately. */
export interface ConnectionCheck {
  ok: boolean;
  detail: string;
}
export interface TestConnectionResult {
  /** The tenant (organisation) name the key belongs to, when auth passed: write confirmations name it. */
  tenant?: string;
  tls: ConnectionCheck;
  auth: ConnectionCheck;
  project: ConnectionCheck;
}

/** client → server: the registries the key can see. */
export const listRegistriesRequest = new RequestType0<RegistryItem[], void>('palette/listRegistries');
/** client → server: one page of a registry's packs matching the filter. */
export const listPacksRequest = new RequestType<{ registryUid: string; filter?: PackFilterParams; pageToken?: string }, Paged<PackItem>, void>('palette/listPacks');
/** client → server: every version of a pack in a registry, newest first. */
export const listVersionsRequest = new RequestType<{ registryUid: string; name: string }, PackVersionItem[], void>('palette/listVersions');
/** client → server: the default values.yaml text of a pack version. */
export const packDefaultsRequest = new RequestType<PackVersionParams, string, void>('palette/packDefaults');
/** client → server: the README (markdown) of a pack version; empty when it has none. */
export const packReadmeRequest = new RequestType<PackVersionParams, string, void>('palette/packReadme');
/** client → server: one page of the project's profiles (by name, each with its versions). */
export const listProfilesRequest = new RequestType<{ pageToken?: string }, Paged<ProfileItem>, void>('palette/listProfiles');
/** client → server: the versions of one profile name, newest first. */
export const profileVersionsRequest = new RequestType<{ name: string }, ProfileVersionItem[], void>('palette/profileVersions');
/** client → server: a profile version as the export YAML (what open, compare and pull write). */
export const exportProfileRequest = new RequestType<{ uid: string }, string, void>('palette/exportProfile');
/** client → server: deletes a profile version (the client has confirmed with host, tenant and project). */
export const deleteProfileRequest = new RequestType<{ uid: string }, void, void>('palette/deleteProfile');
/** client → server: where the catalog comes from, its age, offline, and which connection the server holds. */
export const catalogStatusRequest = new RequestType0<CatalogStatusResult, void>('palette/catalogStatus');
/** client → server: revalidate every cached catalog entry now; answers the new status. */
export const refreshCatalogRequest = new RequestType0<CatalogStatusResult, void>('palette/refreshCatalog');
/** client → server: delete this connection's disk cache and drop what is in memory. */
export const clearCacheRequest = new RequestType0<CatalogStatusResult, void>('palette/clearCache');
/**
 * client → server, after the client wrote `palette.offline`: re-read the settings now and answer the status.
 * Fails when the effective setting differs (a workspace value overrides the user's).
 */
export const setOfflineRequest = new RequestType<{ offline: boolean }, CatalogStatusResult, void>('palette/setOffline');
/** client → server: write the loaded catalog as a snapshot file (absolute path). */
export const exportSnapshotRequest = new RequestType<{ file: string }, void, void>('palette/exportSnapshot');
/** client → server: reach the host, check the key, find the project; each reported on its own. */
export const testConnectionRequest = new RequestType0<TestConnectionResult, void>('palette/testConnection');
/** client → server: the tenant's projects (tenant scope), to pick one by name when adding a connection. */
export const listProjectsRequest = new RequestType0<ProjectItem[], void>('palette/listProjects');

// ---- Authoring: Add Pack, Insert Default Values, diff vs defaults (client → server) ---------------------------

/** A position as LSP counts it (0-based line, UTF-16 character). */
export interface ProtocolPosition {
  line: number;
  character: number;
}
export interface ProtocolTextEdit {
  range: { start: ProtocolPosition; end: ProtocolPosition };
  newText: string;
}
export interface PackEntryParams {
  /** The open profile document to add to. */
  uri: string;
  name: string;
  registryUid: string;
  /** The tag to write (a version from palette/listVersions). */
  tag: string;
  /** Also write the version's complete default values. */
  includeValues: boolean;
}
/**
 * client → server (command "Palette: Add Pack…"): the edit inserting a complete pack entry (name, type, layer,
 * tag, registry, optionally values) at the position its layer belongs, in the document's form and indentation.
 */
export const packEntryRequest = new RequestType<PackEntryParams, ProtocolTextEdit, void>('palette/packEntry');

export interface DefaultValuesParams {
  uri: string;
  /** The pack by index (code lens), or the pack under `position` (command palette). */
  packIndex?: number;
  position?: ProtocolPosition;
}
export interface DefaultValuesResult {
  packName: string;
  version: string;
  registryName?: string;
  /** The version's default values.yaml text. */
  defaults: string;
  /** The profile's own values text for that pack ('' when it has none). */
  current: string;
  /** The edit that sets the pack's values to the defaults. */
  edit: ProtocolTextEdit;
}
/** client → server (Insert Default Values, diff vs defaults): a pack's defaults, its current values and the insert edit. */
export const defaultValuesRequest = new RequestType<DefaultValuesParams, DefaultValuesResult, void>('palette/defaultValues');

/** Server command (code lens "latest x.y.z"): applies the bump edits it carries. */
export const bumpVersionCommand = 'palette.packs.bumpVersion';
/** Client commands the code lens invokes with (uri, packIndex). */
export const insertDefaultsCommand = 'palette.values.insertDefaults';
export const diffDefaultsCommand = 'palette.values.diffDefaults';
export const addPackCommand = 'palette.packs.add';

// ---- palette/publish (client → server) ------------------------------------------------------------------------
// Publishes an open profile document with the server's connection. Progress goes to the request's workDoneToken;
// cancelling the request stops it before the create (never half-way through one).

export interface PublishParams {
  /** The document to publish (its current text, as the editor has it). */
  uri: string;
  /** Publish as this version instead of the file's (the user accepted the suggested bump without editing). */
  version?: string;
  /** Check everything and name the target; create nothing. The client confirms between a dry run and the real one. */
  dryRun?: boolean;
  workDoneToken?: string | number;
}
export interface PublishLine {
  message: string;
  /** The pack it concerns, or the rule code of a local error. */
  subject?: string;
  /** 1-based line of a local error. */
  line?: number;
}
export interface PublishResult {
  status: 'blocked' | 'rejected' | 'version-exists' | 'ready' | 'published';
  /** host · tenant · project, for the confirmation and the result message. */
  target: string;
  name?: string;
  version?: string;
  uid?: string;
  /** Why it was blocked (local errors) or rejected (packs, Palette's checks). */
  problems: PublishLine[];
  /** version-exists: the next free version, and the edit of spec.version the user may accept. */
  suggestedVersion?: string;
  versionEdit?: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
}
/** client → server: publish (or dry-run) a profile document. */
export const publishRequest = new RequestType<PublishParams, PublishResult, void>('palette/publish');
/** Commands of the publish module (package.json, the code lens). */
export const publishCommand = 'palette.profile.publish';
export const cloneCommand = 'palette.profile.clone';
