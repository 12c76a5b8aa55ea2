import type { Cues } from '../../schema/cues';
import { compileCues, type Role } from '../cues/compiled-cues';
import { codeAt, isHangulCode, isLatinOrDigitCode, isWordCode } from '../text';
import { leftmostLongest } from './aho-corasick';
import type { Dictionary } from './dictionary';

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
  const first = text.charCodeAt(start);
  const before = codeAt(text, start - 1);
  if (isLatinOrDigitCode(first) && isLatinOrDigitCode(before)) return false;
  if (isLatinOrDigitCode(text.charCodeAt(end - 1)) && isLatinOrDigitCode(codeAt(text, end))) return false;
  return !(isHangulCode(first) && end - start <= 2 && isHangulCode(before));
}

/** Finds every known name in one pass, keeps the leftmost-longest, and reads the particle after each. */
export function findMentions(text: string, dictionary: Dictionary, cues: Cues): Mention[] {
  const hits = leftmostLongest(
    dictionary.matcher.search(text, 0, text.length, (start, end) => standsAlone(text, start, end)),
  );
  const { attached } = compileCues(cues).particles;
  const mentions: Mention[] = [];
  for (const hit of hits) {
    const entry = dictionary.entries[hit.pattern];
    const particleAt = afterAside(text, hit.end);
    mentions.push({
      id: entry?.id ?? '',
      type: entry?.type,
      start: hit.start,
      end: hit.end,
      role: attached.find(({ particle }) => text.startsWith(particle, particleAt))?.role,
    });
  }
  return mentions;
}

/** An aside in brackets and closing quotes after a name, as in 제너럴모터스(GM)와, read at most this far. */
const ASIDE = /(?:\s?\([^()\n]{0,40}\))?["'’”」』)]*/y;
const ASIDE_REACH = 48;

/** Where the particle of a name starts: past an aside in brackets and closing quotes. */
function afterAside(text: string, end: number): number {
  if (isWordCode(codeAt(text, end))) return end; // a syllable, letter or digit: the particle itself, or none
  ASIDE.lastIndex = end;
  return end + Math.min(ASIDE.exec(text)?.[0].length ?? 0, ASIDE_REACH);
}
