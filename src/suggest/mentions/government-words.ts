import type { Cues } from '../../schema/cues';
import { compileCues } from '../cues/compiled-cues';
import { codeAt, foldAscii, isHangulCode, isLatinOrDigitCode } from '../text';
import type { Dictionary } from './dictionary';
import { type Mention, markedMention, overlapsAny } from './mentions';

/**
 * What may come before a bare government word (정부) as a word of its own: a sentence's or clause's opening, or a word
 * its particle or ending closes (정부는, "정부가, 시설은 정부와). Not a bare noun (체코 정부, 문 정부, 주 정부).
 */
const OPENS_BEFORE = /(?:^|[^\s가-힣A-Za-z0-9]\s*|[가-힣](?:은|는|을|를|고|며|서|해|면|와|과|에)\s)$/;
const OPENS_REACH = 4;

/** Before an English administration word: "the" and up to two capitalised words (the Biden, the U.S., the Trump). */
const THE_BEFORE = /\b[Tt]he\s+(?:[A-Z][A-Za-z.]*\s+){0,2}$/;
const THE_REACH = 40;

/** Whether the word at text[start, end) stands for the administration: not "Food and Drug Administration", 입법부·행정부. */
function standsForAdministration(text: string, start: number, end: number): boolean {
  if (isLatinOrDigitCode(codeAt(text, end))) return false;
  return isLatinOrDigitCode(text.charCodeAt(start))
    ? THE_BEFORE.test(text.slice(Math.max(0, start - THE_REACH), start))
    : !isHangulCode(codeAt(text, start - 1));
}

/** The government of the first of the places the dictionary knows, by their names. */
function governmentOf(places: readonly string[], dictionary: Dictionary): string | undefined {
  const place = places.map((name) => dictionary.places.get(foldAscii(name))).find(Boolean);
  return place === undefined ? undefined : dictionary.governments.get(place);
}

/** Governments written as common words (정부, the administration, 행정부), where the dictionary knows which they are. */
export function governmentWordMentions(
  text: string,
  known: readonly Mention[],
  dictionary: Dictionary,
  cues: Cues,
): Mention[] {
  return [...bareGovernments(text, known, dictionary, cues), ...administrations(text, known, dictionary, cues)];
}

function administrations(text: string, known: readonly Mention[], dictionary: Dictionary, cues: Cues): Mention[] {
  const { words, places } = cues.governmentWords.administration;
  const government = governmentOf(places, dictionary);
  if (government === undefined) return [];
  const found: Mention[] = [];
  for (const word of words) {
    for (let start = text.indexOf(word); start >= 0; start = text.indexOf(word, start + 1)) {
      const end = start + word.length;
      if (standsForAdministration(text, start, end) && !overlapsAny(known, start, end))
        found.push(governmentMention(text, start, end, government, known, cues));
    }
  }
  return found;
}

/** The mention of a government written as a common word, with the particle after it. */
function governmentMention(
  text: string,
  start: number,
  end: number,
  id: string,
  known: readonly Mention[],
  cues: Cues,
): Mention {
  const next = known.find((m) => m.start >= end)?.start ?? text.length;
  return markedMention(text, start, end, { id, type: 'Government' }, next, compileCues(cues));
}

/**
 * Korean news writes its own government as a bare 정부: it stands for the last government the text named, else for
 * the home place's (Korea's).
 */
function bareGovernments(text: string, known: readonly Mention[], dictionary: Dictionary, cues: Cues): Mention[] {
  const { words, places } = cues.governmentWords.home;
  const home = governmentOf(places, dictionary);
  const found: Mention[] = [];
  for (const word of words) {
    for (let start = text.indexOf(word); start >= 0; start = text.indexOf(word, start + 1)) {
      const end = start + word.length;
      if (
        !isHangulCode(codeAt(text, end)) ||
        !OPENS_BEFORE.test(text.slice(Math.max(0, start - OPENS_REACH), start)) ||
        overlapsAny(known, start, end)
      )
        continue;
      const named = known.findLast((m) => m.end <= start && m.type === 'Government')?.id ?? home;
      if (named !== undefined) found.push(governmentMention(text, start, end, named, known, cues));
    }
  }
  return found;
}
