/** What a subcommand may touch of the process: streams, cwd and env are passed in, so tests and main agree. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Exit codes of every subcommand: 0 clean, 1 findings (or a failed operation), 2 usage or I/O error. */
export const exitCode = { ok: 0, findings: 1, usage: 2 } as const;

/** A mistake in the command line or an unreadable input: printed to stderr as is, exit 2. */
export class UsageError extends Error {}
