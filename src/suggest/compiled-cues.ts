import { CueMatcher } from './cue-match';
import type { Cues } from './cues';
import type { Role } from './mentions';
import { everyCode, isHangulCode, isWordCode } from './text';

/** The Korean case particles of the lexicon. */
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
}

/** The cue lexicon made ready for scanning text: automata, tables and regular expressions. */
export interface CompiledCues {
  /** The cue words of relation types, of status, and Korean verbs of receiving (`reversing`). */
  cueWords: CueMatcher<'relations' | 'status' | 'reversing'>;
  /** "by"/"from" (the lexicon's passive words) right before a name: the name is the giver. */
  passive: RegExp;
  particles: Particles;
  names: NameMarks;
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
      particles,
      names: compileNameMarks(cues, particles),
    };
    compiled.set(cues, done);
  }
  return done;
}
