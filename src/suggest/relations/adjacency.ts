import type { Located, Titles } from '../cues/compiled-cues';
import type { Mention } from '../mentions/mentions';
import { codeAt, isHangulCode, isLatinOrDigitCode } from '../text';

/**
 * Relations that word order states without a verb: a person written next to an organisation and a title
 * (엔비디아의 젠슨 황 CEO, Nvidia CEO Jensen Huang, 젠슨 황 엔비디아 최고경영자) LEADS it, and an organisation
 * written right after a place (일본 소프트뱅크, 대만의 TSMC, Taiwan's TSMC) is LOCATED_IN it.
 */
export interface AdjacentRelation {
  type: 'LEADS' | 'LOCATED_IN';
  from: Mention;
  to: Mention;
  role?: string;
}

const ORGANISATION = new Set(['Company', 'Government', 'ResearchOrg']);
const HOLDS_PLACE = new Set(['Company', 'Government', 'ResearchOrg', 'Facility', 'Event']);
/** What `Place에서 열린 …` and `Place에 조성 중인 …` introduce. */
const HELD_THERE = new Set(['Facility', 'Event']);

/** Between a name and a title, or a title and a name: nothing but space, 의 or 's. */
const OWNER_GAP = /^(?:의|['’]s)?\s*$/;
/** "Jensen Huang, CEO of Nvidia": the title between the person and the organisation. */
const TITLE_OF = /^,\s*(?:the\s+)?(.+?)\s+(?:of|at)\s+$/i;
/** A person named before the organisation: "젠슨 황 엔비디아 …", "Jensen Huang, Nvidia's CEO". */
const PERSON_GAP = /^,?\s+$/;

/**
 * The role of the title at `at` (after optional space, 의 or 's), when a whole title word stands there: a
 * particle may follow it (CEO는, 회장과), another syllable may not (대표적인).
 */
function titleAt(text: string, at: number, titles: Titles): string | undefined {
  titles.at.lastIndex = at;
  const hit = titles.at.exec(text);
  if (!hit) return undefined;
  const end = titles.at.lastIndex;
  const next = codeAt(text, end);
  if (isLatinOrDigitCode(next) || (isHangulCode(next) && !titles.particleAt(text, end))) return undefined;
  return titles.roleOf.get((hit[1] as string).toLowerCase());
}

/** The role of a gap that is exactly a title (with 의/'s before it): 엔비디아의 [수장] 샘 올트먼. */
function titleGap(gap: string, titles: Titles): string | undefined {
  const match = /^(?:의|['’]s)?\s*(.+?)\s*$/.exec(gap);
  const word = match?.[1];
  return word !== undefined && word.length <= 20 ? titles.roleOf.get(word.toLowerCase()) : undefined;
}

function leads(text: string, mentions: readonly Mention[], i: number, titles: Titles): AdjacentRelation | undefined {
  const person = mentions[i] as Mention;
  const before = mentions[i - 1];
  if (before && ORGANISATION.has(before.type ?? '')) {
    const gap = text.slice(before.end, person.start);
    if (gap.length <= 24) {
      const role = OWNER_GAP.test(gap) ? titleAt(text, person.end, titles) : titleGap(gap, titles);
      if (role) return { type: 'LEADS', from: person, to: before, role };
    }
  }
  const after = mentions[i + 1];
  if (after && ORGANISATION.has(after.type ?? '')) {
    const gap = text.slice(person.end, after.start);
    if (gap.length <= 32) {
      const role = PERSON_GAP.test(gap)
        ? titleAt(text, after.end, titles)
        : titles.roleOf.get(TITLE_OF.exec(gap)?.[1]?.toLowerCase() ?? '');
      if (role) return { type: 'LEADS', from: person, to: after, role };
    }
  }
  return undefined;
}

function locatedIn(text: string, place: Mention, next: Mention | undefined, located: Located) {
  if (!next || !HOLDS_PLACE.has(next.type ?? '')) return undefined;
  const gap = text.slice(place.end, next.start);
  if (gap.length > 32) return undefined;
  // Only Korean writes a place bare before a name (일본 소프트뱅크); English needs "Japan's SoftBank".
  const bare = /^\s+$/.test(gap) && !isHangulCode(text.charCodeAt(place.end - 1));
  if (bare || !(located.gap.test(gap) || (HELD_THERE.has(next.type ?? '') && located.held.test(gap)))) return undefined;
  return { type: 'LOCATED_IN' as const, from: next, to: place };
}

const NONE: AdjacentRelation[] = [];

/** The LEADS and LOCATED_IN relations that the order of the sentence's mentions states. */
export function adjacentRelations(
  text: string,
  mentions: readonly Mention[],
  titles: Titles,
  located: Located,
): AdjacentRelation[] {
  let found: AdjacentRelation[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i] as Mention;
    let relation: AdjacentRelation | undefined;
    if (mention.type === 'Person') relation = leads(text, mentions, i, titles);
    else if (mention.type === 'Place') relation = locatedIn(text, mention, mentions[i + 1], located);
    if (relation) {
      found ??= [];
      found.push(relation);
    }
  }
  return found ?? NONE;
}
