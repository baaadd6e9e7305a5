// Small string helpers that stay linear on any input (a regex like /[…]+$/ is quadratic on a long run
// of those characters that does not reach the end).

/** Removes characters of `chars` from the start and/or the end of `s`. */
export function trimSet(s: string, chars: string, ends: 'both' | 'start' | 'end' = 'both'): string {
  let a = 0, b = s.length;
  if (ends !== 'end') while (a < b && (chars.includes(s[a]) || /\s/.test(s[a]))) a++;
  if (ends !== 'start') while (b > a && (chars.includes(s[b - 1]) || /\s/.test(s[b - 1]))) b--;
  return s.slice(a, b);
}

/** Appends without spreading (a spread of a huge array overflows the call stack). */
export function append<T>(into: T[], items: readonly T[]): T[] {
  for (const x of items) into.push(x);
  return into;
}
