/**
 * Unicode's sentence boundary rules (UAX #29), for text written only in Hangul syllables and printable ASCII:
 * the common case, read much faster than through Intl.Segmenter. Text with any other character is left to
 * Intl.Segmenter (`sentenceEnds` returns undefined). The results are the same as Intl.Segmenter's; a test
 * compares the two on random text.
 */

/** Sentence_Break classes (UAX #29, table 4) of the characters read here; `Unknown` for the others. */
const Break = {
  Unknown: 0,
  Other: 1,
  Sp: 2,
  ParaSep: 3,
  Lower: 4,
  Upper: 5,
  OLetter: 6,
  Numeric: 7,
  ATerm: 8,
  STerm: 9,
  Close: 10,
  SContinue: 11,
} as const;
type Break = (typeof Break)[keyof typeof Break];

const BREAK_CLASS = (() => {
  const classes = new Uint8Array(0x10000);
  const set = (chars: string, value: Break) => {
    for (const char of chars) classes[char.charCodeAt(0)] = value;
  };
  set('#$%&*+/<=>@\\^_`|~', Break.Other);
  set(' ', Break.Sp);
  set('\n', Break.ParaSep);
  set('abcdefghijklmnopqrstuvwxyz', Break.Lower);
  set('ABCDEFGHIJKLMNOPQRSTUVWXYZ', Break.Upper);
  set('0123456789', Break.Numeric);
  set('.', Break.ATerm);
  set('!?', Break.STerm);
  set('"\'()[]{}', Break.Close);
  set(',-:;', Break.SContinue);
  classes.fill(Break.OLetter, 0xac00, 0xd7a4);
  return classes;
})();

const classAt = (text: string, at: number, end: number): Break =>
  at < end ? (BREAK_CLASS[text.charCodeAt(at)] as Break) : Break.Unknown;

const isTerm = (type: Break) => type === Break.ATerm || type === Break.STerm;

/**
 * SB8: after ATerm Close* Sp*, no break if a lower-case letter comes before any letter, paragraph separator or
 * terminator.
 */
function lowerFollows(text: string, from: number, end: number): boolean {
  for (let at = from; at < end; at++) {
    const type = classAt(text, at, end);
    if (type === Break.Lower) return true;
    if (type === Break.OLetter || type === Break.Upper || type === Break.ParaSep || isTerm(type)) return false;
  }
  return false;
}

/**
 * Where the sentences of text[start, end) end, read as a text of its own, as Intl.Segmenter reads it; the
 * last is `end`. Undefined if the text has a character these rules do not cover.
 */
export function sentenceEnds(text: string, start: number, end: number): number[] | undefined {
  const ends: number[] = [];
  let at = start;
  while (at < end) {
    const type = classAt(text, at, end);
    if (type === Break.Unknown) return undefined;
    at++;
    if (type === Break.ParaSep) {
      ends.push(at); // SB4
      continue;
    }
    if (!isTerm(type)) continue;
    const next = classAt(text, at, end);
    if (type === Break.ATerm && next === Break.Numeric) continue; // SB6
    const before = at - 2 >= start ? classAt(text, at - 2, end) : Break.Unknown;
    const letterBefore = before === Break.Upper || before === Break.Lower;
    if (type === Break.ATerm && next === Break.Upper && letterBefore) continue; // SB7
    let after = at;
    while (classAt(text, after, end) === Break.Close) after++; // SB9
    while (classAt(text, after, end) === Break.Sp) after++; // SB10
    const following = classAt(text, after, end);
    if (following === Break.SContinue || isTerm(following)) continue; // SB8a
    if (type === Break.ATerm && lowerFollows(text, after, end)) continue; // SB8
    if (following === Break.ParaSep) after++; // SB11 takes the paragraph separator along
    if (after < end) ends.push(after); // SB11
    at = after;
  }
  if (ends.at(-1) !== end) ends.push(end); // SB2
  return ends;
}
