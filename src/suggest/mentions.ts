import { leftmostLongest } from './aho-corasick';
import type { Cues } from './cues';
import type { Dictionary } from './dictionary';
import { foldAscii, hangulRun, isHangul, isLatinOrDigit } from './text';

export type Role = 'subject' | 'object' | 'with' | 'source';

/** An entity named in the text, with the Korean particle attached to the name, if any. */
export interface Mention {
  id: string;
  type?: string;
  start: number;
  end: number;
  role?: Role;
}

/** A name must not be cut out of a longer Latin word, nor a short Korean name out of a longer Korean word. */
function standsAlone(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  const before = text[start - 1];
  if (isLatinOrDigit(name[0]) && isLatinOrDigit(before)) return false;
  if (isLatinOrDigit(name[name.length - 1]) && isLatinOrDigit(text[end])) return false;
  return !(isHangul(name[0]) && name.length <= 2 && isHangul(before));
}

/** Finds every known name in one pass, keeps the leftmost-longest, and reads the particle after each. */
export function findMentions(text: string, dictionary: Dictionary, cues: Cues): Mention[] {
  const folded = foldAscii(text);
  const hits = leftmostLongest(
    [...dictionary.matcher.search(folded)].filter((hit) => standsAlone(text, hit.start, hit.end)),
  );
  const roles = particleRoles(cues);
  return hits.map((hit) => {
    const entry = dictionary.entries[hit.pattern];
    return {
      id: entry?.id ?? '',
      type: entry?.type,
      start: hit.start,
      end: hit.end,
      role: particleRole(hangulRun(text, afterAside(text, hit.end)), roles),
    };
  });
}

/** Where the particle of a name starts: past an aside in brackets and closing quotes, as in 제너럴모터스(GM)와. */
function afterAside(text: string, end: number): number {
  const aside = /^(?:\s?\([^()\n]{0,40}\))?["'’”」』)]*/.exec(text.slice(end, end + 48));
  return end + (aside?.[0].length ?? 0);
}

/** Particles, longest first, with the role each marks. */
export function particleRoles(cues: Cues): [string, Role][] {
  const pairs = (['source', 'subject', 'object', 'with'] as const).flatMap((role) =>
    cues.particles[role].map((particle): [string, Role] => [particle, role]),
  );
  return pairs.sort((a, b) => b[0].length - a[0].length);
}

/** The role of the longest particle that starts the Hangul run after a name. */
export function particleRole(run: string, roles: readonly [string, Role][]): Role | undefined {
  return roles.find(([particle]) => run.startsWith(particle))?.[1];
}
