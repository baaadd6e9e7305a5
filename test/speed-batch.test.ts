// The batch never waits on its slowest file (issue 13): results that complete out of order wait in a
// reorder buffer while new files start. Checked with calls that finish when the test says, no timing.
import { describe, expect, it } from 'vitest';
import { mapBounded } from '../src/batch/bounded.js';

/** fn whose calls finish only when released; records which items have started. */
function controlled() {
  const started: number[] = [];
  const release = new Map<number, (v: number) => void>();
  const fn = (i: number) => new Promise<number>((resolve) => { started.push(i); release.set(i, (v) => resolve(v)); });
  return { started, release, fn };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('mapBounded with a reorder buffer', () => {
  it('while the first item is slow, the others finish and new ones start, up to the window; output stays in order', async () => {
    const c = controlled();
    const got: number[] = [];
    const consumer = (async () => { for await (const v of mapBounded(Array.from({ length: 100 }, (_, i) => i), 4, c.fn, 20)) got.push(v); })();
    await tick();
    expect(c.started).toEqual([0, 1, 2, 3]); // `limit` calls in flight
    // every item but 0 finishes as soon as it starts: the work moves on to item 19 (window 20), not further
    for (let round = 0; round < 30; round++) {
      for (const i of [...c.release.keys()]) if (i !== 0) { c.release.get(i)!(i * 2); c.release.delete(i); }
      await tick();
    }
    expect(Math.max(...c.started)).toBe(19);
    expect(got).toEqual([]); // nothing overtakes item 0 in the output
    c.release.get(0)!(0);
    c.release.delete(0);
    for (let round = 0; round < 60 && got.length < 100; round++) {
      for (const [i, r] of [...c.release]) { r(i * 2); c.release.delete(i); }
      await tick();
    }
    await consumer;
    expect(got).toEqual(Array.from({ length: 100 }, (_, i) => i * 2));
  });
  it('never more than `limit` calls in flight, and a failure surfaces at its place in the order', async () => {
    let inFlight = 0, most = 0;
    const got: number[] = [];
    const run = async () => {
      for await (const v of mapBounded(Array.from({ length: 30 }, (_, i) => i), 3, async (i) => {
        most = Math.max(most, ++inFlight);
        for (let k = 0; k < (i * 7) % 5; k++) await tick();
        inFlight--;
        if (i === 17) throw new Error('bad 17');
        return i;
      })) got.push(v);
    };
    await expect(run()).rejects.toThrow('bad 17');
    expect(got).toEqual(Array.from({ length: 17 }, (_, i) => i));
    expect(most).toBe(3);
  });
  it('after the consumer stops, no new call starts', async () => {
    const c = controlled();
    const it = mapBounded(Array.from({ length: 50 }, (_, i) => i), 2, c.fn, 10);
    const first = it.next();
    await tick();
    c.release.get(0)!(0);
    expect((await first).value).toBe(0);
    await it.return(undefined);
    const before = c.started.length;
    for (const [, r] of c.release) r(1);
    await tick();
    expect(c.started.length).toBe(before);
  });
});
