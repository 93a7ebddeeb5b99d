/**
 * Waiting for catalog-backed diagnostics in LSP tests. The server publishes at once (catalog-unavailable while
 * registry data is loading), then again whenever data lands; a test must compare against the publish that
 * follows the last load, not the first one. Every wait has a deadline; nothing sleeps for a fixed time.
 */
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import type { CatalogStatusResult } from '../../server/src/protocol.js';
import type { LspClient } from './lsp-client.js';

const severityName: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** Diagnostics as golden lines (`<line>:<col> <severity> <code>`, 1-based), sorted like the golden files. */
export function goldenLines(diagnostics: Diagnostic[]): string[] {
  return diagnostics
    .map((d) => ({ d, text: `${d.range.start.line + 1}:${d.range.start.character + 1} ${severityName[d.severity ?? 1]} ${String(d.code)}` }))
    .sort((a, b) => a.d.range.start.line - b.d.range.start.line || a.d.range.start.character - b.d.range.start.character || a.text.localeCompare(b.text))
    .map((x) => x.text);
}

/** Resolves once `probe` is true, polling the server between tries; rejects after `timeoutMs`. */
async function poll(probe: () => Promise<boolean>, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    // A round trip to the server paces the loop without a fixed sleep.
  }
}

/**
 * The diagnostics of the document's current version once the catalog has settled: published without
 * catalog-unavailable, the server's catalog no longer loading, and (when `expected` is given) the publish that
 * matches it if one arrives before the deadline — else the last one, for the caller to diff.
 */
export async function catalogSettled(client: LspClient, uri: string, expected?: string[], timeoutMs = 15_000): Promise<Diagnostic[]> {
  const version = client.version(uri);
  const current = () => {
    const p = client.published.get(uri);
    return p && p.version === version ? p.diagnostics : undefined;
  };
  await client.waitFor(() => {
    const d = current();
    return d && !d.some((x) => x.code === 'catalog-unavailable') ? d : undefined;
  }, `diagnostics of ${uri} v${version} without catalog-unavailable`, timeoutMs);
  await poll(async () => {
    const status = await client.connection.sendRequest<CatalogStatusResult>('palette/catalogStatus');
    return !status.loading;
  }, 'the catalog to stop loading', timeoutMs);
  if (!expected) return current() ?? [];
  const want = expected.join('\n');
  try {
    return await client.waitFor(() => {
      const d = current();
      return d && goldenLines(d).join('\n') === want ? d : undefined;
    }, 'the re-validation after the last load', 3000);
  } catch {
    return current() ?? [];
  }
}
