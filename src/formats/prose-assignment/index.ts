// 1.任务正文。(X牵头,Y配合) / (X、Y负责) / …的问题,由X会同Y负责。 — the assignment is a sentence.
import { parseProse, PROSE_WORD } from '../../assign/parse.js';
import type { Item } from '../../segment/index.js';
import { endOf, itemLines, shareParsed, titleAndText, trailingBracket } from '../shared.js';
import type { ItemFormat, ItemParse } from '../types.js';

/** The closing clause "…,由X会同Y研究提出落实意见。" */
const BY_CLAUSE = /[,,。;;]\s*(由[^,,。;;]*?(?:会同|牵头|负责)[^。]*?)[。.]?$/u;
const MAX_NAME = 30;

export const proseAssignment: ItemFormat = {
  kind: 'item',
  meta: { id: 'prose-assignment', description: 'assignments written as prose: (X牵头,Y配合), (X负责), 由X会同Y负责' },
  detect(units) { return shareParsed(this, units); },
  parseItem(item: Item): ItemParse | null {
    const lines = itemLines(item);
    const textBefore = (i: number) => lines.slice(0, i).map((l) => l.text); // built once, on success
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const closed = trailingBracket(line.text);
      if (closed && closed.start > 0 && PROSE_WORD.test(closed.inner)) {
        const assignment = parseProse(closed.inner);
        if (assignment && plausible(assignment)) {
          const { title, text } = titleAndText([...textBefore(i), line.text.slice(0, closed.start)]);
          return { parser: this.meta.id, title, text, assignment, consumed: i, end: endOf(line), messages: [] };
        }
      }
      const by = BY_CLAUSE.exec(line.text);
      if (by) {
        const assignment = parseProse(by[1]);
        if (assignment && plausible(assignment)) {
          const { title, text } = titleAndText([...textBefore(i), line.text.slice(0, by.index)]);
          return { parser: this.meta.id, title, text, assignment, consumed: i, end: endOf(line), messages: [] };
        }
      }
    }
    return null;
  },
};

function plausible(a: { leadUnits: string[]; coUnits: string[] }): boolean {
  const names = [...a.leadUnits, ...a.coUnits];
  return names.length > 0 && names.every((n) => [...n].length <= MAX_NAME && !/[。;;]/u.test(n));
}
