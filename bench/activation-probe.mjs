// Benchmark only (never used by tests): times require + activate() of the built extension bundle in a plain
// Node process. `vscode` is a stub: every property is a no-op function returning another stub, so activate runs
// its own code and the bundled libraries' set-up, while the editor's work is out of the measurement.
import Module, { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);

function stub(name) {
  const fn = function () {
    return stub(`${name}()`);
  };
  return new Proxy(fn, {
    get(_target, prop) {
      if (prop === 'then') return undefined; // not a promise
      if (prop === Symbol.toPrimitive) return () => name;
      if (prop === Symbol.iterator) return function* () {};
      if (prop === 'dispose') return () => undefined;
      return stub(`${name}.${String(prop)}`);
    },
    construct() {
      return stub(`new ${name}`);
    },
  });
}

// A plain object: the bundle's ESM interop copies the module's own keys, which a Proxy of a function lacks.
const names = ['window', 'workspace', 'languages', 'commands', 'env', 'extensions', 'tasks', 'debug', 'scm', 'tests', 'l10n',
  'authentication', 'notebooks', 'chat', 'lm', 'Uri', 'EventEmitter', 'Disposable', 'Range', 'Position', 'Selection',
  'Location', 'Diagnostic', 'DiagnosticSeverity', 'DiagnosticTag', 'DiagnosticRelatedInformation', 'CodeAction',
  'CodeActionKind', 'CompletionItem', 'CompletionItemKind', 'CompletionList', 'Hover', 'MarkdownString', 'SnippetString',
  'TextEdit', 'WorkspaceEdit', 'ThemeIcon', 'ThemeColor', 'TreeItem', 'TreeItemCollapsibleState', 'StatusBarAlignment',
  'ConfigurationTarget', 'ProgressLocation', 'ViewColumn', 'RelativePattern', 'FileType', 'CancellationTokenSource',
  'CancellationError', 'SymbolKind', 'SymbolTag', 'DocumentSymbol', 'SymbolInformation', 'CodeLens', 'InlayHint',
  'InlayHintKind', 'FoldingRange', 'SemanticTokensLegend', 'SemanticTokens', 'LogLevel', 'UIKind', 'version',
  'ExtensionMode', 'TextDocumentSaveReason', 'EndOfLine', 'Color', 'ColorInformation', 'ColorPresentation',
  'SignatureHelp', 'SignatureInformation', 'ParameterInformation', 'DocumentLink', 'CallHierarchyItem',
  'TypeHierarchyItem', 'InlineValueText', 'InlineCompletionItem', 'SelectionRange', 'LinkedEditingRanges',
  'NotebookCellKind', 'NotebookRange', 'TabInputText', 'FileSystemError', 'QuickPickItemKind', 'TextEditorRevealType'];
const vscode = Object.fromEntries(names.map((n) => [n, stub(`vscode.${n}`)]));
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};

const bundle = process.argv[2];
const t0 = performance.now();
const ext = require(bundle);
const loaded = performance.now();
const context = { subscriptions: [], extensionPath: process.cwd(), asAbsolutePath: (p) => p, extensionUri: stub('uri'),
  globalState: stub('globalState'), workspaceState: stub('workspaceState'), secrets: stub('secrets'),
  globalStorageUri: stub('uri'), storageUri: undefined, logUri: stub('uri'), extensionMode: 1 };
let error;
try {
  const api = ext.activate(context);
  if (api && api.ready && typeof api.ready.catch === 'function') api.ready.catch(() => undefined);
} catch (e) {
  error = String(e && e.message ? e.message : e);
}
const done = performance.now();
process.stdout.write(JSON.stringify({ requireMs: loaded - t0, activateMs: done - loaded, totalMs: done - t0, error }) + '\n');
process.exit(0);
