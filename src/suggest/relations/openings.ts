import type { Mention } from '../mentions/mentions';
import type { Sentence } from '../sentences/sentences';
import type { AdjacentRelation } from './adjacency';
import { clauseBreak, newTopic } from './korean-clauses';

/** Organisations open only themselves at a place; a facility may be built there too. */
const ORGANISATIONS = new Set(['Company', 'Government', 'ResearchOrg']);
/** The topic marks of a Korean facility or organisation, which hold through the sentence's clauses. */
const TOPIC = /^(?:은|는)$/;
/** The subject marks of a Korean facility, which hold in its clause. */
const SUBJECT = /^(?:이|가)$/;

/**
 * After a place, at most two more words of its address, 에, at most a word and a verb of opening or building, or its
 * adnominal form before the copula's noun: 오사카시[ 고노하나구에 문을 열었으며], 기장군[에 연 테마파크로].
 */
const OPENED_THERE_KO =
  /^(?:\s+[^\s,.]+?){0,2}?에\s+(?:[^\s,.]+\s+)?(?:문을\s+(?:열|연)|개장|개관|개원|준공|완공|들어섰|들어선|지어졌|세워졌|연\s+[가-힣]+(?:으로|로|이다|다)[\s,.])/;
/**
 * After a place, at most two more words of its address, 에 or 에서, and a verb of an organisation's own opening, with
 * nothing between and no noun it describes: 고양시 일산동구[에서 문을 열었다], 천안시[에 개교했다] (not 평택[에 공장을
 * 준공했다], nor 풍납동[에 문을 연 종합병원으로], whose opener is another).
 */
const ORGANISATION_OPENED_THERE_KO =
  /^(?:\s+[^\s,.]+?){0,2}?에(?:서)?\s+(?:문을\s+열|개교[하했]|개원[하했]|개관[하했])/;
/** Between an English facility and its place: "[, which opened in 1992 in ]Marne-la-Vallée", "[ opened on ]Lantau Island". */
const OPENED_THERE_EN =
  /^(?:,\s+which)?\s+(?:first\s+)?(?:opened|was built|was completed)(?:\s+in\s+\d{4})?\s+(?:in|on|at)\s+(?:the\s+)?$/;

/** Words that say an organisation is elsewhere now: 지금은, 현재는, 옮겼다, 이전했다. */
const MOVED_SINCE = /(?:지금은|현재는|옮겼|옮긴|이전했|이전한)/;

const opens = (m: Mention) =>
  m.type === 'Facility' || (ORGANISATIONS.has(m.type ?? '') && TOPIC.test(m.particle ?? ''));

/** A facility or organisation said to have opened (or a facility built) at a place: LOCATED_IN, it → place. */
export function openedAt(text: string, sentence: Sentence, mentions: readonly Mention[]): AdjacentRelation[] {
  if (!mentions.some(opens)) return [];
  let found: AdjacentRelation[] | undefined;
  mentions.forEach((place, i) => {
    if (place.type !== 'Place') return;
    // The nearest facility before the place, or an organisation that is the topic (a partner or subject of a clause
    // inside the sentence opens nothing of its own: 파라다이스그룹이 세가사미홀딩스와 합작해 … 문을 연).
    let f = i - 1;
    while (f >= 0 && !opens(mentions[f] as Mention)) f--;
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
    const organisation = facility.type !== 'Facility';
    // 1951년 부산에서 개원했으며, 지금은 서울 서초구에 자리 잡고 있다: where an organisation opened is not where it is now.
    if (organisation && MOVED_SINCE.test(text.slice(place.end, sentence.end))) return;
    const korean =
      (TOPIC.test(marked) ||
        (!organisation && SUBJECT.test(marked) && !clauseBreak(text, facility.end, place.start))) &&
      (organisation ? ORGANISATION_OPENED_THERE_KO : OPENED_THERE_KO).test(text.slice(place.end, place.end + 32)) &&
      !otherActor();
    const english = facility.type === 'Facility' && OPENED_THERE_EN.test(text.slice(facility.end, place.start));
    if (!korean && !english) return;
    found ??= [];
    found.push({ type: 'LOCATED_IN', from: facility, to: place, basis: 'place' });
  });
  return found ?? [];
}

/** Who may build or open a facility: an organisation or a person. */
const BUILDERS = new Set(['Company', 'Government', 'ResearchOrg', 'Person']);
/** An adnominal verb of opening or building (not of running: 운영하는). */
const BUILT_VERB = String.raw`(?:문을\s+)?(?:연|세운|지은|조성한|건설한|건립한|개관한|개장한|가동한)`;
/** Up to three bare words (no particle) of a kind, after the verb. */
const BARE_WORDS = String.raw`(?:(?![^\s]*(?:은|는|이|가|을|를|에|의|와|과|로|도)\s)[^\s,.]+\s+){0,3}?`;
/** Right before a facility, the verb and its kind: [연 복합쇼핑몰 ]롯데몰, [세운 ]산토리홀, [조성한 ]국립세종수목원. */
const BUILT_BEFORE_KO = new RegExp(`(?:^|\\s)${BUILT_VERB}\\s+${BARE_WORDS}['‘"“「『《]?$`);
/** The verb and the copula's noun of up to three bare words: [연 첫 테마파크다]. */
const BUILT_COPULA_KO = new RegExp(`^${BUILT_VERB}\\s+${BARE_WORDS}[^\\s,.]+?(?:으로|로|이다|다)[\\s,.]`);
/** The first verb of opening or building in a stretch: …에 [연 ], …이 [조성한 ]. */
const BUILT_VERB_KO = new RegExp(`${BUILT_VERB}\\s`);

/**
 * The builder of a facility that an adnominal clause describes, the subject of that clause marked 이/가: 롯데쇼핑이 …
 * 하노이에 연 복합쇼핑몰 롯데몰 웨스트레이크 하노이는, and 디즈니랜드는 월트 디즈니가 … 애너하임에 연 첫 테마파크다.
 */
export function builtBy(text: string, sentence: Sentence, mentions: readonly Mention[]): AdjacentRelation[] {
  const found: AdjacentRelation[] = [];
  for (const [i, facility] of mentions.entries()) {
    if (facility.type !== 'Facility') continue;
    const before = text.slice(Math.max(sentence.start, facility.start - 60), facility.start);
    const described = BUILT_BEFORE_KO.exec(before);
    const builder = described ? subjectBefore(text, mentions, i, facility.start - described[0].length) : undefined;
    if (builder) found.push({ type: 'DEVELOPS', from: builder, to: facility, basis: 'product' });
    // 디즈니랜드는 월트 디즈니가 … 연 첫 테마파크다: the topic is the noun the clause describes.
    if (!TOPIC.test(facility.particle ?? '')) continue;
    const next = mentions[i + 1];
    if (!next || !BUILDERS.has(next.type ?? '') || !SUBJECT.test(next.particle ?? '')) continue;
    const rest = text.slice(next.end, sentence.end);
    const verb = BUILT_VERB_KO.exec(rest);
    if (!verb || clauseBreak(text, next.end, next.end + verb.index)) continue;
    if (BUILT_COPULA_KO.test(rest.slice(verb.index)))
      found.push({ type: 'DEVELOPS', from: next, to: facility, basis: 'product' });
  }
  return found;
}

/** The builder marked 이/가 before the verb at `verbAt`, in its clause and with no other subject between. */
function subjectBefore(text: string, mentions: readonly Mention[], i: number, verbAt: number): Mention | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const m = mentions[j] as Mention;
    if (m.end > verbAt) continue;
    if (clauseBreak(text, m.end, verbAt)) return undefined;
    if (SUBJECT.test(m.particle ?? '')) return BUILDERS.has(m.type ?? '') ? m : undefined;
    if (TOPIC.test(m.particle ?? '')) return undefined;
  }
  return undefined;
}
