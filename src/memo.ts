// Answers of pure functions of a string, kept while a document is parsed: the three item formats, the
// recognizers and the facts stage ask the same questions of the same spans (a line's trailing block is
// read by every format, each name of a list is asked whether it is a deadline). Forgotten at the start
// of every document (parseBytes), so memory stays flat and no answer outlives its document. Only for
// functions whose answer depends on the string alone; callers that may mutate an answer get a copy.
const tables: Map<string, unknown>[] = [];

/** Most answers a table keeps: past it the table starts over (a huge document stays bounded). */
const MAX = 50_000;

export function memo<R>(fn: (s: string) => R): (s: string) => R {
  const seen = new Map<string, R>();
  tables.push(seen);
  return (s: string) => {
    // (an answer of undefined is asked again, not looked up twice: every answer is a pure function's)
    const hit = seen.get(s);
    if (hit !== undefined) return hit;
    if (seen.size >= MAX) seen.clear();
    const r = fn(s);
    seen.set(s, r);
    return r;
  };
}

/** Drops every kept answer (a new document begins). */
export function forgetAnswers(): void {
  for (const t of tables) t.clear();
}
