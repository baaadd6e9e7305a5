// Map over items with at most `limit` calls in flight, yielding results in input order.
// Results that complete out of order wait in a reorder buffer, so a slow file holds up the output
// but not the work: new calls start as others finish, up to `window` items ahead of the oldest one
// not yet yielded. Memory holds at most `window` results, however many items there are.
export async function* mapBounded<T, R>(
  items: Iterable<T>, limit: number, fn: (item: T) => Promise<R>, window = limit * 8,
): AsyncGenerator<R> {
  const it = items[Symbol.iterator]();
  let next = it.next();
  let started = 0, yielded = 0, running = 0;
  const settled = new Map<number, { value: R } | { error: unknown }>();
  let wake: (() => void) | null = null;
  let closed = false; // the consumer stopped (break, error): start nothing more
  const start = () => {
    while (!closed && !next.done && running < limit && started - yielded < Math.max(window, limit)) {
      const k = started++;
      running++;
      const item = next.value;
      next = it.next();
      new Promise<R>((resolve) => resolve(fn(item))).then(
        (value) => settle(k, { value }), (error: unknown) => settle(k, { error }));
    }
  };
  const settle = (k: number, r: { value: R } | { error: unknown }) => {
    running--;
    settled.set(k, r);
    start(); // keep the workers busy while the consumer waits on an earlier item
    const w = wake;
    wake = null;
    w?.();
  };
  try {
    start();
    while (yielded < started) {
      while (!settled.has(yielded)) await new Promise<void>((resolve) => { wake = resolve; });
      const r = settled.get(yielded)!;
      settled.delete(yielded);
      yielded++;
      start();
      if ('error' in r) throw r.error;
      yield r.value;
    }
  } finally {
    closed = true;
  }
}

/**
 * At most `limit` calls of the returned function run at once; the others wait in order. The batch
 * bounds its parses with it apart from the output syncs that follow them, so a slow disk does not
 * hold the slots that keep the worker threads busy.
 */
export function limiter(limit: number): <R>(fn: () => Promise<R>) => Promise<R> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <R>(fn: () => Promise<R>) => {
    if (running >= limit) await new Promise<void>((go) => waiting.push(go));
    else running++;
    try {
      return await fn();
    } finally {
      const next = waiting.shift();
      if (next) next(); // the slot passes to the next caller: running stays the same
      else running--;
    }
  };
}
