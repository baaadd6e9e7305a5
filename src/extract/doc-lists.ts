// Word 97-2003 automatic numbering put back, as the .docx reader does: paragraphs name a list instance
// (sprmPIlfo) and level (sprmPIlvl); the instance (PlfLfo) names a list (lsid), whose levels (PlfLst,
// then its LVLs) give the start, the number format (MSONFC) and the label text with level placeholders.
// word-extractor leaves these labels out of the text.
import { formatNumber } from './docx-numbering.js';

/** MSONFC -> the ECMA-376 number format names formatNumber knows ([MS-DOC] 2.2.1.3). */
const NFC: Record<number, string> = {
  0x00: 'decimal', 0x01: 'upperRoman', 0x02: 'lowerRoman', 0x03: 'upperLetter', 0x04: 'lowerLetter', 0x0a: 'ideographDigital',
  0x0b: 'japaneseCounting', 0x0e: 'decimalFullWidth', 0x12: 'decimalEnclosedCircle', 0x13: 'decimalFullWidth2', 0x16: 'decimalZero',
  0x17: 'bullet', 0x1a: 'decimalEnclosedFullstop', 0x1b: 'decimalEnclosedParen', 0x1c: 'decimalEnclosedCircleChinese',
  0x1e: 'ideographTraditional', 0x1f: 'ideographZodiac', 0x21: 'taiwaneseCounting', 0x23: 'taiwaneseCountingThousand',
  0x25: 'chineseCounting', 0x26: 'chineseLegalSimplified', 0x27: 'chineseCountingThousand', 0x28: 'decimal', 0xff: 'none',
};

interface Level { start: number; fmt: string; text: string; follow: number }
interface List { levels: Level[] }

/** The lists of the document by lsid, and the list instances (1-based ilfo -> lsid). */
export interface Lists { lists: Map<number, List>; lfo: number[] }

export function readLists(word: Buffer, table: Buffer): Lists | null {
  try {
    const fcLst = word.readUInt32LE(0x02e2), lcbLst = word.readUInt32LE(0x02e6);
    const fcLfo = word.readUInt32LE(0x02ea), lcbLfo = word.readUInt32LE(0x02ee);
    if (!lcbLst || !lcbLfo) return null;
    const count = table.readInt16LE(fcLst);
    const lists = new Map<number, List>();
    let at = fcLst + 2 + count * 28; // the LVLs follow the PlfLst
    for (let i = 0; i < count; i++) {
      const lstf = fcLst + 2 + i * 28;
      const lsid = table.readInt32LE(lstf);
      const simple = (table[lstf + 26] & 1) === 1;
      const levels: Level[] = [];
      for (let l = 0; l < (simple ? 1 : 9); l++) {
        const start = table.readInt32LE(at), nfc = table[at + 4], follow = table[at + 15];
        const cbChpx = table[at + 24], cbPapx = table[at + 25];
        at += 28 + cbPapx + cbChpx;
        const cch = table.readUInt16LE(at);
        const text = table.subarray(at + 2, at + 2 + 2 * cch).toString('utf16le');
        at += 2 + 2 * cch;
        levels.push({ start, fmt: NFC[nfc] ?? 'decimal', text, follow });
      }
      lists.set(lsid, { levels });
    }
    const n = table.readUInt32LE(fcLfo);
    const lfo = Array.from({ length: Math.min(n, 10000) }, (_, i) => table.readInt32LE(fcLfo + 4 + i * 16));
    return { lists, lfo };
  } catch {
    return null;
  }
}

/** Labels for numbered paragraphs in order, counting as Word does (a level restarts under a higher one). */
export class DocNumbering {
  private readonly counters = new Map<number, Array<number | undefined>>();
  constructor(private readonly lists: Lists) {}

  label(ilfo: number, ilvl: number): string | null {
    const lsid = this.lists.lfo[ilfo - 1];
    const list = lsid === undefined ? undefined : this.lists.lists.get(lsid);
    if (!list || lsid === undefined) return null;
    const level = Math.min(Math.max(0, ilvl), list.levels.length - 1);
    const def = list.levels[level];
    if (!def || def.fmt === 'bullet' || def.fmt === 'none') return null;
    const counts = this.counters.get(lsid) ?? [];
    this.counters.set(lsid, counts);
    counts[level] = counts[level] === undefined ? def.start : counts[level]! + 1;
    for (let l = level + 1; l < 9; l++) counts[l] = undefined;
    // characters below 9 in the label text stand for the number of that level
    const text = [...def.text].map((ch) => {
      const l = ch.charCodeAt(0);
      if (l > 8) return ch;
      const lv = list.levels[l];
      return lv ? formatNumber(counts[l] ?? lv.start, lv.fmt) : '';
    }).join('');
    return text ? text + (def.follow === 2 ? '' : ' ') : null;
  }
}
