#!/usr/bin/env node
// The `sohoa` command line runs the engine's TypeScript sources through tsx, so it is always in step with them.
'use strict';
const path = require('node:path');
require('tsx/cjs/api').register();
const { main } = require(path.join(__dirname, '..', 'main', 'cli', 'index.ts'));
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`Unexpected error: ${error && error.message ? error.message.split('\n')[0] : String(error)}\n`);
    process.exitCode = 1;
  },
);
