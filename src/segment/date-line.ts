// A line that is only a date (a signature's date, a page's time stamp): in its own module so that
// metadata, assemble and the label readers ask it without importing the segmenter (no import loop).
export const DATE_LINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$|^[〇零○OＯ一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日$|^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(\s+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?$/u;
