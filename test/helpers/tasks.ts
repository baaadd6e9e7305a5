// The task fields most parser tests compare, for a text parsed as a .txt file.
import { parseBytes } from '../../src/pipeline.js';

/** Parses `text` (with `preamble` before it, e.g. a title line) and gives each task's compared fields. */
export async function taskFields(text: string, preamble = '', name = 'variant.txt') {
  const notice = await parseBytes(Buffer.from(`${preamble}${text}\n`), name);
  return notice.tasks.map((t) => ({
    number: t.number, sections: t.sections.map((s) => s.title), title: t.title, text: t.text,
    leaders: t.leaders, leadUnits: t.leadUnits, coUnits: t.coUnits, deadline: t.deadline,
  }));
}
