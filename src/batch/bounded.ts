// Map over items with at most `limit` calls in flight, yielding results in input order.
// Memory holds at most `limit` results, however many items there are.
export async function* mapBounded<T, R>(items: Iterable<T>, limit: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Array<Promise<R>> = [];
  const it = items[Symbol.iterator]();
  let next = it.next();
  while (!next.done || pending.length) {
    while (!next.done && pending.length < limit) {
      const p = fn(next.value);
      p.catch(() => undefined); // awaited in turn below; avoid an unhandled rejection meanwhile
      pending.push(p);
      next = it.next();
    }
    yield await pending.shift()!;
  }
}
