/** Lower-cases A–Z only, so offsets in the result are offsets in the original. */
export function foldAscii(text: string): string {
  return text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}

export const isHangul = (char: string | undefined): boolean => char !== undefined && /[\uAC00-\uD7A3]/.test(char);
export const isLatinOrDigit = (char: string | undefined): boolean => char !== undefined && /[A-Za-z0-9]/.test(char);

/** The run of Hangul syllables that starts at `from`. */
export function hangulRun(text: string, from: number): string {
  let end = from;
  while (end < text.length && isHangul(text[end])) end++;
  return text.slice(from, end);
}
