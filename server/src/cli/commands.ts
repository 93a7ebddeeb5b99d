/** The subcommand table: a new subcommand is a new file plus one line here. */
import { catalogPullCommand } from './catalog-pull.js';
import { cloneCommand } from './clone.js';
import { publishCommand } from './publish.js';
import type { Subcommand } from './subcommand.js';
import { validateCommand } from './validate-command.js';

export const commands: Subcommand[] = [validateCommand, catalogPullCommand, publishCommand, cloneCommand];
