/** palette/publish: the publish workflow on an open document, with work-done progress and cancellation. */
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { CancellationToken, Connection, TextDocuments, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { localErrorsOf } from '../publish/local-errors.js';
import { profileInput } from '../publish/profile-input.js';
import { publishProfile } from '../publish/publish.js';
import type { PublishOutcome } from '../publish/publish.js';
import { targetLabel } from '../publish/target-label.js';
import { publishRequest } from '../protocol.js';
import type { PublishParams, PublishResult } from '../protocol.js';
import type { Analyzer } from './analysis.js';
import { messageOf } from './palette-requests.js';
import { UserFacingError } from './palette-requests-session.js';
import type { PaletteSession } from './palette-requests-session.js';
import type { WorkspaceInputs } from './workspace-inputs.js';

export interface PublishDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  analyzer: Analyzer;
  inputs: WorkspaceInputs;
  session: PaletteSession;
  log: (line: string) => void;
}

function toResult(o: PublishOutcome, target: string, doc: TextDocument, versionRange: readonly [number, number] | undefined): PublishResult {
  switch (o.status) {
    case 'blocked':
      return { status: o.status, target, problems: o.errors.map((e) => ({ message: e.message, subject: e.code, line: e.line })) };
    case 'rejected':
      return { status: o.status, target, problems: o.problems.map((p) => ({ message: p.message, subject: p.pack })) };
    case 'version-exists': {
      const range = versionRange && { start: doc.positionAt(versionRange[0]), end: doc.positionAt(versionRange[1]) };
      return { status: o.status, target, name: o.name, version: o.version, problems: [], suggestedVersion: o.suggestedVersion,
        ...(range ? { versionEdit: { range, newText: o.suggestedVersion } } : {}) };
    }
    case 'ready':
      return { status: o.status, target, name: o.name, version: o.version, problems: [] };
    case 'published':
      return { status: o.status, target, name: o.name, version: o.version, uid: o.uid, problems: [] };
  }
}

export function registerPublishRequests(deps: PublishDeps): void {
  const handler = async (params: PublishParams, token: CancellationToken, progress: WorkDoneProgressReporter): Promise<PublishResult> => {
    const doc = deps.documents.get(params.uri);
    if (!doc) throw new UserFacingError('Open the profile in an editor to publish it.');
    const { inputs } = await deps.inputs.forDocument(params.uri);
    const analysis = deps.analyzer.analyze(doc, inputs);
    if (!analysis) throw new UserFacingError('This document is not a Palette cluster profile.');
    const abort = new AbortController();
    token.onCancellationRequested(() => abort.abort());
    progress.begin('Publishing profile', undefined, 'Connecting to Palette', true);
    try {
      const client = await deps.session.paletteClient();
      const target = await targetLabel(client, deps.session.info?.projectName, abort.signal);
      const outcome = await publishProfile(client, {
        input: profileInput(analysis.profile),
        localErrors: localErrorsOf(analysis.findings, doc.getText()),
        version: params.version,
        dryRun: params.dryRun,
        signal: abort.signal,
        progress: (step) => progress.report(step),
      });
      // Quoting the version keeps a YAML number such as 1.0 from being read back as a float.
      const result = toResult(outcome, target, doc, analysis.profile.version?.range);
      if (result.versionEdit && /^["']/.test(doc.getText().slice(analysis.profile.version?.range[0] ?? 0))) {
        const quote = doc.getText().charAt(analysis.profile.version?.range[0] ?? 0);
        result.versionEdit.newText = `${quote}${result.versionEdit.newText}${quote}`;
      }
      return result;
    } finally {
      progress.done();
    }
  };
  // By method name, as palette-requests.ts does (the client's and server's RequestType classes differ).
  // A custom request's handler gets no progress reporter (only built-in requests do): attach the client's token.
  deps.connection.onRequest(publishRequest.method, async (params: PublishParams, token) => {
    try {
      return await handler(params, token, deps.connection.window.attachWorkDoneProgress(params.workDoneToken));
    } catch (err) {
      const message = messageOf(err);
      deps.log(`${publishRequest.method}: ${message}`);
      return new ResponseError(LSPErrorCodes.RequestFailed, message);
    }
  });
}
