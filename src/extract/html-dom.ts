// The few DOM shapes the HTML extractor walks (domhandler nodes as parse5's htmlparser2 adapter builds them).
import { InputError } from '../errors.js';
import { isHanCode } from '../text.js';

export interface Loc { startOffset: number; endOffset: number }
export interface HNode { type: string; parent: HNode | null; sourceCodeLocation?: Loc | null }
export interface HText extends HNode { type: 'text'; data: string }
export interface HElement extends HNode { name: string; attribs: Record<string, string>; children: HNode[] }

export const isElement = (n: HNode | null | undefined): n is HElement =>
  !!n && (n.type === 'tag' || n.type === 'script' || n.type === 'style');
export const isText = (n: HNode): n is HText => n.type === 'text';
export const childElements = (el: HElement): HElement[] => el.children.filter(isElement);

/** Elements whose content is never notice text. */
export const JUNK = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'svg', 'math', 'canvas', 'select', 'option', 'button', 'input', 'textarea', 'link', 'meta', 'head', 'title', 'rt', 'rp',
  'audio', 'video', 'map', 'area', 'dialog']);

/** Every element under root (root included), document order, without recursion. */
export function elements(root: HElement): HElement[] {
  const out: HElement[] = [];
  const stack: HNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    out.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}

/** Text of an element, junk skipped, white space as in the source. */
export function textOf(el: HElement): string {
  let s = '';
  const stack: HNode[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) s += n.data;
    else if (isElement(n) && (n === el || !JUNK.has(n.name))) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return s;
}

export const squash = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
/** Han characters (code points) in s, as /\p{Script=Han}/gu counts them, without an array of matches:
 * U+4E00–U+9FFF are all Han, nothing below U+2E80 is; the rest by isHanCode (its BMP ranges by number:
 * Chinese punctuation, U+3000–U+303F and U+FF00–U+FFEF, was a regex test a character). */
export function hanCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
    else if (c >= 0x2e80) {
      const cp = s.codePointAt(i)!;
      if (isHanCode(cp)) n++;
      if (cp > 0xffff) i++;
    }
  }
  return n;
}

export function contains(ancestor: HNode, node: HNode): boolean {
  for (let p: HNode | null = node; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

export function remove(node: HNode): void {
  const parent = node.parent as HElement | null;
  if (!parent) return;
  const i = parent.children.indexOf(node);
  if (i >= 0) parent.children.splice(i, 1);
  node.parent = null;
}

export const startOf = (n: HNode) => n.sourceCodeLocation?.startOffset ?? 0;

/**
 * Start tags a page may hold: parse5's tree takes about 2 KB per element with its text and source
 * positions, so this bounds a page's memory (~400 MB) far above any notice page (a few thousand).
 */
export const MAX_ELEMENTS = 200_000;

/** Refuses a page with more start tags than MAX_ELEMENTS (counted in the source, before parsing). */
export function checkElementCount(html: string): void {
  let n = 0;
  const tag = /<[A-Za-z]/g;
  while (tag.exec(html)) {
    if (++n > MAX_ELEMENTS) throw new InputError(`more than ${MAX_ELEMENTS.toLocaleString('en-US')} HTML elements: not a notice page`);
  }
}

/** Direct rows of a table (through thead / tbody / tfoot), and the cells of a row. */
export function rowsOf(table: HElement): HElement[] {
  const rows: HElement[] = [];
  for (const c of childElements(table)) {
    if (c.name === 'tr') rows.push(c);
    else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') for (const r of childElements(c)) if (r.name === 'tr') rows.push(r);
  }
  return rows;
}
export const cellsOf = (row: HElement) => childElements(row).filter((c) => c.name === 'td' || c.name === 'th');
