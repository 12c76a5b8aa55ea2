import type { Cues } from '../../schema/cues';
import { compileCues } from '../cues/compiled-cues';
import { allMatches, codeAt, isHangulCode, isLatinOrDigitCode } from '../text';
import { type Mention, ORGANISATION_TYPES } from './mentions';

/**
 * A word that names parties of the previous sentence: 양사는 (its two organisations), 이 회사는 (its actor); or, of no
 * width, the party whose role a role noun opening a sentence names (경쟁사인 삼성전자는: the text's main organisation).
 */
export interface Anaphor {
  start: number;
  end: number;
  kind: 'pair' | 'single' | 'possessor';
}

const COMPANIES = new Set(['Company', 'ResearchOrg']);

/** A particle of place or means: an organisation marked so (거래소에 상장했으며) is the setting, not what 이 회사 is. */
const ONLY_A_SETTING = /^(?:에|에서|에게|로|으로)$/;

/** Before a word that opens a sentence: the text's start, a line break, or a sentence's end and space. */
const SENTENCE_START = /(?:^|\n\s*|[.!?]["'”’)]?\s+)$/;

/** After an opening "It" that stands for nothing: "It is not clear whether …", "It was reported that …". */
const EXPLETIVE =
  /^\s+(?:is|was|'s|’s|seems|seemed|appears|appeared|remains|remained|has been|had been|will be|would be)\s+(?:not\s+|also\s+|still\s+)?(?:clear|unclear|likely|unlikely|expected|possible|impossible|understood|believed|thought|reported|said|known|unknown|time|too|the first|a sign)\b/;

/**
 * Every anaphor in the text: a Korean one must carry a particle (양사는), an English one is a word, a pronoun (It, Its)
 * one that opens a sentence; an English one may carry a place-based modifier (the Pittsburgh-based [steelmaker]),
 * which then describes what it stands for. A Korean role noun that opens a sentence (경쟁사인 삼성전자는) has an
 * anaphor of no width before it, for whose role it is.
 */
export function findAnaphora(text: string, cues: Cues): Anaphor[] {
  const { anaphora, particles } = compileCues(cues);
  const found: Anaphor[] = [];
  for (const hit of allMatches(anaphora.finder, text)) {
    const start = hit.index;
    const end = start + hit[0].length;
    const latin = isLatinOrDigitCode(text.charCodeAt(start));
    const stands = latin
      ? !isLatinOrDigitCode(codeAt(text, start - 1)) && !isLatinOrDigitCode(codeAt(text, end))
      : particles.attached.some(({ particle }) => text.startsWith(particle, end)) &&
        !isHangulCode(codeAt(text, start - 1));
    if (stands) found.push({ start, end, kind: anaphora.kindOf.get(hit[0].toLowerCase()) ?? 'single' });
  }
  const plain = found.length;
  for (const hit of allMatches(anaphora.opening, text)) {
    const end = hit.index + hit[0].length;
    if (
      SENTENCE_START.test(text.slice(Math.max(0, hit.index - 4), hit.index)) &&
      !EXPLETIVE.test(text.slice(end, end + 40))
    )
      found.push({ start: hit.index, end, kind: 'single' });
  }
  for (const hit of allMatches(anaphora.based, text)) {
    const end = hit.index + hit[0].length;
    found.push({ start: end - (hit[1] as string).length, end, kind: 'single' });
  }
  // 경쟁사인 삼성전자는: a role noun that opens a sentence names a role of the text's main organisation.
  for (const hit of allMatches(anaphora.roleOpening, text)) {
    if (SENTENCE_START.test(text.slice(Math.max(0, hit.index - 4), hit.index)))
      found.push({ start: hit.index, end: hit.index, kind: 'possessor' });
  }
  return found.length > plain ? found.sort((a, b) => a.start - b.start) : found;
}

/**
 * The mentions an anaphor stands for, placed where it is written and with its particle: for `pair`, the two acting
 * organisations (subject or partner) of the last sentence that named organisations, else its first two; for
 * `single`, its acting organisation, else its first.
 */
export function resolveAnaphor(text: string, anaphor: Anaphor, previous: readonly Mention[], cues: Cues): Mention[] {
  // "The company", 이 회사: one organisation of the previous sentence, but not its government.
  const kinds = anaphor.kind === 'single' ? COMPANIES : ORGANISATION_TYPES;
  const organisations = previous.filter((m) => kinds.has(m.type ?? ''));
  const distinct = organisations.filter((m, i) => organisations.findIndex((o) => o.id === m.id) === i);
  const acting = distinct.filter((m) => m.role === 'subject' || m.role === 'with');
  const referents =
    anaphor.kind === 'pair'
      ? (acting.length >= 2 ? acting : distinct).slice(0, 2)
      : [acting[0] ?? distinct.find((m) => !ONLY_A_SETTING.test(m.particle ?? ''))].filter((m) => m !== undefined);
  if (anaphor.kind === 'pair' && referents.length < 2) return [];
  const marked = compileCues(cues).particles.attached.find(({ particle }) => text.startsWith(particle, anaphor.end));
  return referents.map(({ id, type }) => ({
    id,
    type,
    start: anaphor.start,
    end: anaphor.end,
    role: marked?.role,
    particle: marked?.particle,
  }));
}
