// What a table cell (or a line standing for one) holds, by what its words are: names of units,
// people, a deadline, a figure, a short label or running text. Tables laid out one cell per line are
// put back together by matching these kinds to the columns' roles.
import { splitNames } from '../units.js';
import { isDeadlineSpan } from './deadline-span.js';
import { isPersonName, readPerson } from './person.js';
import { isUnit } from './unit.js';

export type CellKind = 'empty' | 'units' | 'people' | 'deadline' | 'number' | 'short' | 'sentence';

const FIGURE = /^[\d.,,%%‰\s万亿元个户座所公里人次年月日()()~\-—至/]+$/u;
const FIGURE_FIRST = /^\d+(?:\.\d+)?\s*[%%]/u;
const SENTENCE = /[。;;!?!?]|[,,].{6,}/u;
const SHORT = 16;
/** How far a task has come (进度评价 cells): a status, read like a figure, never a name. */
const STATUS = /^(?:已完成|已开工|已启动|已竣工|已建成|完成|基本完成|正常推进|正在推进|推进中|进行中|实施中|未完成|未开工|滞后|严重滞后|序时推进|达序时|超序时|达序|未达序|是|否|良好|较好|一般|优秀|合格)$/u;

/** Whitespace-separated people's names: 俞 悦 / 王从峰 刘虹 (a spaced two-character name stays one). */
function peopleList(t: string): boolean {
  const parts = splitNames(t, 'leaders').names;
  return parts.length > 0 && parts.every((p) => readPerson(p) !== null);
}

export function cellKind(raw: string): CellKind {
  const t = raw.replace(/\|/g, ' ').trim();
  if (!t) return 'empty';
  const squashed = t.replace(/\s+/g, '');
  // a month or a year alone (6月, 2024) is a deadline before it is a figure
  if (/^(?:\d{1,2}月(?:底|末|前|中旬|上旬|下旬)?|(?:19|20)\d{2}年?(?:底|末|前)?)$/u.test(squashed)) return 'deadline';
  if (FIGURE.test(squashed) || FIGURE_FIRST.test(squashed) || STATUS.test(squashed)) return 'number';
  if (isDeadlineSpan(squashed)) return 'deadline';
  if (/[。!?!?]$/u.test(t)) return 'sentence'; // a name never ends a sentence (迁建县政务服务中心。is a task)
  if (isPersonName(squashed) || peopleList(t)) return 'people';
  const { names } = splitNames(t, 'units');
  if (names.length && names.every(isUnit)) return 'units';
  if ([...squashed].length <= SHORT && !SENTENCE.test(t)) return 'short';
  return 'sentence';
}
