#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/cli (built by `npm install` through the prepare script).
import { main } from '../dist/cli/index.js';

// Write errors on stdout (a closed pipe, a full disk) are caught and reported by main (src/batch/io.ts).
process.exitCode = await main(process.argv);
