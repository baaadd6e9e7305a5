// A page that reads a notice out (政策解读: 一、出台背景 二、主要内容 …) describes its tasks but assigns
// none: whatever numbered items with unit names it holds are not tasks (SCHEMA: kind "other").
import { anyWordOf } from '../text.js';
const READING_TITLE = /(?:政策)?解读(?:[))]|$)|答记者问$|新闻发布会/u;
const READING_HEADING = /^(?:[一二三四五六七八九十]+[、.]|[((][一二三四五六七八九十]+[))])?\s*(?:出台|起草|制定|编制)(?:的)?(?:背景|依据|过程|目的)|^(?:[一二三四五六七八九十]+[、.])?\s*(?:政策解读|解读(?:机构|单位|人)|主要内容(?:解读)?|名词解释|核心要义)/u;
/** A word each of READING_HEADING's alternatives holds (exact pre-check). */
const READING_WORDS = ['出台', '起草', '制定', '编制', '解读', '主要内容', '名词解释', '核心要义'];
const hasReadingWord = anyWordOf(READING_WORDS);

/** The page is a reading of a notice: its title says so, or two of its headings are a reading's. */
export function readsAsReading(title: string | null, lines: string[]): boolean {
  if (title && READING_TITLE.test(title.replace(/\s+/g, ''))) return true;
  let hits = 0;
  for (const l of lines) if (l.length <= 40 && hasReadingWord(l) && READING_HEADING.test(l.trim()) && ++hits >= 2) return true;
  return false;
}
