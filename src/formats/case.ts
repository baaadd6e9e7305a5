// The shape of a format's table of cases, run by test/formats.test.ts (ESLint's RuleTester, for notices).
export interface ExpectedTask {
  number?: string | null;
  title?: string | null;
  text?: string;
  sections?: string[];
  leaders?: string[];
  leadUnits?: string[];
  coUnits?: string[];
  deadline?: string | null;
}

export interface FormatCase {
  name: string;
  /** A small notice, as text. */
  input: string;
  /** Every task the notice holds, in order (fields left out are not checked). */
  tasks: ExpectedTask[];
  /** Messages that must be reported, with their place when given. */
  messages?: Array<{ rule: string; line?: number; column?: number }>;
  /** Defaults to the format whose cases these are. */
  parser?: string;
}
