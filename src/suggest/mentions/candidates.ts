import type { Cues } from '../../schema/cues';
import { compileCues, type NameMarks, type Titles } from '../cues/compiled-cues';
import { allMatches, codeAt, isHangulCode, isLatinOrDigitCode, isWordCode } from '../text';
import type { Mention } from './mentions';
import { slugify } from './romanize';

/** A proposed new entity: its name as written, a proposed id and, when the name tells, a type. */
export interface CandidateEntity {
  id: string;
  name: string;
  type?: string;
  count: number;
}

const LATIN_NAME = /\b[A-Z][A-Za-z0-9&'’.-]*[A-Za-z0-9](?:\s+[A-Z][A-Za-z0-9&'’.-]*[A-Za-z0-9])*/g;

/** A model name: capitals then digits, as one word (A100, H100, GPT-4, Galaxy S24): a Product. */
const MODEL = /^[A-Z]{1,6}-?\d{1,4}[A-Za-z]{0,2}$/;

/** A title after a Latin name: "Jensen Huang, CEO", "Sam Altman, the chief executive". */
const TITLE_AFTER = /,\s*(?:the\s+)?/y;

const PERSON = 'Person';

/** Whether a Latin title (CEO, chief executive) stands right before `start`, or right after `end` past a comma. */
function titledLatin(text: string, start: number, end: number, titles: Titles): boolean {
  if (titles.latinBefore.test(text.slice(Math.max(0, start - 24), start))) return true;
  TITLE_AFTER.lastIndex = end;
  if (!TITLE_AFTER.exec(text)) return false;
  titles.at.lastIndex = TITLE_AFTER.lastIndex;
  const title = titles.at.exec(text);
  return title !== null && !isLatinOrDigitCode(codeAt(text, titles.at.lastIndex)) && !/^[가-힣]/.test(title[1] ?? '');
}

/**
 * Runs of capitalised words, less the stop words and generic terms that open them, cut at a title (the words
 * after "CEO" in "Nvidia CEO Jensen Huang" name a person), with a type when the last word or a title tells.
 */
function latinCandidates(text: string, cues: Cues): Mention[] {
  const { names, titles } = compileCues(cues);
  const found: Mention[] = [];
  for (const match of allMatches(LATIN_NAME, text)) {
    let words = match[0].split(/\s+/);
    const cut = lastTitle(words, titles.words);
    const titled = cut >= 0 && cut < words.length - 1;
    if (titled) words = words.slice(cut + 1);
    while (words.length > 0 && notName(words[0] as string, names)) words.shift();
    const name = words.join(' ');
    // A lone organisation word ("Department" of "U.S. Department of Commerce") is not a name.
    if (name.length < 3 || notName(name, names) || (words.length === 1 && name in cues.latinSuffixes)) continue;
    const start = match.index + match[0].length - name.length;
    const end = start + name.length;
    const last = words.at(-1) as string;
    const person = titled || (words.length >= 2 && titledLatin(text, start, end, titles));
    const type = person
      ? PERSON
      : (cues.latinSuffixes[last.replace(/\.$/, '')] ?? (MODEL.test(last) ? 'Product' : undefined));
    found.push({ id: name, type, start, end, role: undefined });
  }
  return found;
}

/** A stop word or a generic term: not a name, nor the first word of one. */
const notName = (word: string, names: NameMarks) => names.stopwords.has(word) || names.terms.has(word);

/** The index of the last word that is a title, or -1 (a loop: no closure per name run). */
function lastTitle(words: readonly string[], titleWords: ReadonlySet<string>): number {
  for (let i = words.length - 1; i >= 0; i--) if (titleWords.has(words[i] as string)) return i;
  return -1;
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
 * three characters or more, and ends in a suffix (the longest) with two or more characters before it that do not
 * only say a kind (사립[대학]으로 is no name).
 */
function nameInWord(text: string, start: number, end: number, names: NameMarks) {
  for (const particle of names.afterName) {
    const cut = end - particle.length;
    if (cut - start < 3) return undefined;
    if (!text.startsWith(particle, cut)) continue;
    for (const suffix of names.suffixes) {
      const stem = cut - suffix.length;
      if (stem - start < 2 || !text.startsWith(suffix, stem)) continue;
      return names.kindModifiers.has(text.slice(start, stem)) ? undefined : { end: cut, suffix };
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
    const particle = text.slice(name.end, end);
    const role = particles.roleOf.get(particle);
    const marked = role ? { role, particle } : {};
    found.push({ id: text.slice(start, name.end), type: cues.suffixes[name.suffix], start, end: name.end, ...marked });
  }
  return found;
}

/** The Hangul word that ends at `end` (exclusive): its start, when it is 1–4 syllables after a space or the start. */
function hangulWordBefore(text: string, end: number): number | undefined {
  let start = end;
  while (start > 0 && isHangulCode(text.charCodeAt(start - 1))) start--;
  const length = end - start;
  if (length < 1 || length > 4 || isWordCode(codeAt(text, start - 1))) return undefined;
  return start;
}

/** Where a three-syllable word starts that stands right before the known name ending at `end`, if one does. */
function nameBeforeKnown(text: string, end: number, taken: Uint8Array): number | undefined {
  let start = end;
  while (start > 0 && taken[start - 1] === 1) start--;
  if (text.charCodeAt(start - 1) !== 32) return undefined;
  const word = hangulWordBefore(text, start - 1);
  return word !== undefined && start - 1 - word === 3 && !TIME_WORD_END.test(text[word + 2] as string)
    ? word
    : undefined;
}

/** The last syllable of a word of time, not of a name: 지난[달], 지난[해], 이[날]. */
const TIME_WORD_END = /[달해날]/;

/**
 * Korean names of people, by a title written after them: 젠슨 황 CEO는, 손정의 회장과, 니시무라 야스토시 장관.
 * The word right before the title is the name (1–4 syllables, not ending in a particle, not a stop word, not a
 * surname alone); the
 * word before it joins it when one of the two has one syllable (젠슨 황, 손 마사요시) or both have 3–4 (foreign
 * names such as 사티아 나델라), and no known name covers it.
 */
function koreanPeople(text: string, cues: Cues, taken: Uint8Array): Mention[] {
  const { names, titles, particles } = compileCues(cues);
  const endsInParticle = (start: number, end: number) =>
    particles.attached.some(
      ({ particle }) => end - start > particle.length && text.startsWith(particle, end - particle.length),
    );
  const usable = (start: number, end: number) =>
    !names.stopwords.has(text.slice(start, end)) &&
    !titles.senseOf.has(text.slice(start, end).toLowerCase()) &&
    !endsInParticle(start, end) &&
    taken[start] !== 1 &&
    taken[end - 1] !== 1;
  // A Korean full name (정의선, 최태원) is one word: the word before it (현대차, 한국) is not part of it.
  const koreanName = (start: number, end: number) => end - start === 3 && names.surnames.has(text[start] as string);
  const found: Mention[] = [];
  for (const hit of allMatches(titles.finder, text)) {
    const at = hit.index;
    const after = at + hit[0].length;
    if (text.charCodeAt(at - 1) !== 32 || isLatinOrDigitCode(codeAt(text, after))) continue;
    if (isHangulCode(codeAt(text, after)) && !titles.particleAt(text, after)) continue;
    if (titles.nounTitles.has(hit[0].toLowerCase())) continue;
    const end = at - 1;
    // 홍범식 [LG유플러스] 사장은: a Korean full name before a known organisation and its title.
    const heldAt = taken[end - 1] === 1 ? nameBeforeKnown(text, end, taken) : undefined;
    if (heldAt !== undefined && usable(heldAt, heldAt + 3) && koreanName(heldAt, heldAt + 3)) {
      found.push({ id: text.slice(heldAt, heldAt + 3), type: PERSON, start: heldAt, end: heldAt + 3, role: undefined });
      continue;
    }
    const start = hangulWordBefore(text, end);
    if (start === undefined || !usable(start, end)) continue;
    let first = start;
    const before = text.charCodeAt(start - 1) === 32 ? hangulWordBefore(text, start - 1) : undefined;
    if (before !== undefined && usable(before, start - 1) && !koreanName(start, end)) {
      const [a, b] = [start - 1 - before, end - start];
      if (a === 1 || b === 1 || (a >= 3 && b >= 3)) first = before;
    }
    // A surname alone (손 회장) is a reference to someone named in full elsewhere, not a name to propose.
    if (end - first >= 2) found.push({ id: text.slice(first, end), type: PERSON, start: first, end, role: undefined });
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
  for (const m of [
    ...latinCandidates(text, cues),
    ...koreanCandidates(text, cues),
    ...koreanPeople(text, cues, taken),
  ]) {
    if (covered(m)) continue;
    const id = slugify(m.id) || m.id;
    if (id.length > 0) found.push({ ...m, id });
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
