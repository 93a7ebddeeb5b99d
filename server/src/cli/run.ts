/** argv → subcommand: global --help / --version, then the longest matching command name. */
import { version } from '../../../package.json';
import { exitCode, UsageError } from './cli-io.js';
import type { CliIo } from './cli-io.js';
import { commands } from './commands.js';
import type { Subcommand } from './subcommand.js';

export async function run(argv: string[], io: CliIo, table: Subcommand[] = commands): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(mainHelp(table));
    return argv.length === 0 ? exitCode.usage : exitCode.ok;
  }
  if (argv[0] === '--version' || argv[0] === '-v') {
    io.out(`${version}\n`);
    return exitCode.ok;
  }
  const command = findCommand(argv, table);
  if (!command) {
    io.err(`palette-profile: unknown command '${argv[0]}'. Run 'palette-profile --help' for the list.\n`);
    return exitCode.usage;
  }
  const args = argv.slice(command.name.split(' ').length);
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.usage);
    return exitCode.ok;
  }
  try {
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`palette-profile ${command.name}: ${err.message}\n`);
      return exitCode.usage;
    }
    throw err;
  }
}

function findCommand(argv: string[], table: Subcommand[]): Subcommand | undefined {
  const matches = table.filter((c) => c.name.split(' ').every((word, i) => argv[i] === word));
  return matches.sort((a, b) => b.name.length - a.name.length)[0];
}

function mainHelp(table: Subcommand[]): string {
  const width = Math.max(...table.map((c) => c.name.length));
  const lines = table.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    `palette-profile ${version} — Spectro Cloud Palette cluster profiles`,
    '',
    'Usage: palette-profile <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  --help, -h     show help (also after a command)',
    '  --version, -v  print the version',
    '',
    'Credentials come from the environment: PALETTE_API_KEY, PALETTE_HOST, PALETTE_PROJECT',
    '(or SPECTROCLOUD_APIKEY, SPECTROCLOUD_HOST).',
    '',
  ].join('\n');
}
