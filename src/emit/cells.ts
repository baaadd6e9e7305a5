// Cell text for spreadsheets and CSV: formula-injection escaping and display width.

/**
 * A cell that begins with = + - @ (or a tab or carriage return, which some spreadsheets skip before one)
 * is read as a formula by Excel and LibreOffice when the file is opened or the cell edited.
 * A leading apostrophe keeps it text (OWASP's advice for CSV injection).
 */
export function escapeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

// East Asian wide and fullwidth characters (CJK, kana, hangul, fullwidth forms, CJK punctuation).
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Width in columns of a default-font character cell: wide characters count double. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/** Lines the text takes when wrapped in a column `width` columns wide (each explicit line break starts one). */
export function wrappedLines(text: string, width: number): number {
  if (!text) return 1;
  let lines = 0;
  for (const part of text.split('\n')) lines += Math.max(1, Math.ceil(displayWidth(part) / Math.max(1, width)));
  return lines;
}
