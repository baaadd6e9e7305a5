// Which item format reads an item: the parse that leaves the fewest of the item's lines to the text after
// it (the smallest `consumed`); a tie goes to the format with the higher score, its share of the
// document's items that it parses (ItemFormat.detect), registry order on equal shares.
// Each format reads an item only as far as that choice needs ("each item parsed once", issue 13): a
// format is asked only for a parse shorter than the best one found so far (parseItem's limit), and the
// shares are kept as bounds (items known parsed, items not known); two formats' items are read in full
// only when they tie on an item and the bounds leave their order open. The choice is the one an eager
// reading of every item by every format makes (test/choose.test.ts checks it on every fixture).
import type { ItemFormat, ItemParse } from '../formats/types.js';
import type { Item, Unit } from '../segment/index.js';

/** A format's parse of an item if that consumes at most upTo lines (upTo ≥ item.lines.length: all known). */
interface Known { parse: ItemParse | null; upTo: number }

const NONE: Known = { parse: null, upTo: -1 };

export class ItemChooser {
  private readonly known: Array<Map<Item, Known>>;
  /** Per format, over the document's items: how many it is known to parse, how many are not known yet. */
  private readonly parsed: number[];
  private readonly open: number[];
  private readonly items: Item[];
  private readonly counted: Set<Item>;

  constructor(private readonly formats: ItemFormat[], units: Unit[]) {
    this.items = units.filter((u): u is Item => u.kind === 'item');
    this.counted = new Set(this.items);
    this.known = formats.map(() => new Map());
    this.parsed = formats.map(() => 0);
    this.open = formats.map(() => this.items.length);
    for (const item of this.items) this.shortest(item);
  }

  /** The chosen parse of an item (one of the document's, or one found later in what a parse left over). */
  choose(item: Item): ItemParse | null {
    const m = this.shortest(item);
    if (m === Infinity) return null;
    let w = -1;
    for (let f = 0; f < this.formats.length; f++) {
      if (this.get(item, f).parse?.consumed === m && (w < 0 || this.before(f, w))) w = f;
    }
    // a format not read as far as m may tie there: it matters only if it ranks above the best one
    for (let f = 0; f < this.formats.length; f++) {
      if (f === w || this.get(item, f).upTo >= m || !this.before(f, w)) continue;
      if (this.read(item, f, m).parse?.consumed === m) w = f;
    }
    return this.get(item, w).parse;
  }

  /** Every format asked for a parse shorter than the shortest so far; that shortest `consumed`. */
  private shortest(item: Item): number {
    let m = Infinity;
    for (let f = 0; f < this.formats.length && m > 0; f++) {
      const c = this.read(item, f, m - 1).parse?.consumed;
      if (c !== undefined && c < m) m = c;
    }
    for (let f = 0; f < this.formats.length; f++) {
      const c = this.get(item, f).parse?.consumed;
      if (c !== undefined && c < m) m = c;
    }
    return m;
  }

  private get(item: Item, f: number): Known { return this.known[f].get(item) ?? NONE; }

  /** Format f's reading of the item, known at least as far as `limit` consumed lines. */
  private read(item: Item, f: number, limit: number): Known {
    const before = this.get(item, f), all = item.lines.length;
    if (before.parse || before.upTo >= Math.min(limit, all) || limit < 0) return before;
    const parse = this.formats[f].parseItem(item, limit >= all ? Infinity : limit);
    // a parse found is the format's whole answer (its first reading; longer ones are never tried)
    const now: Known = { parse, upTo: parse ? all : Math.min(limit, all) };
    this.known[f].set(item, now);
    if (this.counted.has(item) && now.upTo >= all) {
      this.open[f]--;
      if (parse) this.parsed[f]++;
    }
    return now;
  }

  /** Whether format f ranks above g: a higher share, or the same share and f first in the registry. */
  private before(f: number, g: number): boolean {
    if (this.surely(f, g)) return true;
    if (this.surely(g, f)) return false;
    for (const x of [f, g]) for (const item of this.items) this.read(item, x, Infinity);
    return this.surely(f, g);
  }

  private surely(f: number, g: number): boolean {
    const most = this.parsed[g] + this.open[g];
    return this.parsed[f] > most || (this.parsed[f] === most && f < g);
  }
}
