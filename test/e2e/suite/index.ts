/**
 * extensionTestsPath entry: VS Code calls run() inside the extension host once the development extension is
 * loaded. The promise settles into the host's exit code (which the runner reads); the result file is a
 * second channel that also proves tests ran at all.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/** Env vars the runners set (through code-server, or test-electron's extensionTestsEnv). */
export const resultFileEnv = 'PALETTE_E2E_RESULT_FILE';
export const grepEnv = 'PALETTE_E2E_GREP';

interface SuiteResult {
  /** The spec reporter's lines: the runner prints them, since the forwarded console also carries workbench noise. */
  report: string[];
  passed: string[];
  failed: { title: string; error: string }[];
}

function testFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) testFiles(path, out);
    else if (entry.name.endsWith('.test.js')) out.push(path);
  }
  return out.sort();
}

export function run(): Promise<void> {
  const grep = process.env[grepEnv];
  // The restricted-mode suite needs an untrusted workspace: a trusted run leaves it out instead of reporting it
  // as pending (the runner's --untrusted stage runs it).
  const selection = grep ? { grep } : process.env.PALETTE_E2E_UNTRUSTED === '1' ? {} : { grep: 'Restricted mode', invert: true };
  // 30 s per test covers a cold language server on a loaded 2-core CI machine; waits inside have their own deadlines.
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: 30_000, ...selection });
  for (const file of testFiles(__dirname)) mocha.addFile(file);
  const result: SuiteResult = { report: [], passed: [], failed: [] };
  const consoleLog = Mocha.reporters.Base.consoleLog;
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
    result.report.push(format(...args));
    consoleLog(...args);
  };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const file = process.env[resultFileEnv];
      if (file) writeFileSync(file, JSON.stringify({ failures, ...result }, null, 2));
      if (failures > 0) reject(new Error(`${failures} e2e test(s) failed`));
      else if (result.passed.length === 0) reject(new Error('no e2e test ran'));
      else resolve();
    });
    runner.on('pass', (test) => result.passed.push(test.fullTitle()));
    runner.on('fail', (test, err: unknown) => {
      result.failed.push({ title: test.fullTitle(), error: err instanceof Error ? err.message : String(err) });
    });
  });
}
