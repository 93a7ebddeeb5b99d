/**
 * Validation on the typing path, per document: an edit after a pause is validated at once (leading edge, so a
 * single keystroke costs one validation, not the delay plus one); edits that follow within
 * Settings.validationDelay are coalesced into one run after the last of them (trailing edge). The trailing wait is
 * the delay, or less when validating this document is cheap: its last validation time, at least minTrailingMs,
 * so a burst of keys ends with diagnostics soon after the last key while continuous typing still spends at most
 * half the time validating. A newer edit supersedes an older pending run; results are
 * published with the document version they belong to.
 */
import { performance } from 'node:perf_hooks';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultSettings } from '../protocol.js';
import type { Analysis, AnalysisInputs, Analyzer } from './analysis.js';
import { toDiagnostic } from './to-diagnostic.js';

/** Keys sent back to back (paste-like bursts, key repeat) are still coalesced below this. */
const minTrailingMs = 40;

export interface DiagnosticsDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  analyzer: Analyzer;
  inputsFor(uri: string): Promise<{ inputs: AnalysisInputs; delay: number }>;
  /** Runs after each publish (the catalog fetch of the packs the profile names). */
  afterAnalysis(analysis: Analysis): void;
}

export class DiagnosticsPublisher {
  /** Per uri, how to cancel its pending run (a timer or an immediate). */
  private readonly cancels = new Map<string, () => void>();
  /** Per uri, the number of the latest scheduled run; an older run that wakes up finds it changed and stops. */
  private readonly runs = new Map<string, number>();
  private readonly published = new Set<string>();
  /** Per uri, when the last edit arrived: within `delay` of it the user is still typing. */
  private readonly lastEdit = new Map<string, number>();
  private delay = defaultSettings.validationDelay;
  /** Per uri, how long its last validation took (ms). */
  private readonly cost = new Map<string, number>();

  constructor(private readonly deps: DiagnosticsDeps) {}

  /** Validate an edit (at once after a pause, else after the delay), or at once (opened, settings changed). */
  schedule(uri: string, immediate = false): void {
    const run = (this.runs.get(uri) ?? 0) + 1;
    this.runs.set(uri, run);
    const now = performance.now();
    const typing = this.cancels.has(uri) || now - (this.lastEdit.get(uri) ?? -Infinity) < this.delay;
    if (!immediate) this.lastEdit.set(uri, now);
    this.cancels.get(uri)?.();
    const go = () => {
      this.cancels.delete(uri);
      void this.validate(uri, run);
    };
    // A run due now goes on the next turn of the event loop: setTimeout(0) fires after a millisecond at the
    // soonest (1.3-1.5 ms from the edit's arrival to the run in the benchmark's keystrokes).
    if (immediate || !typing) {
      const due = setImmediate(go);
      this.cancels.set(uri, () => clearImmediate(due));
    } else {
      const due = setTimeout(go, this.trailingDelay(uri));
      this.cancels.set(uri, () => clearTimeout(due));
    }
  }

  private trailingDelay(uri: string): number {
    const cost = this.cost.get(uri);
    return cost === undefined ? this.delay : Math.min(this.delay, Math.max(minTrailingMs, cost));
  }

  revalidateAll(): void {
    for (const doc of this.deps.documents.all()) this.schedule(doc.uri, true);
  }

  /** The document closed: drop pending work and its diagnostics. */
  close(uri: string): void {
    this.cancels.get(uri)?.();
    this.cancels.delete(uri);
    this.runs.delete(uri);
    this.lastEdit.delete(uri);
    this.cost.delete(uri);
    this.deps.analyzer.forget(uri);
    if (this.published.delete(uri)) void this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async validate(uri: string, run: number): Promise<void> {
    const { connection, documents, analyzer } = this.deps;
    try {
      const { inputs, delay } = await this.deps.inputsFor(uri);
      this.delay = delay;
      const doc = documents.get(uri);
      if (!doc || this.runs.get(uri) !== run) return;
      // Analysis is synchronous: no newer version can slip in between here and the publish.
      const started = performance.now();
      const analysis = analyzer.analyze(doc, inputs);
      this.cost.set(uri, performance.now() - started);
      if (!analysis) {
        if (this.published.delete(uri)) await connection.sendDiagnostics({ uri, diagnostics: [] });
        return;
      }
      const diagnostics = analysis.findings.map((f) => toDiagnostic(doc, f));
      this.published.add(uri);
      await connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
      this.deps.afterAnalysis(analysis);
    } catch (err) {
      connection.console.error(`palette: validation of ${uri} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }
}
