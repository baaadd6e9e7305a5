// Where the command line writes: process streams in use, plain string sinks in tests.
// stdout never throws: a write error (a closed pipe, a full disk) is kept, later writes are dropped,
// and the command reports it (src/cli/index.ts). On a regular file a failed write is cut back to where
// it began, so a full disk leaves whole JSON documents and JSONL lines, never a partial one.
import { fstatSync, ftruncateSync, writeSync } from 'node:fs';

export interface Writer {
  write(chunk: string): boolean;
  once?(event: 'drain', listener: () => void): unknown;
  isTTY?: boolean;
}

export interface Io {
  out: Writer;
  err: Writer;
  env: Record<string, string | undefined>;
  /** The error that stopped writes to `out`, once there is one. */
  outError?: () => NodeJS.ErrnoException | null;
  /** Resolves once everything written to `out` has been handed to the system (or failed). */
  flush?: () => Promise<void>;
  /** Set by a command that has already reported the write error itself. */
  outErrorReported?: boolean;
}

/** A regular file as stdout: synchronous writes, each one whole or cut back. */
function fileWriter(fd: number): Pick<Io, 'out' | 'outError' | 'flush'> {
  let error: NodeJS.ErrnoException | null = null;
  let end = fstatSync(fd).size;
  return {
    out: {
      write(chunk) {
        if (error) return true;
        const buf = Buffer.from(chunk);
        let done = 0;
        try {
          while (done < buf.length) done += writeSync(fd, buf, done);
          end += buf.length;
        } catch (e) {
          error = e as NodeJS.ErrnoException;
          if (done) { try { ftruncateSync(fd, end); } catch { /* cannot cut back: the error is still reported */ } }
        }
        return true;
      },
    },
    outError: () => error,
    flush: async () => undefined,
  };
}

/** A pipe, terminal or device as stdout: the stream, with its error caught instead of thrown. */
function streamWriter(stream: NodeJS.WriteStream): Pick<Io, 'out' | 'outError' | 'flush'> {
  let error: NodeJS.ErrnoException | null = null;
  let last: Promise<void> = Promise.resolve();
  const waiting = new Set<() => void>();
  const fail = (e: NodeJS.ErrnoException) => {
    error ??= e;
    for (const w of waiting) w();
    waiting.clear();
  };
  stream.on('error', fail);
  return {
    out: {
      write(chunk) {
        if (error) return true;
        let ok = true;
        last = new Promise((done) => { ok = stream.write(chunk, (e) => { if (e) fail(e as NodeJS.ErrnoException); done(); }); });
        return ok || !!error;
      },
      once(_event, listener) {
        if (error) { listener(); return; }
        const once = () => { waiting.delete(once); stream.off('drain', once); listener(); };
        waiting.add(once);
        stream.once('drain', once);
      },
      isTTY: stream.isTTY,
    },
    outError: () => error,
    flush: () => last,
  };
}

function stdout(): Pick<Io, 'out' | 'outError' | 'flush'> {
  let regular = false;
  try { regular = fstatSync(1).isFile(); } catch { /* no stdout: the stream reports it */ }
  return regular ? fileWriter(1) : streamWriter(process.stdout);
}

export const processIo = (): Io => {
  let err: NodeJS.WriteStream | null = null;
  return {
    ...stdout(),
    // stderr made on first use: making the stream loads net (a pipe) or tty (a terminal), ~2 ms that a
    // one-file run, which writes nothing there when it succeeds, need not spend
    get err() {
      if (!err) {
        err = process.stderr;
        // A closed stderr must not crash the run with an unhandled 'error' event.
        err.on('error', () => undefined);
      }
      return err;
    },
    env: process.env,
  };
};

/** Why stdout could not be written, or null. */
export function outputFailed(io: Io): string | null {
  const e = io.outError?.();
  return e ? describeWriteError(e) : null;
}

export const describeWriteError = (e: NodeJS.ErrnoException) =>
  e.code === 'EPIPE' ? 'the output was closed (EPIPE)' : e.code === 'ENOSPC' ? 'no space left on the device (ENOSPC)' : `cannot write the output (${e.code ?? e.message})`;

/** Write and wait for the stream to drain when its buffer is full, so output never piles up in memory. */
export function writeAll(w: Writer, chunk: string): Promise<void> | void {
  if (w.write(chunk) || !w.once) return;
  return new Promise((done) => w.once!('drain', done));
}
