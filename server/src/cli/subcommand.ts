/** The shape every subcommand file exports; commands.ts lists them. */
import type { CliIo } from './cli-io.js';

export interface Subcommand {
  /** Words that select it, e.g. `validate` or `catalog pull`. */
  name: string;
  /** One line for `palette-profile --help`. */
  summary: string;
  /** Full help text (options), printed for `palette-profile <name> --help`. */
  usage: string;
  /** Arguments after the command words; resolves to the exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}
