// A minimal XML reader for the parts of a .docx: elements by local name (prefix dropped), attributes
// by local name, text unescaped. No DTDs and no entity definitions, so no entity expansion attacks.
import { InputError } from '../errors.js';

export interface XNode { name: string; attrs: Record<string, string>; children: Array<XNode | string> }

const MAX_DEPTH = 1000;
/** Elements in one part: bounds the tree's memory (a 300 KB .docx can unpack to 95 MB of XML). */
export const MAX_ELEMENTS = 1_000_000;
// An unclosed comment, PI, CDATA or DOCTYPE runs to the end in one match (else each retry rescans: quadratic).
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<\?[\s\S]*?(?:\?>|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<!DOCTYPE[^>]*(?:>|$)|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const local = (n: string) => n.slice(n.indexOf(':') + 1);

// Characters XML 1.0 does not allow (C0 controls but tab and line ends, U+FFFE/U+FFFF, lone surrogates),
// written raw or as a character reference (&#1; &#xD800; &#xFFFE;): a well-formed part has none, and
// they are dropped so that they never reach the output.
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const isXmlChar = (cp: number) =>
  cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);

export function unescapeXml(s: string): string {
  return s.replace(NOT_XML_CHAR, '').replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return isXmlChar(cp) ? String.fromCodePoint(cp) : '';
    }
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[e] ?? m;
  });
}

export function parseXml(xml: string, what: string): XNode {
  const root: XNode = { name: '#root', attrs: {}, children: [] };
  const stack: XNode[] = [root];
  let elements = 0;
  for (const m of xml.matchAll(TOKEN)) {
    const top = stack[stack.length - 1];
    if (m[6] !== undefined) { if (stack.length > 1) top.children.push(unescapeXml(m[6])); continue; }
    if (m[1] !== undefined) { top.children.push(m[1].replace(NOT_XML_CHAR, '')); continue; }
    if (m[0].startsWith('<!DOCTYPE')) throw new InputError(`${what} declares a DTD: refused`);
    if (m[2] !== undefined) {
      const name = local(m[2]);
      for (let i = stack.length - 1; i > 0; i--) if (stack[i].name === name) { stack.length = i; break; }
      continue;
    }
    if (m[3] === undefined) continue; // comment, processing instruction
    const attrs: Record<string, string> = {};
    for (const a of (m[4] ?? '').matchAll(ATTR)) attrs[local(a[1])] = unescapeXml(a[2] ?? a[3] ?? '');
    if (++elements > MAX_ELEMENTS) throw new InputError(`${what} has more than ${MAX_ELEMENTS.toLocaleString('en-US')} XML elements: refused`);
    const node: XNode = { name: local(m[3]), attrs, children: [] };
    top.children.push(node);
    if (!m[5]) {
      stack.push(node);
      if (stack.length > MAX_DEPTH) throw new InputError(`${what} nests elements more than ${MAX_DEPTH} deep: refused`);
    }
  }
  // An element still open at the end: the part is cut off (a truncated or damaged file), and what was
  // read is only part of it, so nothing is read rather than a part silently.
  if (stack.length > 1) {
    throw new InputError(`${what} is cut off (<${stack[1].name}> never closes, ${stack.length - 1} element(s) open at the end): the file is damaged or truncated; open and save it again`);
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
