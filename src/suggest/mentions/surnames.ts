import type { Cues } from '../../schema/cues';
import { compileCues } from '../cues/compiled-cues';
import { buildDictionary } from './dictionary';
import { findMentions, type Mention } from './mentions';

/** The last word of a name of two words or more: a Latin family name (Jensen [Huang]) or a Korean-script one (샘 [올트먼]). */
const LAST_WORD = /\s(?:([A-Z][a-z][A-Za-z'’-]*)|([가-힣]{2,}))$/;
/** A capitalised word right before, which may make the word part of another name (Greg Huang). */
const WORD_BEFORE = /\b([A-Z][\w'’-]*)\s+$/;
/** After a family name, what makes it part of another name or a name for something else: Huang Foundation, Trump administration. */
const NOT_THE_PERSON =
  /^(?:\s+[A-Z][a-z]|-|\s+(?:administration|government|era|family|camp|campaign|cabinet|tariffs?)\b)/;

/** Whether a capitalised word that is no title (CEO, President) stands right before `at`: Greg [Huang]. */
function otherNameBefore(text: string, at: number, cues: Cues): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  return word !== undefined && !compileCues(cues).titles.senseOf.has(word.toLowerCase());
}

/**
 * A person named in full is named again by the family name alone after it (Jensen Huang … Huang said; 샘 올트먼 …
 * 올트먼은): those later mentions, where no other mention stands and no other person of the text has that family name.
 */
export function surnameMentions(text: string, known: readonly Mention[], cues: Cues): Mention[] {
  const first = new Map<string, { id: string; end: number }>();
  const shared = new Set<string>();
  for (const m of known) {
    if (m.type !== 'Person') continue;
    const match = LAST_WORD.exec(text.slice(m.start, m.end));
    const word = match?.[1] ?? match?.[2];
    if (!word) continue;
    const seen = first.get(word);
    if (!seen) first.set(word, { id: m.id, end: m.end });
    else if (seen.id !== m.id) shared.add(word);
  }
  const words = [...first].filter(([word]) => !shared.has(word));
  if (words.length === 0) return [];
  const local = buildDictionary(
    words.map(([word, { id }]) => ({ id, type: 'Person', names: { en: word, ko: word }, aliases: [] })),
  );
  const after = new Map(words.map(([, { id, end }]) => [id, end]));
  return findMentions(text, local, cues).filter(
    (m) =>
      m.start >= (after.get(m.id) ?? text.length) &&
      !known.some((k) => k.start < m.end && m.start < k.end) &&
      (!/[A-Za-z]/.test(text[m.start] as string) ||
        (/[A-Z]/.test(text[m.start] as string) &&
          !otherNameBefore(text, m.start, cues) &&
          !NOT_THE_PERSON.test(text.slice(m.end, m.end + 16)))),
  );
}
