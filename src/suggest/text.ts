/** Lower-cases A–Z only, so offsets in the result are offsets in the original. */
export function foldAscii(text: string): string {
  return text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}

/**
 * Every match of a global regular expression in the text: String.prototype.matchAll, without the copy of the
 * expression that matchAll makes on every call.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    if (match[0] === '') pattern.lastIndex++;
  }
  return matches;
}

/** The UTF-16 code unit at `at`, NaN before or after the text, as charCodeAt gives, but without reading outside. */
export const codeAt = (text: string, at: number): number =>
  at >= 0 && at < text.length ? text.charCodeAt(at) : Number.NaN;

/** Whether a UTF-16 code unit is a Hangul syllable (가–힣). */
export const isHangulCode = (code: number): boolean => code >= 0xac00 && code <= 0xd7a3;

/** Whether a Hangul syllable ends in ㄴ, as the adnominal endings -는, -(으)ㄴ and -던 do. */
export const endsInNieun = (code: number): boolean => isHangulCode(code) && (code - 0xac00) % 28 === 4;

export const isUpperLatinCode = (code: number): boolean => code >= 65 && code <= 90;

/** Whether a UTF-16 code unit is A–Z, a–z or 0–9. */
export const isLatinOrDigitCode = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

/** Whether every UTF-16 code unit of the text passes the test. */
export function everyCode(text: string, test: (code: number) => boolean): boolean {
  for (let i = 0; i < text.length; i++) if (!test(text.charCodeAt(i))) return false;
  return true;
}

/** Whether a UTF-16 code unit can be part of a name's word: a Hangul syllable, a Latin letter or a digit. */
export const isWordCode = (code: number): boolean => isHangulCode(code) || isLatinOrDigitCode(code);

/** One more word of a Korean address, optional, as a pattern's source: 수원시[ 팔달구]에서, 조지아주[ 엘라벨]에. */
export const ADDRESS_WORD = String.raw`(?:\s+[가-힣]{1,8}?)?`;

const POSSESSIVE = /^['’]s\s/;

/** Whether an English possessive ('s) is written at `at`: Apple['s ]Tim Cook. */
export const possessiveAt = (text: string, at: number) => POSSESSIVE.test(text.slice(at, at + 3));

/** Before an English verb: a negation or an end ("stopped using", "no longer rents", "does not make"). */
export const NEGATED_BEFORE_EN = /\b(?:stopped|stop|stops|quit|no\s+longer|not|never|n['’]t)\s+(?:\w+\s+)?$/i;

/** Between an English verb and the seller: "from", maybe after an adverb ("bought[ directly from ]Nvidia"). */
export const FROM_ONLY_EN = /^\s+(?:[a-z]+ly\s+)?from\s+(?:the\s+)?$/i;
