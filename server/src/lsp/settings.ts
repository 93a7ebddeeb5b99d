/**
 * Settings pulled from the client (workspace/configuration, section `palette`), per document scope, cached until
 * the client says they changed. Clients without the configuration capability get the defaults.
 */
import type { Connection } from 'vscode-languageserver/node';
import { defaultSettings, settingsSection } from '../protocol.js';
import type { RuleSeverity, Settings } from '../protocol.js';

export interface SettingsSource {
  /** Settings for a document (or the workspace, without a uri). */
  get(uri?: string): Promise<Settings>;
  /** Forget cached values (after workspace/didChangeConfiguration). */
  reset(): void;
}

const severities: ReadonlySet<string> = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** Accepts whatever the client sends; anything malformed falls back to the default, so a typo never stops validation. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, RuleSeverity> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [code, sev] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof sev === 'string' && severities.has(sev)) rules[code] = sev as RuleSeverity;
    }
  }
  const delay = typeof r.validationDelay === 'number' && r.validationDelay >= 0 ? r.validationDelay : undefined;
  return {
    rules,
    offline: typeof r.offline === 'boolean' ? r.offline : defaultSettings.offline,
    catalogSnapshot: typeof r.catalogSnapshot === 'string' ? r.catalogSnapshot : defaultSettings.catalogSnapshot,
    validationDelay: delay ?? defaultSettings.validationDelay,
    detectProfiles: typeof r.detectProfiles === 'boolean' ? r.detectProfiles : defaultSettings.detectProfiles,
  };
}

export function createSettingsSource(connection: Connection, canPull: () => boolean): SettingsSource {
  const cache = new Map<string, Promise<Settings>>();
  return {
    get(uri) {
      if (!canPull()) return Promise.resolve(defaultSettings);
      const key = uri ?? '';
      let pending = cache.get(key);
      if (!pending) {
        pending = connection.workspace
          .getConfiguration({ scopeUri: uri, section: settingsSection })
          .then(normalizeSettings, (err: unknown) => {
            connection.console.warn(`palette: could not read settings (${String(err)}); using defaults`);
            return defaultSettings;
          });
        cache.set(key, pending);
      }
      return pending;
    },
    reset() {
      cache.clear();
    },
  };
}
