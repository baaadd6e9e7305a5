// Pinyin that mirror sites insert after characters, 發(fā)改委 / 发(fā)展(zhǎn): removed. A group goes
// when it follows a Han character and reads as pinyin; toneless groups (的(de)) only on a line
// that also has toned ones, so "(a)" or "(km)" in ordinary text stay.
const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/u;
const SYLLABLE = '(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,3}(?:ng|n|r)?|[ńňǹḿ]g?';
const GROUP = new RegExp(`(?<=\\p{Script=Han})[((]\\s*((?:${SYLLABLE})(?:\\s+(?:${SYLLABLE})){0,3})\\s*[))]`, 'giu');

/** Where a toned letter can come from: precomposed Latin letters, or a combining mark that NFC composes. */
const MAY_BE_TONED = /[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff]/;

export function stripPinyin(text: string): string {
  if (!MAY_BE_TONED.test(text)) return text; // most lines: no NFC pass, no scan for tones
  const t = text.normalize('NFC');
  if (!TONED.test(t)) return text;
  return t.replace(GROUP, (m, inner: string) => (TONED.test(inner) || hasToned(t) ? '' : m));
}

const hasToned = (line: string) => [...line.matchAll(GROUP)].some((m) => TONED.test(m[1]));
