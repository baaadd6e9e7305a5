// A minimal XML reader for the parts of a .docx: elements by local name (prefix dropped), attributes
// by local name, text unescaped. No DTDs and no entity definitions, so no entity expansion attacks.
import { InputError } from '../errors.js';

export interface XNode { name: string; attrs: Record<string, string>; children: Array<XNode | string> }

const MAX_DEPTH = 1000;
// An unclosed comment, PI, CDATA or DOCTYPE runs to the end in one match (else each retry rescans: quadratic).
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<\?[\s\S]*?(?:\?>|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<!DOCTYPE[^>]*(?:>|$)|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const local = (n: string) => n.slice(n.indexOf(':') + 1);

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
    }
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[e] ?? m;
  });
}

export function parseXml(xml: string, what: string): XNode {
  const root: XNode = { name: '#root', attrs: {}, children: [] };
  const stack: XNode[] = [root];
  for (const m of xml.matchAll(TOKEN)) {
    const top = stack[stack.length - 1];
    if (m[6] !== undefined) { if (stack.length > 1) top.children.push(unescapeXml(m[6])); continue; }
    if (m[1] !== undefined) { top.children.push(m[1]); continue; }
    if (m[0].startsWith('<!DOCTYPE')) throw new InputError(`${what} declares a DTD: refused`);
    if (m[2] !== undefined) {
      const name = local(m[2]);
      for (let i = stack.length - 1; i > 0; i--) if (stack[i].name === name) { stack.length = i; break; }
      continue;
    }
    if (m[3] === undefined) continue; // comment, processing instruction
    const attrs: Record<string, string> = {};
    for (const a of (m[4] ?? '').matchAll(ATTR)) attrs[local(a[1])] = unescapeXml(a[2] ?? a[3] ?? '');
    const node: XNode = { name: local(m[3]), attrs, children: [] };
    top.children.push(node);
    if (!m[5]) {
      stack.push(node);
      if (stack.length > MAX_DEPTH) throw new InputError(`${what} nests elements more than ${MAX_DEPTH} deep: refused`);
    }
  }
  return root;
}

export const kids = (n: XNode): XNode[] => n.children.filter((c): c is XNode => typeof c !== 'string');
export const child = (n: XNode | undefined, name: string): XNode | undefined => n ? kids(n).find((c) => c.name === name) : undefined;
export const val = (n: XNode | undefined): string | undefined => n?.attrs.val;

/** First descendant with this name (depth-first, no recursion). */
export function find(n: XNode, name: string): XNode | undefined {
  const stack = [n];
  while (stack.length) {
    const x = stack.pop()!;
    if (x.name === name && x !== n) return x;
    for (let i = x.children.length - 1; i >= 0; i--) { const c = x.children[i]; if (typeof c !== 'string') stack.push(c); }
  }
  return undefined;
}
