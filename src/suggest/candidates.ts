import { compileCues, type NameMarks } from './compiled-cues';
import type { Cues } from './cues';
import type { Mention } from './mentions';
import { slugify } from './romanize';
import { allMatches, isHangulCode, isWordCode } from './text';

/** A proposed new entity: its name as written, a proposed id and, when the name tells, a type. */
export interface CandidateEntity {
  id: string;
  name: string;
  type?: string;
  count: number;
}

const LATIN_NAME = /\b[A-Z][A-Za-z0-9&'’.-]*[A-Za-z0-9](?:\s+[A-Z][A-Za-z0-9&'’.-]*[A-Za-z0-9])*/g;

/** Runs of capitalised words, less the stop words that open them, with a type when the last word tells. */
function latinCandidates(text: string, cues: Cues): Mention[] {
  const stop = compileCues(cues).names.stopwords;
  const found: Mention[] = [];
  for (const match of allMatches(LATIN_NAME, text)) {
    const words = match[0].split(/\s+/);
    while (words.length > 0 && stop.has(words[0] as string)) words.shift();
    const name = words.join(' ');
    if (name.length < 3 || stop.has(name)) continue;
    const start = match.index + match[0].length - name.length;
    const type = cues.latinSuffixes[(words.at(-1) as string).replace(/\.$/, '')];
    found.push({ id: name, type, start, end: start + name.length, role: undefined });
  }
  return found;
}

/**
 * The words made of Hangul, Latin letters and digits, with at least one Hangul syllable, that contain one of
 * the suffixes: only those can hold a Korean organisation name. As [start, end) offsets, in order.
 */
function wordsWithSuffix(text: string, finder: RegExp): [number, number][] {
  const words: [number, number][] = [];
  finder.lastIndex = 0;
  for (let hit = finder.exec(text); hit; hit = finder.exec(text)) {
    let start = hit.index;
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
    let end = hit.index + hit[0].length;
    while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
    finder.lastIndex = end;
    for (let i = start; i < end; i++) {
      if (isHangulCode(text.charCodeAt(i))) {
        words.push([start, end]);
        break;
      }
    }
  }
  return words;
}

/**
 * The name in the word text[start, end): the longest stem that is the whole word or the word less a particle,
 * three characters or more, and ends in a suffix (the longest) with two or more characters before it.
 */
function nameInWord(text: string, start: number, end: number, names: NameMarks) {
  for (const particle of names.afterName) {
    const cut = end - particle.length;
    if (cut - start < 3) return undefined;
    if (!text.startsWith(particle, cut)) continue;
    for (const suffix of names.suffixes) {
      if (cut - start - suffix.length >= 2 && text.startsWith(suffix, cut - suffix.length)) return { end: cut, suffix };
    }
  }
  return undefined;
}

/** Korean words that end in an organisation suffix, or in one followed by a particle. */
function koreanCandidates(text: string, cues: Cues): Mention[] {
  const { particles, names } = compileCues(cues);
  const found: Mention[] = [];
  for (const [start, end] of wordsWithSuffix(text, names.suffixFinder)) {
    const name = nameInWord(text, start, end, names);
    if (!name) continue;
    const role = particles.roleOf.get(text.slice(name.end, end));
    found.push({ id: text.slice(start, name.end), type: cues.suffixes[name.suffix], start, end: name.end, role });
  }
  return found;
}

/**
 * Names of possible new entities that no known mention covers: Latin proper names and Korean organisation
 * names, each with a proposed id.
 */
export function findCandidates(text: string, known: readonly Mention[], cues: Cues): Mention[] {
  const taken = new Uint8Array(text.length);
  for (const k of known) taken.fill(1, k.start, k.end);
  const covered = (m: Mention) => {
    for (let at = m.start; at < m.end; at++) if (taken[at] === 1) return true;
    return false;
  };
  const found: Mention[] = [];
  for (const m of [...latinCandidates(text, cues), ...koreanCandidates(text, cues)]) {
    if (covered(m)) continue;
    const id = slugify(m.id) || m.id;
    if (id.length > 0) found.push({ id, type: m.type, start: m.start, end: m.end, role: m.role });
  }
  return found;
}

/** The distinct candidates found in the text, most mentioned first, named as first written. */
export function tallyCandidates(mentions: readonly Mention[], text: string, known: { has(id: string): boolean }) {
  const byId = new Map<string, CandidateEntity>();
  for (const m of mentions) {
    if (known.has(m.id)) continue;
    const entry = byId.get(m.id) ?? { id: m.id, name: text.slice(m.start, m.end), type: m.type, count: 0 };
    entry.count++;
    byId.set(m.id, entry);
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}
