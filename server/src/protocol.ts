/**
 * The one file shared by client and server: settings and custom requests. The client imports nothing else
 * from server/. Every message says which side sends it.
 */

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
