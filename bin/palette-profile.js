#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is bundled to dist/cli.mjs (ESM, sharing a chunk with the server) by `npm run build`.
import('../dist/cli.mjs').catch((e) => {
  console.error(e);
  process.exit(1);
});
