/**
 * A minimal LSP client for tests: spawns the real bundle (`node dist/server.js --stdio`), answers
 * workspace/configuration from a settings object the test controls, records publishDiagnostics, and waits on
 * conditions with a deadline (never on fixed sleeps).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import type {
  CodeAction,
  Diagnostic,
  DocumentSymbol,
  InitializeResult,
  ProtocolConnection,
  PublishDiagnosticsParams,
  Range,
  TextEdit,
} from 'vscode-languageserver-protocol/node';
import { ensureBuilt, repoRoot } from './ensure-built.js';

export interface StartOptions {
  /** The `palette` settings section the harness answers workspace/configuration with. */
  settings?: Record<string, unknown>;
  /** Workspace folder (absolute path); defaults to none. */
  folder?: string;
  env?: NodeJS.ProcessEnv;
}

export class LspClient {
  readonly published = new Map<string, PublishDiagnosticsParams>();
  settings: Record<string, unknown>;
  stderr = '';
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  private readonly waiters = new Set<() => void>();

  private constructor(
    private readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
  }

  static async start(options: StartOptions = {}): Promise<{ client: LspClient; init: InitializeResult }> {
    ensureBuilt();
    const child = spawn(process.execPath, [resolve(repoRoot, 'dist/server.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection, { validationDelay: 10, ...options.settings });
    child.stderr!.on('data', (d: Buffer) => (client.stderr += d.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      client.published.set(p.uri, p);
      client.notify();
    });
    connection.onNotification('window/logMessage', () => undefined);
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (i.section === 'palette' ? client.settings : null)),
    );
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    const folder = options.folder ? pathToFileURL(options.folder).href : null;
    const init: InitializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder,
      workspaceFolders: folder ? [{ uri: folder, name: 'ws' }] : null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
      },
    });
    await connection.sendNotification('initialized', {});
    return { client, init };
  }

  async open(uri: string, text: string, languageId = 'palette-profile'): Promise<void> {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** An incremental change: replace `range` with `text`. */
  async change(uri: string, range: Range, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, applyEdits(this.texts.get(uri) ?? '', [{ range, newText: text }]));
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
    return version;
  }

  /** Applies edits client-side and sends them as incremental changes (one didChange, last edit first). */
  async applyEdits(uri: string, edits: TextEdit[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, applyEdits(this.texts.get(uri) ?? '', edits));
    const ordered = [...edits].sort((a, b) => compare(b.range.start, a.range.start));
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: ordered.map((e) => ({ range: e.range, text: e.newText })),
    });
    return version;
  }

  text(uri: string): string {
    return this.texts.get(uri) ?? '';
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Diagnostics published for the document's current version (waits for them). */
  async diagnostics(uri: string, timeoutMs = 5000): Promise<Diagnostic[]> {
    const version = this.version(uri);
    const p = await this.waitFor(() => {
      const got = this.published.get(uri);
      return got && got.version === version ? got : undefined;
    }, `diagnostics of ${uri} v${version}`, timeoutMs);
    return p.diagnostics;
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
  }

  documentSymbols(uri: string): Promise<DocumentSymbol[] | null> {
    return this.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  /** Resolves with the first truthy value of `probe`, re-checked on every server notification. */
  waitFor<T>(probe: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
    return new Promise((resolvePromise, reject) => {
      const check = () => {
        const value = probe();
        if (value === undefined || value === false) return;
        cleanup();
        resolvePromise(value);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; server stderr: ${this.stderr || '(none)'}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  async shutdown(): Promise<void> {
    const exited = new Promise((r) => this.child.once('exit', r));
    if (this.child.exitCode === null) {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
      await exited;
    }
    this.connection.dispose();
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

export function fileUri(name: string): string {
  return pathToFileURL(resolve('/tmp/palette-lsp-test', name)).href;
}

function compare(a: { line: number; character: number }, b: { line: number; character: number }): number {
  return a.line - b.line || a.character - b.character;
}

/** Applies LSP edits (positions in UTF-16) to a text, like a client would. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: { line: number; character: number }) =>
    Math.min(text.length, (starts[p.line] ?? text.length) + p.character);
  const sorted = [...edits].sort((a, b) => compare(b.range.start, a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
