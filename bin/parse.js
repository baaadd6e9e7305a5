#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/cli (built by `npm install` through the prepare script). When
// dist/bundle/ holds a bundle as new as dist/, that runs instead: the same code, started faster
// (src/bundle.ts). FENJIE_NO_BUNDLE=1 runs dist/cli/index.js all the same.
import { fileURLToPath } from 'node:url';
import { loadBundle } from '../dist/bundle.js';

const bundled = process.env.FENJIE_NO_BUNDLE ? null : loadBundle(fileURLToPath(new URL('../dist', import.meta.url)));
const { main } = bundled ?? await import('../dist/cli/index.js');

// Write errors on stdout (a closed pipe, a full disk) are caught and reported by main (src/batch/io.ts).
process.exitCode = await main(process.argv);
