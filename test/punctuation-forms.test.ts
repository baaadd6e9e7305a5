// Full-width ASCII forms are folded by the normalizer (the corpus-wide check is in rendering-forms.test.ts).
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/normalize/index.js';

describe('full-width punctuation', () => {
  it('cleanText folds full-width ASCII forms and leaves CJK punctuation alone', () => {
    expect(cleanText('（牵头单位：市发改委，配合单位：市财政局；）｜１２')).toBe('(牵头单位:市发改委,配合单位:市财政局;)|12');
    expect(cleanText('、。《》〔〕“”')).toBe('、。《》〔〕“”');
  });
});
