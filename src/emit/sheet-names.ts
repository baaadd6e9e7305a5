// Worksheet names Excel accepts: at most 31 characters, none of [ ] : * ? / \, not starting or ending
// with an apostrophe, not "History" (reserved), unique without regard to case.

const MAX = 31;

function clean(name: string): string {
  const s = name.replace(/[[\]:*?/\\\u0000-\u001f]/g, '_').replace(/^'+|'+$/g, '').trim();
  return s && s.toLowerCase() !== 'history' ? s : `_${s}`;
}

/** Hands out safe, unique names; a clash or a cut name gets a (2), (3) … suffix within the limit. */
export class SheetNames {
  private readonly used = new Set<string>();

  constructor(reserved: string[] = []) {
    for (const r of reserved) this.used.add(r.toLowerCase());
  }

  take(wanted: string): string {
    const base = clean(wanted);
    for (let k = 1; ; k++) {
      const suffix = k === 1 ? '' : `(${k})`;
      const name = `${[...base].slice(0, MAX - suffix.length).join('')}${suffix}`;
      if (!this.used.has(name.toLowerCase())) {
        this.used.add(name.toLowerCase());
        return name;
      }
    }
  }
}
