// Writing the ledger files a batch asked for (--xlsx, --csv), each atomically: a complete file or none.
import { writeAtomic } from '../batch/atomic.js';
import { InputError } from '../errors.js';
import type { Notice } from '../schema.js';
import { buildLedger, type Failure, type LedgerMode } from './ledger-rows.js';

export interface LedgerTargets { xlsx?: string | null; csv?: string | null; mode: LedgerMode }

const cannotWrite = (path: string, e: unknown) =>
  new InputError(`cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, path);

export async function writeLedger(t: LedgerTargets, notices: Notice[], failed: Failure[]): Promise<void> {
  const ledger = buildLedger(notices, failed, t.mode);
  if (t.xlsx) {
    const { ledgerXlsx } = await import('./xlsx.js');
    const bytes = await ledgerXlsx(ledger);
    await writeAtomic(t.xlsx, bytes).catch((e: unknown) => { throw cannotWrite(t.xlsx!, e); });
  }
  if (t.csv) {
    const { ledgerCsv } = await import('./csv.js');
    await writeAtomic(t.csv, ledgerCsv(ledger)).catch((e: unknown) => { throw cannotWrite(t.csv!, e); });
  }
}
