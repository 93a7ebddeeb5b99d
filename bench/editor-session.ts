/**
 * One run of one server on one document, as an editor would drive it: start, warm up on a small profile, open
 * the document, type inside a values block, type a 10-key burst, edit the outer structure, ask for completion
 * and hover. Every latency is wall time from sending the notification to the diagnostics that answer it.
 */
import { performance } from 'node:perf_hooks';
import type { Position } from 'vscode-languageserver-protocol';
import { findPositions } from './doc-positions.js';
import type { LspDriver } from './lsp-driver.js';
import type { ServerSpec } from './servers.js';

export interface SessionOptions {
  edits: number;
  requests: number;
  /** Milliseconds between the keys of the burst. */
  keyIntervalMs: number;
  /** No diagnostics for this long: the server finished (longer than either server's debounce). */
  quietMs: number;
}

export interface SessionResult {
  coldStartMs: number;
  openMs: number;
  editMs: number[];
  burstMs: number;
  outerMs: number[];
  completionOuterMs: number[];
  completionValuesMs: number[];
  hoverOuterMs: number[];
  hoverValuesMs: number[];
  rssAfterOpenMiB: number;
  peakRssMiB: number;
  diagnosticsAtOpen: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class Doc {
  version = 1;
  constructor(readonly driver: LspDriver, readonly spec: ServerSpec, readonly uri: string) {}

  /** Sends one change and resolves with the time until its diagnostics. */
  async edit(at: Position, deleteChars: number, text: string): Promise<number> {
    const version = ++this.version;
    const sent = performance.now();
    await this.driver.change(this.uri, version, at, deleteChars, text);
    const p = await this.driver.waitPublish(this.uri, sent, (x) => this.spec.answers(x, version));
    return p.at - sent;
  }
}

export async function runSession(spec: ServerSpec, uri: string, text: string, warmText: string, o: SessionOptions): Promise<SessionResult> {
  const { driver, coldStartMs } = await spec.start();
  try {
    // Warm-up, the same for both servers: open and validate a small, different profile, then close it.
    const warmUri = uri.replace(/[^/]*$/, 'warm-up.profile.yaml');
    let sent = performance.now();
    await driver.open(warmUri, warmText, spec.languageId);
    await driver.waitPublish(warmUri, sent, (p) => spec.answers(p, 1));
    await driver.close(warmUri);
    await driver.settle(o.quietMs);

    const pos = findPositions(text);
    const doc = new Doc(driver, spec, uri);
    sent = performance.now();
    await driver.open(uri, text, spec.languageId);
    const opened = await driver.waitPublish(uri, sent, (p) => spec.answers(p, 1));
    const openMs = opened.at - sent;
    await driver.settle(o.quietMs);
    const rssAfterOpenMiB = driver.memory().rssMiB;

    const editMs: number[] = [];
    for (let i = 0; i < o.edits; i++) {
      // Each edit types one more character, so every edit is a text the server has not seen (typing then
      // deleting returned to a cached text every second edit and measured cache hits).
      editMs.push(await doc.edit({ line: pos.valuesEdit.line, character: pos.valuesEdit.character + i }, 0, 'xyzuvw'[i % 6]));
      await driver.settle(o.quietMs);
    }
    await doc.edit(pos.valuesEdit, o.edits, '');
    await driver.settle(o.quietMs);

    const keys = 'abcdefghij';
    const burstStart = performance.now();
    for (let i = 0; i < keys.length; i++) {
      const version = ++doc.version;
      await driver.change(uri, version, { line: pos.valuesEdit.line, character: pos.valuesEdit.character + i }, 0, keys[i]);
      if (i < keys.length - 1) await sleep(Math.max(0, burstStart + (i + 1) * o.keyIntervalMs - performance.now()));
    }
    const lastSent = performance.now();
    const lastVersion = doc.version;
    const burst = await driver.waitPublish(uri, lastSent, (p) => spec.answers(p, lastVersion));
    const burstMs = burst.at - lastSent;
    await driver.settle(o.quietMs);
    await doc.edit(pos.valuesEdit, keys.length, '');
    await driver.settle(o.quietMs);

    const outerMs: number[] = [];
    for (let i = 0; i < o.edits; i++) {
      outerMs.push(i % 2 === 0 ? await doc.edit(pos.outerEdit, 0, 'x') : await doc.edit(pos.outerEdit, 1, ''));
      await driver.settle(o.quietMs);
    }

    const timed = async (method: 'textDocument/completion' | 'textDocument/hover', at: Position, supported: boolean) => {
      const out: number[] = [];
      for (let i = 0; supported && i < o.requests; i++) out.push((await driver.request(method, uri, at)).ms);
      return out;
    };
    const canComplete = driver.capabilities.completionProvider !== undefined;
    const canHover = driver.capabilities.hoverProvider !== undefined && driver.capabilities.hoverProvider !== false;
    const result: SessionResult = {
      coldStartMs,
      openMs,
      editMs,
      burstMs,
      outerMs,
      completionOuterMs: await timed('textDocument/completion', pos.outerCompletion, canComplete),
      completionValuesMs: await timed('textDocument/completion', pos.valuesKey, canComplete),
      hoverOuterMs: await timed('textDocument/hover', pos.outerHover, canHover),
      hoverValuesMs: await timed('textDocument/hover', pos.valuesKey, canHover),
      rssAfterOpenMiB,
      peakRssMiB: driver.memory().peakMiB,
      diagnosticsAtOpen: opened.count,
    };
    return result;
  } finally {
    await driver.stop();
  }
}
