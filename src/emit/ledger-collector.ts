// A batch's side of the ledger: the documents kept in input order, failures noted, and the files
// written once the batch is done (the spreadsheet library loads only then).
import { resolve } from 'node:path';
import type { Writer } from '../batch/io.js';
import { UsageError } from '../errors.js';
import type { Notice } from '../schema.js';
import type { LedgerTargets } from './ledger.js';
import type { Failure } from './ledger-rows.js';

interface Outcome { path: string; error?: string | null; notice?: Notice; skipped?: true }

export class LedgerCollector {
  private readonly notices: Notice[] = [];
  private readonly failed: Failure[] = [];
  private skipped = 0;

  constructor(readonly targets: LedgerTargets) {}

  /** Refuse a ledger path that is one of the inputs (it would be overwritten) or both ledgers at one path. */
  checkTargets(inputs: Array<{ abs: string }>): void {
    const abs = new Set(inputs.map((i) => i.abs));
    const { xlsx, csv } = this.targets;
    for (const [flag, path] of [['--xlsx', xlsx], ['--csv', csv]] as const) {
      if (path && abs.has(resolve(path))) throw new UsageError(`${flag} ${path} is an input: it would be overwritten`);
    }
    if (xlsx && csv && resolve(xlsx) === resolve(csv)) throw new UsageError('--xlsx and --csv name the same file');
  }

  add(r: Outcome): void {
    if (r.skipped) this.skipped++;
    else if (r.error || !r.notice) this.failed.push({ path: r.path, reason: r.error ?? 'not converted' });
    else this.notices.push(r.notice);
  }

  /** Writes the ledger files; false (after one stderr line) when one could not be written. */
  async write(err: Writer): Promise<boolean> {
    if (this.skipped) err.write(`parse: note: the ledger leaves out ${this.skipped} skipped file(s) (--skip-existing)\n`);
    const { writeLedger } = await import('./ledger.js');
    try {
      await writeLedger(this.targets, this.notices, this.failed);
      return true;
    } catch (e) {
      const file = (e as { file?: string }).file;
      err.write(`parse: ${file ? `${file}: ` : ''}${(e as Error).message}\n`);
      return false;
    }
  }
}
