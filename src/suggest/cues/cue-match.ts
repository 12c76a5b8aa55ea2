import { AhoCorasick, type Hit } from '../mentions/aho-corasick';
import type { Sentence } from '../sentences/sentences';
import { isLatinOrDigitCode } from '../text';

/** A cue word found in a sentence, at text[at, end). */
export interface CueHit {
  label: string;
  at: number;
  end: number;
  korean: boolean;
}

/** Cue words by label, in Korean and in English. */
export type Lexicon = Partial<Record<string, { ko: string[]; en: string[] }>>;

/** A cue word: its lexicon, its label, and whether it is Korean. */
interface CueWord<Part extends string> {
  part: Part;
  label: string;
  korean: boolean;
}

/**
 * The words of several lexicons in one Aho–Corasick automaton, so that a sentence is scanned once for all of
 * them. Korean cues match anywhere, English cues at the start of a word; Latin letters match case-insensitively.
 */
export class CueMatcher<Part extends string> {
  private readonly parts: Part[];
  private readonly words: CueWord<Part>[] = [];
  private readonly automaton: AhoCorasick;

  constructor(lexicons: Record<Part, Lexicon>) {
    this.parts = Object.keys(lexicons) as Part[];
    const patterns: string[] = [];
    for (const part of this.parts) {
      for (const [label, words = { ko: [], en: [] }] of Object.entries(lexicons[part])) {
        for (const [korean, list] of [
          [true, words.ko],
          [false, words.en],
        ] as const) {
          for (const word of list) {
            this.words.push({ part, label, korean });
            patterns.push(word);
          }
        }
      }
    }
    this.automaton = new AhoCorasick(patterns);
  }

  /**
   * Every cue in the sentence text[start, end), by lexicon, in order (cues at the same place in the lexicon's
   * order), except those nested in a longer cue of the same lexicon.
   */
  match(text: string, { start, end }: Sentence): Record<Part, CueHit[]> {
    const found = {} as Record<Part, CueHit[]>;
    for (const part of this.parts) found[part] = [];
    const hits = sortByStart(this.automaton.search(text, start, end));
    for (const hit of hits) {
      const { part, label, korean } = this.words[hit.pattern] as CueWord<Part>;
      const wordStart = hit.start === start || !isLatinOrDigitCode(text.charCodeAt(hit.start - 1));
      // A cue that starts with a sign ("-based") attaches to the word before it: Seoul-based.
      if (korean || wordStart || !isLatinOrDigitCode(text.charCodeAt(hit.start))) {
        found[part].push({ label, at: hit.start, end: hit.end, korean });
      }
    }
    for (const part of this.parts) found[part] = withoutNested(found[part], text);
    return found;
  }
}

const comesBefore = (a: Hit, b: Hit) => a.start < b.start || (a.start === b.start && a.pattern < b.pattern);

/**
 * Sorts hits in place by start, then by pattern: an insertion sort, as a sentence has few cues and
 * Array.prototype.sort copies the array it sorts.
 */
function sortByStart(hits: Hit[]): Hit[] {
  for (let i = 1; i < hits.length; i++) {
    const hit = hits[i] as Hit;
    let j = i;
    for (; j > 0 && comesBefore(hit, hits[j - 1] as Hit); j--) hits[j] = hits[j - 1] as Hit;
    hits[j] = hit;
  }
  return hits;
}

/** A joint act: 공동 or 함께, then the act, which the cue states as well as the partnership (공동 개발, 함께 연구). */
const JOINTLY = /^(?:공동|함께)\s?$/;

/**
 * Drops a cue that lies inside a longer one: "invest" inside "investigat", 생산 inside 위탁생산; not the act of a joint
 * act (개발 in 공동 개발).
 */
function withoutNested(hits: CueHit[], text: string): CueHit[] {
  if (hits.length < 2) return hits;
  return hits.filter(
    (hit) =>
      !hits.some(
        (other) =>
          other !== hit &&
          other.at <= hit.at &&
          hit.end <= other.end &&
          other.end - other.at > hit.end - hit.at &&
          !(hit.end === other.end && JOINTLY.test(text.slice(other.at, hit.at))),
      ),
  );
}
