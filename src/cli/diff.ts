// parse diff LAST THIS: year over year (src/facts/diff.ts). JSON, or the readable form on a terminal.
import type { Command } from 'commander';
import type { Io } from '../batch/io.js';
import { UsageError } from '../errors.js';

interface DiffOpts { json?: boolean; text?: boolean; encoding?: string; compact?: boolean }

export function registerDiff(program: Command, setCode: (c: number) => void, io: Io): void {
  program.command('diff')
    .description("last year's notice against this year's: tasks carried over (with what changed), added, dropped; tasks led per unit")
    .argument('<last>', 'the earlier notice or its fenjie JSON document')
    .argument('<this>', 'the later notice or its fenjie JSON document')
    .option('--json', 'JSON even on a terminal')
    .option('--text', 'the readable form even when piped')
    .option('--compact', 'print JSON on one line')
    .option('--encoding <name>', 'force the input encoding of notices')
    .action(async (last: string, current: string, opts: DiffOpts) => {
      if (opts.json && opts.text) throw new UsageError('--json and --text: choose one');
      const [{ loadDocument }, { diffNotices, diffText }] = await Promise.all([import('../facts/load.js'), import('../facts/diff.js')]);
      const a = await loadDocument(last, { encoding: opts.encoding });
      const b = await loadDocument(current, { encoding: opts.encoding });
      const d = diffNotices(a, b);
      const text = opts.text || (!opts.json && !!io.out.isTTY);
      io.out.write(text ? diffText(d) : `${JSON.stringify(d, null, opts.compact ? undefined : 2)}\n`);
      setCode(0);
    });
}
