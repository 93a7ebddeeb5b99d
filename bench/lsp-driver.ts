/**
 * One language server under measurement, over stdio: sends what an editor sends, records every
 * publishDiagnostics with its arrival time, and reads the process's memory from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import type { InitializeResult, Position, ProtocolConnection, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';

export interface Published {
  uri: string;
  at: number;
  version?: number;
  count: number;
}

export interface DriverOptions {
  node: string;
  args: string[];
  /** Answers to workspace/configuration by section; undefined: the client does not offer the request. */
  configuration?: Record<string, unknown>;
  /** Sent as workspace/didChangeConfiguration after initialized. */
  pushSettings?: unknown;
  env?: NodeJS.ProcessEnv;
}

export class LspDriver {
  readonly published: Published[] = [];
  readonly startedAt = performance.now();
  capabilities: InitializeResult['capabilities'] = {};
  private waiters = new Set<() => void>();
  private stderr = '';

  private constructor(private readonly child: ChildProcess, private readonly connection: ProtocolConnection) {}

  static async start(o: DriverOptions): Promise<{ driver: LspDriver; coldStartMs: number }> {
    const t0 = performance.now();
    const child = spawn(o.node, o.args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...o.env } });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const driver = new LspDriver(child, connection);
    child.stderr!.on('data', (d: Buffer) => (driver.stderr = (driver.stderr + d.toString()).slice(-4000)));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      driver.published.push({ uri: p.uri, at: performance.now(), version: p.version, count: p.diagnostics.length });
      for (const w of driver.waiters) w();
    });
    for (const method of ['window/logMessage', 'window/showMessage', 'telemetry/event', '$/progress']) connection.onNotification(method, () => undefined);
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (i.section ? (o.configuration?.[i.section] ?? null) : null)),
    );
    for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create', 'window/showMessageRequest']) {
      connection.onRequest(method, () => null);
    }
    connection.listen();
    const init: InitializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        workspace: { configuration: o.configuration !== undefined, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: {
          synchronization: { didSave: false },
          publishDiagnostics: { versionSupport: true },
          completion: { completionItem: { snippetSupport: true } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
    });
    await connection.sendNotification('initialized', {});
    if (o.pushSettings) await connection.sendNotification('workspace/didChangeConfiguration', { settings: o.pushSettings });
    driver.capabilities = init.capabilities;
    return { driver, coldStartMs: performance.now() - t0 };
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** Resident set now and its peak so far (VmRSS / VmHWM), in MiB. */
  memory(): { rssMiB: number; peakMiB: number } {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { rssMiB: kb('VmRSS') / 1024, peakMiB: kb('VmHWM') / 1024 };
  }

  open(uri: string, text: string, languageId: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  change(uri: string, version: number, at: Position, deleteChars: number, text: string): Promise<void> {
    const range = { start: at, end: { line: at.line, character: at.character + deleteChars } };
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async request(method: 'textDocument/completion' | 'textDocument/hover', uri: string, position: Position): Promise<{ ms: number; result: unknown }> {
    const t0 = performance.now();
    const result = await this.connection.sendRequest(method, { textDocument: { uri }, position });
    return { ms: performance.now() - t0, result };
  }

  /** The first publish after `since` that `match` accepts; throws after `timeoutMs` (with the server's stderr tail). */
  waitPublish(uri: string, since: number, match: (p: Published) => boolean, timeoutMs = 120_000): Promise<Published> {
    return new Promise((resolvePromise, reject) => {
      const check = () => {
        const hit = this.published.find((p) => p.uri === uri && p.at >= since && match(p));
        if (!hit) return;
        this.waiters.delete(check);
        clearTimeout(timer);
        resolvePromise(hit);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`no diagnostics within ${timeoutMs} ms; server stderr: ${this.stderr}`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  /** Resolves once no diagnostics arrived for `quietMs` (the server finished whatever it had queued). */
  async settle(quietMs: number): Promise<void> {
    for (;;) {
      const last = this.published.at(-1)?.at ?? this.startedAt;
      const wait = last + quietMs - performance.now();
      if (wait <= 0) return;
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // Already gone.
    }
    // Give the server its own exit (a --cpu-prof profile is written then), then make sure it is gone.
    if (this.child.exitCode === null) await Promise.race([once(this.child, 'exit'), new Promise((r) => setTimeout(r, 3000))]);
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }
}
