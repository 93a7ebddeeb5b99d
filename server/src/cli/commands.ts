/** The subcommand table: a new subcommand is a new file plus one line here. */
import type { Subcommand } from './subcommand.js';
import { validateCommand } from './validate-command.js';

export const commands: Subcommand[] = [validateCommand];
