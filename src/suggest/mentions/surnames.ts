import type { Cues } from '../../schema/cues';
import { type CompiledCues, compileCues } from '../cues/compiled-cues';
import { type Mention, markedMention, overlapsAny, standsAlone } from './mentions';

/** The last word of a name of two words or more: a Latin family name (Jensen [Huang]) or a Korean-script one (샘 [올트먼]). */
const LAST_WORD = /\s(?:([A-Z][a-z][A-Za-z'’-]*)|([가-힣]{2,}))$/;
/** A capitalised word right before, which may make the word part of another name (Greg Huang). */
const WORD_BEFORE = /\b([A-Z][\w'’-]*)\s+$/;
/** After a family name, what makes it part of another name or a name for something else: Huang Foundation, Trump administration. */
const NOT_THE_PERSON =
  /^(?:\s+[A-Z][a-z]|-|\s+(?:administration|government|era|family|camp|campaign|cabinet|tariffs?)\b)/;

/** Whether a capitalised word that is no title (CEO, President) stands right before `at`: Greg [Huang]. */
function otherNameBefore(text: string, at: number, compiled: CompiledCues): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  return word !== undefined && !compiled.titles.senseOf.has(word.toLowerCase());
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
  if (first.size === shared.size) return [];
  const compiled = compileCues(cues);
  const found: Mention[] = [];
  for (const [word, { id, end: after }] of first) {
    if (shared.has(word)) continue;
    const latin = /[A-Za-z]/.test(word);
    for (let start = text.indexOf(word, after); start >= 0; start = text.indexOf(word, start + word.length)) {
      const end = start + word.length;
      if (!standsAlone(text, start, end) || overlapsAny(known, start, end)) continue;
      if (latin && (otherNameBefore(text, start, compiled) || NOT_THE_PERSON.test(text.slice(end, end + 16)))) continue;
      found.push(markedMention(text, start, end, { id, type: 'Person' }, text.length, compiled));
    }
  }
  return found;
}
