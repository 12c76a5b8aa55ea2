import type { Cues } from '../../schema/cues';
import { compileCues } from '../cues/compiled-cues';
import { codeAt, isHangulCode, isLatinOrDigitCode } from '../text';
import type { Dictionary } from './dictionary';
import { type Mention, markedMention, overlapsAny } from './mentions';

/** Before an English short form: "the" (the Commission). */
const THE_BEFORE = /\b[Tt]he\s$/;

/**
 * Governments and research bodies written by a short form after the text named them in full: "the Commission" after
 * "the European Commission", 집행위는 after EU 집행위원회. Each stands for the last body named before it with that form.
 */
export function shortNameMentions(
  text: string,
  known: readonly Mention[],
  dictionary: Dictionary,
  cues: Cues,
): Mention[] {
  const named = known.filter((m) => dictionary.shortNames.has(m.id));
  if (named.length === 0) return [];
  const compiled = compileCues(cues);
  const found: Mention[] = [];
  const forms = new Set(named.flatMap((m) => dictionary.shortNames.get(m.id) ?? []));
  for (const form of forms) {
    const korean = isHangulCode(form.charCodeAt(0));
    for (let start = text.indexOf(form); start >= 0; start = text.indexOf(form, start + 1)) {
      const end = start + form.length;
      const alone = korean
        ? !isHangulCode(codeAt(text, start - 1))
        : !isLatinOrDigitCode(codeAt(text, end)) && THE_BEFORE.test(text.slice(Math.max(0, start - 4), start));
      if (!alone || overlapsAny(known, start, end)) continue;
      const body = named.findLast((m) => m.end <= start && dictionary.shortNames.get(m.id)?.includes(form));
      if (!body) continue;
      const next = known.find((m) => m.start >= end)?.start ?? text.length;
      found.push(markedMention(text, start, end, { id: body.id, type: body.type ?? 'Government' }, next, compiled));
    }
  }
  return found;
}
