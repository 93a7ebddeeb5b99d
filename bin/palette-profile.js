#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is bundled to dist/cli.js by `npm run build`.
require('../dist/cli.js');
