#!/usr/bin/env node
// The `sohoa` command line runs the engine's TypeScript sources through tsx, so it is always in step with them.
'use strict';
const path = require('node:path');
const { relaunchWithTwoArenas } = require('./two-malloc-arenas');

/** `scan import` and `scan watch` read pages for as long as they run: on Linux they run with two malloc arenas. */
function scans(args) {
  const at = args.indexOf('scan');
  return at >= 0 && (args[at + 1] === 'import' || args[at + 1] === 'watch');
}

const args = process.argv.slice(2);
const relaunched = scans(args) ? relaunchWithTwoArenas() : null;
const run = relaunched ?? (() => {
  require('tsx/cjs/api').register();
  const { main } = require(path.join(__dirname, '..', 'main', 'cli', 'index.ts'));
  return main(args);
})();
run.then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`Unexpected error: ${error && error.message ? error.message.split('\n')[0] : String(error)}\n`);
    process.exitCode = 1;
  },
);
