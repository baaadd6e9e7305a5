#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/cli (built by `npm install` through the prepare script). When
// dist/bundle/ holds a bundle as new as dist/, that runs instead: the same code, started faster
// (src/bundle.cts). FENJIE_NO_BUNDLE=1 runs dist/cli/index.js all the same.
// CommonJS (bin/package.json): an ES module as the main script starts Node's ES module loader, ~3 ms
// that a one-file run of the bundle never needs.
'use strict';
const { join } = require('node:path');

let loadBundle = null;
try {
  ({ loadBundle } = require('../dist/bundle.cjs'));
} catch (e) {
  if (e?.code !== 'MODULE_NOT_FOUND') throw e; // a dist/ built before the loader existed: dist/cli as it is
}
const bundled = process.env.FENJIE_NO_BUNDLE || !loadBundle ? null : loadBundle(join(__dirname, '..', 'dist'));
// Write errors on stdout (a closed pipe, a full disk) are caught and reported by main (src/batch/io.ts).
(bundled ? Promise.resolve(bundled) : import('../dist/cli/index.js'))
  .then(async ({ main }) => { process.exitCode = await main(process.argv); });
