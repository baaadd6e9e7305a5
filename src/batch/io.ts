// Where the command line writes: process streams in use, plain string sinks in tests.
export interface Writer {
  write(chunk: string): boolean;
  once?(event: 'drain', listener: () => void): unknown;
  isTTY?: boolean;
}

export interface Io { out: Writer; err: Writer; env: Record<string, string | undefined> }

export const processIo = (): Io => ({ out: process.stdout, err: process.stderr, env: process.env });

/** Write and wait for the stream to drain when its buffer is full, so output never piles up in memory. */
export function writeAll(w: Writer, chunk: string): Promise<void> | void {
  if (w.write(chunk) || !w.once) return;
  return new Promise((done) => w.once!('drain', done));
}
