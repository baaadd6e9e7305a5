// The table rows of a Word 97-2003 document as the binary format defines them: each row ends in a
// table-terminating paragraph (sprmPFTtp) whose properties hold sprmTDefTable, the cells' edges
// (rgdxaCenter, twips) and their merge flags (TC80 fVertMerge / fVertRestart), changed by
// sprmTVertMerge. word-extractor gives the text but drops these, so merged cells would come out empty.
// Read from the paragraph property pages (PlcBtePapx -> PapxFkp) of the WordDocument stream.

/** One table row: cell edges (n + 1) and, per cell, 0 none / 1 merged with the cell above / 3 starts a merge. */
export interface DocRow { fc: number; edges: number[]; vmerge: number[] }

const SPRM_TTP = 0x2417, SPRM_INNER_TTP = 0x244c, SPRM_DEF_TABLE = 0xd608, SPRM_VERT_MERGE = 0xd62b;
const SPRM_ILFO = 0x460b, SPRM_ILVL = 0x260a;

/** A paragraph's file range, its list (ilfo, 1-based; 0 none) and level, and its row when it ends one. */
export interface DocPara { fc: number; fcEnd: number; ilfo: number; ilvl: number; row: DocRow | null }

function operandSize(b: Buffer, at: number, sprm: number): number {
  const spra = (sprm >> 13) & 7;
  if (sprm === SPRM_DEF_TABLE || sprm === 0xd606) return b.readUInt16LE(at) + 1; // 2-byte size, counted from after it, minus 1
  return [1, 1, 2, 4, 2, 2, -1, 3][spra] === -1 ? b.readUInt8(at) + 1 : [1, 1, 2, 4, 2, 2, -1, 3][spra];
}

function paraOf(grpprl: Buffer, fc: number, fcEnd: number): DocPara {
  let ttp = false, edges: number[] = [], vmerge: number[] = [], ilfo = 0, ilvl = 0;
  const changes: Array<[number, number]> = [];
  for (let at = 0; at + 2 <= grpprl.length;) {
    const sprm = grpprl.readUInt16LE(at);
    at += 2;
    if (at >= grpprl.length) break;
    const size = operandSize(grpprl, at, sprm);
    if (sprm === SPRM_TTP || sprm === SPRM_INNER_TTP) ttp ||= grpprl[at] === 1 && sprm === SPRM_TTP;
    else if (sprm === SPRM_DEF_TABLE && at + 3 <= grpprl.length) {
      const end = Math.min(grpprl.length, at + size);
      const n = grpprl[at + 2];
      edges = [];
      for (let i = 0; i <= n && at + 3 + 2 * i + 2 <= end; i++) edges.push(grpprl.readInt16LE(at + 3 + 2 * i));
      const tc = at + 3 + 2 * (n + 1);
      vmerge = Array.from({ length: n }, (_, i) => {
        if (tc + 20 * i + 2 > end) return 0;
        const f = grpprl.readUInt16LE(tc + 20 * i);
        return f & 0x20 ? (f & 0x40 ? 3 : 1) : 0;
      });
    } else if (sprm === SPRM_VERT_MERGE && at + 3 <= grpprl.length) changes.push([grpprl[at + 1], grpprl[at + 2]]);
    else if (sprm === SPRM_ILFO && at + 2 <= grpprl.length) ilfo = grpprl.readInt16LE(at);
    else if (sprm === SPRM_ILVL) ilvl = grpprl[at];
    at += size;
  }
  for (const [itc, flag] of changes) if (itc < vmerge.length) vmerge[itc] = flag;
  return { fc, fcEnd, ilfo, ilvl, row: ttp && edges.length >= 2 ? { fc, edges, vmerge } : null };
}

/** Every table row of the document, in file order; [] when the property pages cannot be read. */
export function docRows(word: Buffer, table: Buffer): DocRow[] {
  return docParas(word, table).flatMap((p) => (p.row ? [p.row] : []));
}

/** Every paragraph's properties that matter here, in file order; [] when they cannot be read. */
export function docParas(word: Buffer, table: Buffer): DocPara[] {
  try {
    const fcPlc = word.readUInt32LE(0x0102), lcbPlc = word.readUInt32LE(0x0106);
    const plc = table.subarray(fcPlc, fcPlc + lcbPlc);
    const n = (lcbPlc - 4) / 8;
    const rows: DocPara[] = [];
    for (let i = 0; i < n; i++) {
      const page = plc.readUInt32LE((n + 1) * 4 + i * 4) & 0x3fffff;
      const fkp = word.subarray(page * 512, page * 512 + 512);
      if (fkp.length < 512) continue;
      const crun = fkp[511];
      for (let j = 0; j < crun; j++) {
        const bx = fkp[(crun + 1) * 4 + j * 13] * 2;
        if (!bx) { rows.push({ fc: fkp.readUInt32LE(j * 4), fcEnd: fkp.readUInt32LE(j * 4 + 4), ilfo: 0, ilvl: 0, row: null }); continue; }
        const cb = fkp[bx];
        const papx = cb ? fkp.subarray(bx + 1, bx + 1 + 2 * cb - 1) : fkp.subarray(bx + 2, bx + 2 + 2 * fkp[bx + 1]);
        rows.push(paraOf(papx.length > 2 ? papx.subarray(2) : Buffer.alloc(0), fkp.readUInt32LE(j * 4), fkp.readUInt32LE(j * 4 + 4)));
      }
    }
    return rows.sort((a, b) => a.fc - b.fc);
  } catch {
    return [];
  }
}
