import type { Cues } from '../../schema/cues';
import { everyCode, isHangulCode, isWordCode } from '../text';
import { CueMatcher } from './cue-match';

/** The Korean case particles of the lexicon. */
/** The grammatical role a particle gives the name before it. */
export type Role = 'subject' | 'object' | 'with' | 'source';

export interface Particles {
  /** The Hangul particles, longest first, with the role each marks: what can be attached after a name. */
  attached: { particle: string; role: Role }[];
  /** The role each particle marks; a particle listed under two roles marks the first of source, subject, object, with. */
  roleOf: Map<string, Role>;
}

/** What marks the name of a new entity. */
export interface NameMarks {
  /** Capitalised words that are not names. */
  stopwords: Set<string>;
  /** Korean organisation suffixes, longest first. */
  suffixes: string[];
  /** Finds the suffixes that can occur inside a word, to find the words worth looking at. */
  suffixFinder: RegExp;
  /** What can follow a name inside its word, shortest first: nothing, or a particle. */
  afterName: string[];
  /** Generic technical vocabulary: never a name. */
  terms: Set<string>;
  /** Korean family names of one syllable. */
  surnames: Set<string>;
}

/** Titles of people (회장, CEO, chief executive), found in one scan. */
export interface Titles {
  /** Every title, longest first, case-insensitive (the caller checks where words end). */
  finder: RegExp;
  /** A title at a given place, after optional space and 의 or 's (sticky: set lastIndex). */
  at: RegExp;
  /** A Latin title right before a name: "chief executive " at the end of a slice. */
  latinBefore: RegExp;
  /** The role of each title, by its lower-cased form. */
  roleOf: Map<string, string>;
  /** The titles as written, in lower case and capitalised: a word of a Latin name run that is a title (CEO). */
  words: Set<string>;
  /** Whether a Korean particle starts at `at` (CEO는, 회장과): a title may carry one. */
  particleAt: (text: string, at: number) => boolean;
}

/** LOCATED_IN by word order: what may stand between a place and an organisation, and before an event. */
export interface Located {
  /** The gap between a place and the organisation in it: text[place.end, org.start) matches it whole. */
  gap: RegExp;
  /** The gap between a place and an event held or a facility built there: 에서 열린 '…, 에 조성 중인 '… */
  held: RegExp;
}

/** The cue lexicon made ready for scanning text: automata, tables and regular expressions. */
export interface CompiledCues {
  /** The cue words of relation types, of status, and Korean verbs of receiving (`reversing`). */
  cueWords: CueMatcher<'relations' | 'status' | 'reversing'>;
  /** "by"/"from" (the lexicon's passive words) right before a name: the name is the giver. */
  passive: RegExp;
  /** A Korean adnominal ending and space, the whole gap between a cue and the name it describes: 설립[한 ]라피더스. */
  adnominal: RegExp;
  particles: Particles;
  names: NameMarks;
  titles: Titles;
  located: Located;
}

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]) =>
  words.length > 0
    ? [...words]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')
    : '(?!)';

function compileTitles(cues: Cues, particles: Particles): Titles {
  const words = Object.keys(cues.titles);
  const latin = words.filter((word) => !/[\uAC00-\uD7A3]/.test(word));
  const any = alternation(words);
  return {
    finder: new RegExp(any, 'gi'),
    at: new RegExp(`\\s*(?:의\\s*|['’]s\\s+)?(${any})`, 'iy'),
    latinBefore: new RegExp(`(?:^|[^A-Za-z])(${alternation(latin)})\\s+$`, 'i'),
    roleOf: new Map(Object.entries(cues.titles).map(([word, role]) => [word.toLowerCase(), role])),
    words: new Set(words.flatMap((word) => [word, word.toLowerCase(), word[0]?.toUpperCase() + word.slice(1)])),
    particleAt: (text, at) => particles.attached.some(({ particle }) => text.startsWith(particle, at)),
  };
}

function compileLocated(cues: Cues): Located {
  return {
    gap: new RegExp(`^(?:의|['’]s)?\\s+(?:(?:${alternation(cues.located.between)})\\s+)?$|^['’]s\\s+$`),
    held: new RegExp(`^에(?:서)?\\s+(?:${alternation(cues.located.held)})\\s*['‘’"“”「『]?$`),
  };
}

function compileParticles(cues: Cues): Particles {
  const pairs = (['source', 'subject', 'object', 'with'] as const).flatMap((role) =>
    cues.particles[role].map((particle): [string, Role] => [particle, role]),
  );
  const roleOf = new Map<string, Role>();
  for (const [particle, role] of pairs) if (!roleOf.has(particle)) roleOf.set(particle, role);
  const attached = pairs
    .filter(([particle]) => everyCode(particle, isHangulCode))
    .map(([particle, role]) => ({ particle, role }));
  return { attached: attached.sort((a, b) => b.particle.length - a.particle.length), roleOf };
}

function compileNameMarks(cues: Cues, particles: Particles): NameMarks {
  const suffixes = Object.keys(cues.suffixes).sort((a, b) => b.length - a.length);
  // Characters of words are not special in a regular expression: the suffixes need no escaping.
  const findable = suffixes.filter((suffix) => everyCode(suffix, isWordCode));
  return {
    stopwords: new Set(cues.stopwords),
    suffixes,
    suffixFinder: new RegExp(findable.length > 0 ? findable.join('|') : '(?!)', 'g'),
    afterName: ['', ...particles.roleOf.keys()].sort((a, b) => a.length - b.length),
    terms: new Set(cues.terms),
    surnames: new Set(cues.surnames),
  };
}

const compiled = new WeakMap<Cues, CompiledCues>();

/**
 * The lexicon compiled, once per lexicon object: `loadCues` compiles it as it loads it, and the result is kept
 * for as long as the lexicon lives. A lexicon is not changed after it is loaded.
 */
export function compileCues(cues: Cues): CompiledCues {
  let done = compiled.get(cues);
  if (!done) {
    const particles = compileParticles(cues);
    done = {
      cueWords: new CueMatcher({
        relations: cues.relations,
        status: cues.status.cues,
        reversing: { reversing: cues.reversing },
      }),
      passive: new RegExp(`\\b(?:${cues.passive.en.join('|')})\\s+$`, 'i'),
      adnominal: new RegExp(`^(?:${alternation(cues.adnominal)})\\s+$`),
      particles,
      names: compileNameMarks(cues, particles),
      titles: compileTitles(cues, particles),
      located: compileLocated(cues),
    };
    compiled.set(cues, done);
  }
  return done;
}
