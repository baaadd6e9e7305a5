// Lines outside any task: which can head the items after them.
import { describe, expect, it } from 'vitest';
import { isHeadingLike } from '../src/assemble/free-lines.js';

describe('isHeadingLike', () => {
  it('a short line that says something heads; figures alone (a totals row left in running text) do not', () => {
    expect(isHeadingLike('推进交通出行')).toBe(true);
    expect(isHeadingLike('GDP增长')).toBe(true);
    expect(isHeadingLike('24')).toBe(false);
    expect(isHeadingLike('12 12 0 0 24')).toBe(false);
    expect(isHeadingLike('2.5 %')).toBe(false);
  });

  it('a file\'s name or a link left in a page heads nothing', () => {
    expect(isHeadingLike('通知.jpg')).toBe(false);
    expect(isHeadingLike('附件1.docx')).toBe(false);
    expect(isHeadingLike('http://www.example.gov.cn')).toBe(false);
    expect(isHeadingLike('推进PDF文件公开')).toBe(true);
  });
});
