import type { Mention } from '../mentions/mentions';
import type { AdjacentRelation } from './adjacency';
import { clauseBreak, newTopic } from './korean-clauses';

const OPENED = new Set(['Facility']);
/** The topic marks of a Korean facility, which hold through the sentence's clauses. */
const TOPIC = /^(?:은|는)$/;
/** The subject marks of a Korean facility, which hold in its clause. */
const SUBJECT = /^(?:이|가)$/;

/**
 * After a place, at most two more words of its address, 에, at most a word and a verb of opening or building, or its
 * adnominal form before the copula's noun: 오사카시[ 고노하나구에 문을 열었으며], 기장군[에 연 테마파크로].
 */
const OPENED_THERE_KO =
  /^(?:\s+[^\s,.]+?){0,2}?에\s+(?:[^\s,.]+\s+)?(?:문을\s+(?:열|연)|개장|개관|개원|준공|완공|들어섰|들어선|지어졌|세워졌|연\s+[가-힣]+(?:으로|로|이다|다)[\s,.])/;
/** Between an English facility and its place: "[, which opened in 1992 in ]Marne-la-Vallée", "[ opened on ]Lantau Island". */
const OPENED_THERE_EN =
  /^(?:,\s+which)?\s+(?:first\s+)?(?:opened|was built|was completed)(?:\s+in\s+\d{4})?\s+(?:in|on|at)\s+(?:the\s+)?$/;

/** A facility said to have opened or been built at a place: LOCATED_IN, facility → place. */
export function openedAt(text: string, mentions: readonly Mention[]): AdjacentRelation[] {
  if (!mentions.some((m) => OPENED.has(m.type ?? ''))) return [];
  let found: AdjacentRelation[] | undefined;
  mentions.forEach((place, i) => {
    if (place.type !== 'Place') return;
    let f = i - 1;
    while (f >= 0 && !OPENED.has(mentions[f]?.type ?? '')) f--;
    const facility = mentions[f];
    if (!facility) return;
    const marked = facility.particle ?? '';
    // 유니버설 스튜디오 재팬은 … 냈으며, 디즈니는 … 우라야스시에 문을 열었다: a later topic, or a subject past a clause's
    // end, opens it, not the facility.
    const otherActor = () =>
      newTopic(text, facility.end, place.start) ||
      mentions
        .slice(f + 1, i)
        .some(
          (m) =>
            TOPIC.test(m.particle ?? '') ||
            (SUBJECT.test(m.particle ?? '') && clauseBreak(text, facility.end, m.start)),
        );
    const korean =
      (TOPIC.test(marked) || (SUBJECT.test(marked) && !clauseBreak(text, facility.end, place.start))) &&
      OPENED_THERE_KO.test(text.slice(place.end, place.end + 32)) &&
      !otherActor();
    const english = OPENED_THERE_EN.test(text.slice(facility.end, place.start));
    if (!korean && !english) return;
    found ??= [];
    found.push({ type: 'LOCATED_IN', from: facility, to: place, basis: 'place' });
  });
  return found ?? [];
}
