// A progress bar on stderr, shown only when stderr is a terminal; lines logged meanwhile go above it.
import { Presets, SingleBar } from 'cli-progress';
import type { Writer } from './io.js';

export interface Progress { tick(failed: boolean): void; log(line: string): void; stop(): void }

export function progress(total: number, stream: Writer, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY || total < 2) {
    return { tick: () => undefined, log: (line) => { stream.write(line); }, stop: () => undefined };
  }
  const bar = new SingleBar({
    stream: stream as NodeJS.WritableStream,
    format: '{bar} {percentage}% | {value}/{total} files | {failed} failed | {eta_formatted} left',
    hideCursor: true, clearOnComplete: true, etaBuffer: 100, fps: 5,
  }, Presets.shades_classic);
  let failed = 0;
  bar.start(total, 0, { failed });
  return {
    tick: (f) => { if (f) failed++; bar.increment(1, { failed }); },
    // Clear the bar's line, print, and let the next redraw put the bar below.
    log: (line) => { stream.write(`\r\x1b[K${line}`); bar.render(); },
    stop: () => bar.stop(),
  };
}
