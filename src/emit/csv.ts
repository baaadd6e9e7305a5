// The ledger as one CSV table: UTF-8 with a BOM (so Excel reads it as UTF-8), CRLF line ends (RFC 4180),
// fields quoted when they hold a quote, comma or line break, formula-like cells escaped.
import { escapeCell } from './cells.js';
import type { Ledger } from './ledger-rows.js';

const BOM = '\ufeff';

function field(value: string): string {
  const v = escapeCell(value);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

const line = (values: string[]) => `${values.map(field).join(',')}\r\n`;

/**
 * Every task sheet's rows under one header (the sheets share their columns); with --by-unit the
 * 单位 and 分工 columns tell the units apart.
 */
export function ledgerCsv(ledger: Ledger): string {
  const { columns } = ledger;
  let out = BOM + line(columns.map((c) => c.header));
  let seq = 0;
  for (const sheet of ledger.sheets) {
    for (const r of sheet.rows) {
      // One running 序号 over the whole file, as in the one-sheet workbook.
      out += line(r.values.map((v, c) => (columns[c].key === 'seq' ? String(++seq) : v)));
    }
  }
  return out;
}
