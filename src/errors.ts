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
