/** An input that cannot be read or decoded: reported as one line, exit code 1, never a stack trace. */
export class InputError extends Error {
  constructor(message: string, readonly file?: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Bad command-line usage: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

// C0 and C1 controls, DEL, line/paragraph separators and bidi controls: in a name they would break the
// one-line `parse: FILE: cause` format or drive the terminal.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

/** A file name as printed in a message: as is, or quoted with its control characters as \uXXXX escapes. */
export const shown = (name: string) =>
  UNSAFE.test(name)
    ? `"${name.replace(/["\\]/g, '\\$&').replace(UNSAFE_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`
    : name;
