/** CLI process entry: the only place that exits the process. */
import { run } from './run.js';

run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
}).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`palette-profile: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
