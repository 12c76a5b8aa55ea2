import { SERIAL_ADNOMINAL } from '../cues/compiled-cues';
import type { CueHit } from '../cues/cue-match';
import { afterAside, isMade, isOrganisation, isPartner, isTopic, type Mention } from '../mentions/mentions';
import { type CueContext, SUPPLY_OR_MAKING } from './cue-context';
import { crossPairs, groupEndingAt, groupFrom, nearestBefore, type Pair, pairwise } from './groups';
import {
  actEach,
  actSeparately,
  adnominalCue,
  clauseBreak,
  describedUnknown,
  embedded,
  unknownNominative,
  unknownObject,
  unknownSubject,
  verbClauseEnds,
  withCoordinatedSubjects,
} from './korean-clauses';
import { ontologyFit } from './ontology-fit';

const PARTNERS = 'PARTNERS_WITH';

/** The relation types whose target is the verb's object (을/를): what is founded, developed, owned, used or led. */
const OBJECT_TARGET = new Set(['FOUNDED', 'DEVELOPS', 'OWNS', 'USES', 'LEADS']);
/** The relation types whose dative party (에) holds what the accusative (을/를) names: C에 B를 적용, C에 B를 매각. */
const RECIPIENT_ACTS = new Set(['USES', 'OWNS']);
const isSubject = (m: Mention) => m.role === 'subject';
/** 을/를/에/에게: what a verb acts on or gives to; in `B를 인수한 A` the name after the clause acts on it. */
const isPatient = (m: Mention) => /^(?:을|를|에|에게)$/.test(m.particle ?? '');
const isAccusative = (m: Mention) => m.particle === '을' || m.particle === '를';
const isDative = (m: Mention) => m.particle === '에' || m.particle === '에게' || m.particle === '에도';

/**
 * 치약 페리오와 샴푸 엘라스틴도 만든다: a thing made marked 도, after an organisation as the subject or topic and with no
 * other object before the verb, is the verb's object.
 */
function madeAlsoAsObject(text: string, mentions: readonly Mention[], cue: CueHit): readonly Mention[] {
  if (!OBJECT_TARGET.has(cue.label)) return mentions;
  const also = (m: Mention) =>
    m.particle === '도' &&
    isMade(m) &&
    m.end <= cue.at &&
    !/[을를]\s/.test(text.slice(m.end, cue.at)) &&
    mentions.some((o) => o.end <= m.start && isOrganisation(o) && isSubject(o) && o.particle !== '도');
  return mentions.some(also) ? mentions.map((m) => (also(m) ? { ...m, role: 'object' } : m)) : mentions;
}

/** After an organisation, its site marked 에서: TSMC[의 애리조나 공장에서], TSMC[ 공장에서]. */
const ITS_SITE = /^(?:의)?\s+(?:[^\s,.]+\s+){0,2}?[^\s,.]*(?:공장|팹|라인|사업장|생산시설)에서\s/;

/**
 * 로부터/에게서, or an organisation marked 에서: GPU를 TSMC에서 생산한다 (TSMC makes them); for making, one whose site is
 * so marked too: TSMC의 애리조나 공장에서 생산한 칩.
 */
const isGiver = (text: string, cue: CueHit) => (m: Mention) =>
  m.role === 'source' ||
  (isOrganisation(m) &&
    (m.particle === '에서' || (cue.label === 'MANUFACTURES_FOR' && ITS_SITE.test(text.slice(m.end, m.end + 40)))));
const unmarked = (m: Mention) => m.role !== 'subject';

/** After a cue of making or supply, its object and then 수주 (an order won): [을 수주했다], [ 물량을 수주했다]. */
const ORDER_WON_AFTER = /^(?:[을를])?\s*(?:[^\s,.]+\s+){0,2}?[^\s,.]*수주/;
/** Right before a cue of making or supply, an order or a commission received: [위탁받아 ]생산한다, [주문받아 ]만든다. */
const ORDER_TAKEN_BEFORE = /(?:위탁받|주문받|수주)(?:아|은|는|어|해|한)\s*$/;
const orderWon = (text: string, cue: CueHit) =>
  SUPPLY_OR_MAKING.has(cue.label) &&
  (text.startsWith('수주', cue.at) ||
    ORDER_WON_AFTER.test(text.slice(cue.end, cue.end + 30)) ||
    ORDER_TAKEN_BEFORE.test(text.slice(Math.max(0, cue.at - 8), cue.at)));

/** Between two subjects of `A가 300조 원, B가 120조 원을 각각 투자해`: the first one's share and a comma. */
const SHARE_THEN = /^[이가]\s+[^\s,]+(?:\s+[^\s,]+)?,\s+$/;

/**
 * The subject and the names listed with it; with `A가 X, B가 Y를 각각 …`, every subject that states its own share
 * before it too.
 */
function respectiveActors(mentions: readonly Mention[], subject: Mention, at: number, text: string): Mention[] {
  const group = groupEndingAt(mentions, subject, text);
  if (!isSubject(subject) || !actEach(text, subject.end, at)) return group;
  for (let i = mentions.indexOf(group[0] as Mention) - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (!isSubject(m) || !SHARE_THEN.test(text.slice(m.end, (group[0] as Mention).start))) break;
    group.unshift(m);
  }
  return group;
}

/** After a possessor, the object it possesses right before the verb: 엔비디아[의 AI 칩을 ]위탁생산하는. */
const OWNS_OBJECT = /^의\s+(?:[^\s]+\s+){0,2}[^\s]+[을를]\s+(?:[^\s]+(?<![은는이가을를에의도로와과])\s+){0,2}$/;
/** After a possessor, what it owns marked 에서, maybe of two words: MS[의 클라우드에서 ], 오라클[의 데이터센터에서 ]. */
const OWNS_SOURCE = /^의\s+(?:[^\s,.]+\s+)?[^\s,.]+에서\s/;
/** After a name with no particle or with 의, the noun it modifies marked 에/에게: 엔비디아[ GPU에 ]들어가는. */
const MODIFIES_RECIPIENT = /^의?\s+[^\s,.]+(?:에|에게)\s/;

/**
 * A name marked as an argument: the head of its noun phrase, not a modifier (현대차그룹[ ]계열 회사, 신한금융지주[의]) nor
 * the copula's noun (본점을 둔 지방은행[으로]), which describes the topic.
 */
const headNoun = (m: Mention) => m.particle !== undefined && !['의', '으로', '로'].includes(m.particle);

/**
 * Korean `A가 설립한 B`: the cue describes the name right after it, which is the target; the subject before the
 * cue, or else the names listed last before it (A와 B, C 등이 설립한 D), act. `B를 인수한 A`: the name after acts.
 * A described name with no actor before it gives nothing: the actor is not a known name; so does a described noun
 * that is no known name and an argument of another verb (세운 민중병원을 모태로).
 */
function describedPairs(
  mentions: readonly Mention[],
  { cue, text, reversed, adnominal, homeHeld, appointing, symmetric }: CueContext,
) {
  // 제작해 [JTBC에서 방영된] 드라마 'SKY 캐슬': an argument of the verb joined to the cue is not what the clause describes.
  const serial = SERIAL_CLAUSE.exec(text.slice(cue.end - 1, cue.end + 24));
  const from = serial ? cue.end - 1 + serial[0].length : cue.end;
  const described = mentions.find((m) => m.start >= from);
  if (!described || described.start - cue.end > 24) return;
  const gap = text.slice(cue.end - 1, described.start);
  if (!adnominal.test(gap) && !(cue.label === 'LOCATED_IN' && homeHeld.test(gap) && headNoun(described))) return;
  // 나주시에 본사를 둔 농림축산식품부 [산하] 공공기관: the name only tells whose the described noun is.
  if (BELONGS_AFTER.test(text.slice(described.end, described.end + 12))) return [];
  // MS와 경쟁하는 구글: the partner of a symmetric act is the described name's counterpart.
  const partner = symmetric ? nearestBefore(mentions, cue.at) : undefined;
  if (partner && isPartner(partner) && !clauseBreak(text, afterParticle(text, partner), cue.at))
    return crossPairs(groupEndingAt(mentions, partner, text), groupFrom(mentions, described, text), true, false);
  // 1위를 다투는 삼성전자와 SK하이닉스는: a symmetric act with no name before it in its clause holds among those it describes.
  if (symmetric && (!partner || clauseBreak(text, afterParticle(text, partner), cue.at))) {
    const members = groupFrom(mentions, described, text);
    if (members.length >= 2) return pairwise(members);
  }
  // 방송통신위원회가 임명한 김유열 사장: a government appoints to an office elsewhere, not to itself.
  if (appointing) mentions = mentions.filter((m) => m.type !== 'Government' || m.start > cue.at);
  const nearest = nearestBefore(mentions, cue.at);
  const subject = nearestBefore(mentions, cue.at, isSubject);
  // 엔비디아의 AI 칩을 위탁생산하는 TSMC: the possessor of the object is a patient too.
  const patient =
    nearest &&
    (isPatient(nearest) ||
      OWNS_OBJECT.test(text.slice(nearest.end, cue.at)) ||
      MODIFIES_RECIPIENT.test(text.slice(nearest.end, nearest.end + 24)));
  // D램을 만드는 삼성전자와 SK하이닉스: the clause describes each name listed; but one named product has one maker
  // (챗GPT를 운영하는 오픈AI와 구글, 마이크로소프트: the list goes on past the maker).
  const oneProduct = cue.label === 'DEVELOPS' && nearest?.type === 'Product';
  const describedAll = oneProduct ? [described] : groupFrom(mentions, described, text);
  if (nearest && patient && (!subject || subject.end <= nearest.start)) {
    // 거래소에 상장했으며, 이 회사를 공동 창업한 X: a patient in an earlier clause is not the clause's.
    if (clauseBreak(text, afterParticle(text, nearest), cue.at)) return [];
    return crossPairs(describedAll, groupEndingAt(mentions, nearest, text), true, reversed);
  }
  const last = subject && !embedded(text, subject, cue.at) ? subject : nearest;
  if (!last || (last !== subject && clauseBreak(text, last.end, cue.at))) return [];
  // 고려대학교는 1905년 문을 연 보성전문학교를 모태로: the topic grew out of the described, whose founder is not named.
  if (isTopic(last) && GREW_OUT_OF.test(text.slice(afterParticle(text, described), described.end + 12))) return [];
  // LG그룹은 [구인회 창업회장이] 세운 락희화학에서 출발했다, 넥슨 자회사 [네오플이] 개발한 던전앤파이터: a subject whose
  // name is not known acts on the described.
  // (Not one the subject is listed with: 이지훈과 [김종흔이] 함께 세운 데브시스터즈.)
  if (!listedWith(text, last) && unknownSubject(text, afterParticle(text, last), cue.at)) return [];
  const actors = respectiveActors(mentions, last, cue.at, text);
  // 일동제약이 시오노기제약과 함께 개발한 조코바: the partner of a joint act acts too.
  const partners = mentions.filter(
    (m) =>
      !actors.includes(m) && m.end <= cue.at && isPartner(m) && JOINTLY_AFTER.test(text.slice(afterParticle(text, m))),
  );
  // 마이크로소프트로부터 … 투자받은 오픈AI, 엔비디아에서 칩을 구매한 오픈AI, MS의 클라우드에서 … 빌려 써 온 오픈AI: a giver
  // marked 로부터 or 에서, or owning what is marked 에서, already stands where the receiving verb puts it.
  const fromGiver = actors.every(
    (m) =>
      m.role === 'source' || m.particle === '에서' || OWNS_SOURCE.test(text.slice(afterAside(text, m.end), cue.at)),
  );
  return crossPairs(
    [...actors, ...partners.flatMap((m) => groupEndingAt(mentions, m, text))],
    describedAll,
    true,
    reversed && !fromGiver,
  );
}

/** A cue joined by -해 to an adnominal verb, maybe with an argument of its own: 제작[해 JTBC에서 방영된 ]. */
const SERIAL_CLAUSE = new RegExp(`^${SERIAL_ADNOMINAL}\\s`);

/** Between the last of a list and a symmetric noun it possesses: 의 and maybe one word (구글[의 ]3파전, 애플[의 AI ]경쟁이). */
const POSSESSES_CUE = /^의\s+(?:[^\s,.]+\s+)?$/;

/** A subject written with 과/와: one of a coordinated subject whose other members are not known names. */
const listedWith = (text: string, m: Mention) => isSubject(m) && /^(?:과|와)\s/.test(text.slice(m.end, m.end + 2));

/** After a name, a word of belonging: what the clause describes is the noun it heads, not the name (서울시 [산하] 공기업). */
const BELONGS_AFTER = /^\s+(?:\S+\s+)?(?:산하|계열|소속)\s/;

/** After a partner (과/와), an adverb that makes it a co-actor: 함께, 공동으로. */
const JOINTLY_AFTER = /^\s*(?:함께|공동으로|같이)\s/;

/**
 * With a subject whose name is not known, a partner that acts with it (함께, 공동으로) still acts on the object: 불라 CEO가
 * 이끄는 화이자는 바이오엔테크와 함께 코미나티를 개발했다 (바이오엔테크 develops it).
 */
function jointPartnerPairs(mentions: readonly Mention[], { cue, text, symmetric }: CueContext): Pair[] {
  if (symmetric) return [];
  const partner = mentions.findLast(
    (m) => isPartner(m) && m.end <= cue.at && JOINTLY_AFTER.test(text.slice(afterParticle(text, m))),
  );
  if (!partner || clauseBreak(text, afterParticle(text, partner), cue.at)) return [];
  const object = mentions.findLast((m) => m.start > partner.end && m.end <= cue.at && isAccusative(m));
  return object ? crossPairs(groupEndingAt(mentions, partner, text), [object], true, false) : [];
}

/** After a name, what says something else grew out of it: [를 모태로], [에서 출발한]. */
const GREW_OUT_OF = /^\s*(?:(?:을|를)\s*)?모태로|^\s*(?:에서\s*)?(?:출발|시작)/;

/** How far after a name its particle may stand, past a title or description (김범수 카카오 이사회 의장[은]). */
const PARTICLE_REACH = 24;

/** Where the words after a mention start: past its particle, glued to the name or after its title. */
export function afterParticle(text: string, m: Mention): number {
  if (!m.particle) return m.end;
  const at = text.slice(m.end, m.end + PARTICLE_REACH + m.particle.length + 1).indexOf(`${m.particle} `);
  return at >= 0 ? m.end + at + m.particle.length : m.end;
}

/** After a noun cue, its object marking and a verb of one or two words that describes the next name: 양산[을 추진하는 ]. */
const OBJECT_OF_DESCRIBING = /^(?:을|를)\s+(?:[가-힣]+\s+)?[가-힣]*(?:하는|한|인|할|된)\s+$/;

/**
 * Korean `T 양산을 추진하는 A`: a noun cue, the object of a verb that describes the name after it, is that name's act
 * on the bare name right before the cue (2나노 반도체 양산을 추진하는 라피더스: Rapidus develops 2 nm).
 */
function actorOfNounObject(mentions: readonly Mention[], { cue, text, reversed }: CueContext): Pair[] | undefined {
  const target = nearestBefore(mentions, cue.at);
  if (!target || target.role !== undefined || !NOMINAL_GAP.test(text.slice(target.end, cue.at))) return undefined;
  const next = mentions.find((m) => m.start >= cue.end);
  const actor =
    next?.type === 'Place' ? mentions.find((m) => m.start > next.end && m.originStart === next.start) : next;
  const start = next?.start ?? 0;
  if (!actor || actor.start - cue.end > 24 || !OBJECT_OF_DESCRIBING.test(text.slice(cue.end, start))) return undefined;
  return crossPairs([actor], [target], true, reversed);
}

/** Between the object of a noun cue and the cue: nothing, or one noun (지분 인수, 자회사 편입). */
const NOMINAL_GAP = /^\s?(?:(?![가-힣]*[을를이가은는에의와과로도]\s)[가-힣]{1,4}\s)?$/;

/**
 * Korean `A의 B 인수`: a noun cue right after `A의 B` names A's act on B; so with a kind of act between (A의 B 자회사
 * 편입) and with coordinated objects (우리금융지주의 동양생명과 ABL생명 자회사 편입).
 */
function nominalPair(mentions: readonly Mention[], { cue, text }: CueContext): Pair[] | undefined {
  const object = nearestBefore(mentions, cue.at);
  const deal = object && nominalDeal(text, mentions, object, cue.at);
  return deal?.objects.map((to) => ({ from: deal.actor, to, marked: true }));
}

/** In `A의 B 인수` (the noun cue at `cueAt`, B ending right before it): A, and B with the names listed with it. */
export function nominalDeal(text: string, mentions: readonly Mention[], object: Mention, cueAt: number) {
  if (object.role !== undefined || !NOMINAL_GAP.test(text.slice(object.end, cueAt))) return undefined;
  const objects = groupEndingAt(mentions, object, text);
  const first = objects[0] as Mention;
  const actor = nearestBefore(mentions, first.start);
  return actor?.particle === '의' && /^의\s$/.test(text.slice(actor.end, first.start)) ? { actor, objects } : undefined;
}

/** A home noun marked as the subject: 본사[는 여의도에 있다], 본점[이 부산에 있다]. */
const HOME_AS_SUBJECT = /^(?:은|는|이|가)\s/;
/** A place's mark as where something is: 에, 에는, 에도. */
const WHERE = /^에(?:는|도)?[\s,]/;
/** Between a possessor and the home noun: 의, and a word at most (카카오의 [법인 ]본사는). */
const POSSESSOR_OF_HOME = /^의\s+(?:\S+\s+)?$/;
/** Right before a home noun, a possessor's 의 and at most a word: [카카오의 법인 ]본사는. */
const POSSESSED_HOME = /[가-힣A-Za-z0-9)]의\s+(?:\S+\s+)?$/;

/**
 * `X는 … 본사는 Y에 있다`: a home noun marked as the subject has its place after it, up to the first word marked 에
 * (부산 남구 문현동에), and belongs to its possessor or else the topic; with no known place or owner, the home is not
 * a known one. Undefined when a place marked 에 stands before it in its clause (샌프란시스코에 본사가 있다).
 */
function homeAsSubject(mentions: readonly Mention[], { cue, text }: CueContext): Pair[] | undefined {
  if (cue.label !== 'LOCATED_IN' || !HOME_AS_SUBJECT.test(text.slice(cue.end, cue.end + 2))) return undefined;
  const placeBefore = (m: Mention) =>
    m.type === 'Place' &&
    m.end <= cue.at &&
    WHERE.test(text.slice(m.end, m.end + 3)) &&
    !verbClauseEnds(text, m.end, cue.at);
  if (mentions.some(placeBefore)) return undefined;
  const where = text.slice(cue.end).search(/[가-힣A-Za-z0-9]에(?:는|도)?[\s,]/);
  if (where < 0) return undefined;
  const end = cue.end + where + 2;
  const places = mentions.filter((m) => m.start >= cue.end && m.end <= end && m.type === 'Place');
  // 카카오뱅크의 본사는: the possessor owns it, known or not; 천재교육 본사는: so does a name right before it; else the topic.
  const possessed = POSSESSED_HOME.test(text.slice(Math.max(0, cue.at - 16), cue.at));
  const owner = possessed
    ? nearestBefore(mentions, cue.at, (m) => POSSESSOR_OF_HOME.test(text.slice(m.end, cue.at)))
    : (mentions.find((m) => m.end === cue.at - 1 && text[m.end] === ' ' && isOrganisation(m)) ??
      nearestBefore(mentions, cue.at, isTopic));
  return places.length > 0 && owner ? crossPairs([owner], places, true, false) : [];
}

/** A round that named investors led, before an investing cue: [KT와 미래에셋증권이 주도한 시리즈B ]투자. */
const LED_ROUND = /[이가]\s+주도한\s+(?:[^\s]+\s+)?$/;

/** After an investing cue, leading the raising: X가 Y의 … 투자 [유치를 주도한다] (X invests in Y). */
const LEADS_RAISING = /^\s*유치(?:를|을)?\s+(?:주도|이끌|이끈|이끄)/;

/**
 * `T는 A와 B가 주도한 시리즈B 투자에서 … 유치했다`: the investors who led the round invest in the topic that raised it;
 * `A가 T의 투자 유치를 주도한다`: so does the subject that leads the raising.
 */
function ledRound(mentions: readonly Mention[], { cue, text }: CueContext): Pair[] | undefined {
  if (cue.label !== 'INVESTS_IN') return undefined;
  if (LEADS_RAISING.test(text.slice(cue.end, cue.end + 12))) {
    const investor = nearestBefore(mentions, cue.at, isSubject);
    const raiser = investor && nearestBefore(mentions, cue.at, (m) => m.particle === '의' && m.start > investor.end);
    return raiser ? crossPairs(groupEndingAt(mentions, investor, text), [raiser], true, false) : undefined;
  }
  const led = LED_ROUND.exec(text.slice(Math.max(0, cue.at - 24), cue.at));
  if (!led) return undefined;
  const marker = cue.at - led[0].length;
  const lead = nearestBefore(mentions, marker, (m) => m.end === marker);
  const topic = lead && nearestBefore(mentions, lead.start, isTopic);
  return lead && topic ? crossPairs(groupEndingAt(mentions, lead, text), [topic], true, false) : [];
}

/**
 * What an organisation is appointed to: one or two words ending in 에/로 before the verb (장관에 임명, 회장으로 선임), not
 * the appointee's own title (LG CNS 사장을 대표이사로).
 */
const APPOINTED_AS = /^(?:의)?\s*(?![^\s]*[을를]\s)[^\s]{1,10}(?:\s+[^\s]{1,10})?(?:에|으로|로)\s+$/;
/** A person's object marking, on the name or on the title after it: 안덕근 통상교섭본부장을, 장인화 전 포스코 사장을. */
const APPOINTEE = /^[^을를.]{0,20}?[을를]\s/;

/** An organisation's board as the subject that appoints: 메쉬코리아[ 이사회는]. */
const BOARD = /^\s*이사회(?:는|가|에서|도)\s/;
/** 을/를 ending a word: an object of the active verb, somewhere before it. */
const OBJECT_MARK = /[을를]\s/;

/**
 * Korean appointment (X를 Org 장관에 임명했다, Org는 X를 회장으로 선임했다): the person marked 을/를 LEADS the
 * organisation named before the office, or else the organisation that appoints. Undefined when no one is marked;
 * none when the one marked is not a known name (대통령은 구윤철 전 실장을 장관에 임명했다: the subject appoints).
 */
function appointedPairs(mentions: readonly Mention[], { cue, text, passiveVoice }: CueContext): Pair[] | undefined {
  const appointee = mentions.findLast(
    (m) =>
      m.type === 'Person' &&
      m.end <= cue.at &&
      (isAccusative(m) || (!isSubject(m) && APPOINTEE.test(text.slice(m.end, cue.at)))),
  );
  if (!appointee) {
    const subject = nearestBefore(mentions, cue.at, isSubject);
    return subject && !passiveVoice && OBJECT_MARK.test(text.slice(subject.end, cue.at)) ? [] : undefined;
  }
  const office = nearestBefore(
    mentions,
    cue.at,
    (m) => m.start > appointee.end && isOrganisation(m) && APPOINTED_AS.test(text.slice(m.end, cue.at)),
  );
  const appointer = nearestBefore(
    mentions,
    appointee.start,
    (m) => isOrganisation(m) && (isSubject(m) || BOARD.test(text.slice(m.end, m.end + 8))),
  );
  const organisation = office ?? appointer;
  return organisation ? [{ from: appointee, to: organisation, marked: true }] : [];
}

/** A cue noun marked as the topic or subject itself (협력[은], 투자[가], 임명안[은]): a later subject is another verb's. */
const MARKED_NOUN = /^[가-힣]*[^하되](?:은|는|이|가)\s/;
/** A word marked as a topic or subject. */
const MARKED_WORD = /[가-힣A-Za-z0-9](?:은|는|이|가)\s/;

/** A verb with a connective and a comma after a nominative subject: its clause closes there (세웠으며, 창업했고,). */
const ownClauseClosed = (text: string, subject: Mention, at: number) =>
  subject.particle !== undefined &&
  NOMINATIVE.has(subject.particle) &&
  VERB_CONNECTIVE.test(text.slice(subject.end, at));
const NOMINATIVE = new Set(['이', '가']);

/** A sentence that opens with a topic: a word marked 은/는 first. */
const UNKNOWN_TOPIC = /^\s*[^\s,]*[가-힣A-Za-z0-9](?:은|는)\s/;

/** Where the sentence around `at` starts: after the last full stop or line break before it. */
const sentenceStart = (text: string, at: number) =>
  Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at), -1) + 1;

/**
 * The subject of the cue: the nearest subject before it, unless an embedded clause holds it; then the topic. With
 * none before it, a subject after it in its clause, unless the cue is a marked noun (A와 B의 [협력은] 일본이 …) or
 * describes the noun after it.
 */
function subjectOf(mentions: readonly Mention[], { cue, text }: CueContext): Mention | null | undefined {
  const nearest = nearestBefore(mentions, cue.at, isSubject);
  if (!nearest && MARKED_NOUN.test(text.slice(cue.at, cue.end + 4))) return undefined;
  if (nearest && !isTopic(nearest) && ownClauseClosed(text, nearest, cue.at)) {
    // 한미약품은 임성기가 세웠으며, 롤론티스를 개발했다: the topic acts again once the subject's own clause has closed.
    const topic = nearestBefore(mentions, nearest.start, isTopic);
    if (topic) return topic;
    if (UNKNOWN_TOPIC.test(text.slice(sentenceStart(text, nearest.start), nearest.start))) return null;
  }
  if (nearest)
    return isTopic(nearest) || !embedded(text, nearest, cue.at)
      ? nearest
      : (nearestBefore(mentions, nearest.start, isTopic) ?? null);
  const after = mentions.find((m) => isSubject(m) && !clauseBreak(text, cue.end, m.start));
  // 업비트를 운영하는 두나무는 송치형이 세운: a cue that describes a noun has that noun as its subject, no later one.
  return after && adnominalCue(text, cue.at) && MARKED_WORD.test(text.slice(text.indexOf(' ', cue.end), after.start))
    ? undefined
    : after;
}

/** A possessor inside the copula's noun, which describes the topic: 한국전력공사[의 정보통신 자회사로, ]. */
const POSSESSES_COPULA_NOUN =
  /^의\s+(?:(?![^\s]*(?:을|를|에|의|와|과|은|는|이|가)\s)[^\s]+\s+){0,3}?[^\s]+(?:으로|로)(?:서)?,\s/;

/**
 * With no subject marked, the first name acts, when nothing says it does not: no clause ends and no other subject
 * stands between it and the cue. A possessor acts across them (엔비디아의 젠슨 황 CEO는 … 진행하며 라피더스를 … 고려),
 * unless it is in the copula's noun (한전KDN은 한국전력공사의 정보통신 자회사로, … 본사를 두고 있다: the topic's home).
 */
function headWithoutSubject(mentions: readonly Mention[], { cue, text }: CueContext): Mention | undefined {
  const first = mentions[0];
  if (!first || first.end > cue.at) return first;
  const notActing =
    first.particle === '의'
      ? POSSESSES_COPULA_NOUN.test(text.slice(first.end, cue.at)) ||
        UNKNOWN_TOPIC.test(text.slice(sentenceStart(text, first.start), first.start))
      : clauseBreak(text, first.end, cue.at) || unknownSubject(text, first.end, cue.at);
  return notActing ? undefined : first;
}

/**
 * After an adnominal cue's word, the copula's noun of up to three bare words: 이끄는[ 게임사로,], 이끄는[ 미국 최대
 * 방산업체로] (not a verb: 이끄는 큐텐이 인수했다).
 */
const COPULA_NOUN_AFTER =
  /^[가-힣]*\s+(?:(?![^\s]*(?:은|는|이|가|을|를|에|의|와|과|로|도)\s)[^\s,.]+\s+){0,2}?[^\s,.]+?(?:으로|로|이다|(?<![었았였했됐])다)[\s,.]/;

/**
 * Between an organisation and the LEADS cue after it, its office as the object: 한국금융연구원[ 원장을 ]지낸 (not the head
 * of one of its units: 산업통상자원부[ 에너지자원실장을 ]).
 */
const OFFICE_OBJECT = /^\s+(?:[^\s,.]+\s+)?(?![^\s,.]*(?:실|국|과|부|팀|본부)장[을를])[^\s,.]+(?:을|를)\s+$/;

/**
 * The persons marked as the subject right before an adnominal LEADS cue lead the topic the copula's noun describes
 * (펄어비스는 허진영 대표가 이끄는 게임사로); with none, a person as the topic leads the organisation whose office is the
 * cue's object (정갑영 회장은 연세대학교 총장을 지낸 경제학자다).
 */
function ledTopic(mentions: readonly Mention[], { cue, text }: CueContext): Pair[] {
  if (!COPULA_NOUN_AFTER.test(text.slice(cue.end, cue.end + 40))) return [];
  const leader = nearestBefore(mentions, cue.at, (m) => m.type === 'Person' && isSubject(m));
  const topic = leader && nearestBefore(mentions, leader.start, isTopic);
  if (leader && topic && !clauseBreak(text, topic.end, leader.start) && !clauseBreak(text, leader.end, cue.at))
    return crossPairs(groupEndingAt(mentions, leader, text), [topic], true, false);
  const office = nearestBefore(mentions, cue.at, isOrganisation);
  const holder = office && nearestBefore(mentions, office.start, (m) => m.type === 'Person' && isTopic(m));
  if (
    !office ||
    !holder ||
    !OFFICE_OBJECT.test(text.slice(office.end, cue.at)) ||
    clauseBreak(text, holder.end, cue.at)
  )
    return [];
  return [{ from: holder, to: office, marked: true }];
}

/** A cue with the future adnominal ending (선임할 계획, 맡을 예정): a plan, not a description of the noun. */
const FUTURE_ADNOMINAL = /^[가-힣]*?[할을]\s/;

/**
 * A place marked 에서 before a verb of its own, ahead of the cue: 하마마쓰[에서 세운 회사로, ]…본사 (unless the home is said
 * to be there again: 신시내티에서 세운 …, 지금도 이곳에 본사를).
 */
function doneThere(text: string, m: Mention, cueAt: number): boolean {
  if (m.type !== 'Place' || m.particle !== '에서' || m.end >= cueAt) return false;
  const after = text.slice(m.end, cueAt);
  return DONE_AFTER.test(after) && !SAME_PLACE.test(after);
}
/** A word for a place named before: 이곳, 그곳, 같은 곳, 이 도시. */
const SAME_PLACE = /(?:이곳|그곳|같은\s곳|이\s도시|같은\s도시|이\s지역)/;
/** After a place's 에서, a verb before the cue: [에서 세운 ], [에서 1981년 문을 연 ]. */
const DONE_AFTER = /^에서\s+(?:[^\s]+\s+){0,3}?(?:[가-힣]*(?:세운|세웠|설립|창업|시작|출발|열었)|문을\s|연\s)/;

/** What marks the thing fitted, on its name or on a noun or two right after it: 스냅드래곤[을], 드라이브 토르[ 칩을 ]. */
const FITTED_OBJECT = /^(?:[을를]|\s+(?:[^\s,.]+\s+)?[^\s,.]+[을를]\s+)$/;
const FITTED_SUBJECT = /^(?:[이가]|\s+(?:[^\s,.]+\s+)?[^\s,.]+[이가]\s+)$/;

/**
 * 탑재 (fitted with) and 들어가다 (go in): what is marked 에 uses what is fitted, marked 을/를 (이/가 in the passive and
 * with 들어가다), or else the subject does: 갤럭시 S25에 스냅드래곤을 탑재했다, 갤럭시 S25에는 퀄컴의 스냅드래곤이 탑재됐다.
 */
function mountedPairs(mentions: readonly Mention[], { cue, text, passiveVoice }: CueContext): Pair[] | undefined {
  if (cue.label !== 'USES') return undefined;
  // 기아 EV9에는 SK온의 NCM9 배터리가 들어간다: what goes in is the subject.
  const goesIn = text.startsWith('들어', cue.at);
  if (!goesIn && !text.startsWith('탑재', cue.at)) return undefined;
  const marks = passiveVoice || goesIn ? FITTED_SUBJECT : FITTED_OBJECT;
  // A subject marked right on the name stands right before the verb (BYD[가 만든 … 배터리가] is the battery's maker).
  const fitted = nearestBefore(mentions, cue.at, (m) =>
    m.particle === undefined
      ? marks.test(text.slice(m.end, cue.at))
      : marks.test(m.particle) && /^\s*$/.test(text.slice(afterParticle(text, m), cue.at)),
  );
  if (!fitted) return [];
  const host = nearestBefore(mentions, fitted.start, isDative) ?? nearestBefore(mentions, fitted.start, isSubject);
  return host && host.id !== fitted.id ? [{ from: host, to: fitted, marked: true }] : [];
}

/** Korean: 은/는/이/가 mark the acting party, 에/을/를 the other, 과/와 a partner, 로부터 the giver. */
export function koreanPairs(all: readonly Mention[], context: CueContext): Pair[] {
  const { cue, text, symmetric } = context;
  const unknownDescribed = describedUnknown(text, cue.at, all);
  if (unknownDescribed === 'object') return [];
  // 춘천에 본사를 둔 보툴리눔 톡신 기업 휴젤은: a home's owner is the described noun, no name after it. (Not for every
  // cue: in 코로나19 먹는 치료제 조코바는, 먹는 would read as a topic.)
  const homeOfUnknown = unknownDescribed === 'subject' && cue.label === 'LOCATED_IN';
  // 하마마쓰에서 세운 회사로, 지금은 … 본사를 두고 있다: where something was done (에서) is no home.
  const parties = cue.label === 'LOCATED_IN' ? all.filter((m) => !doneThere(text, m, cue.at)) : all;
  const mentions = withCoordinatedSubjects(
    text,
    madeAlsoAsObject(text, homeOfUnknown ? parties.filter((m) => m.end <= cue.at) : parties, cue),
  );
  const reversed = context.reversed || context.passiveVoice;
  // 메타와 오픈AI, 구글의 3파전, 삼성전자와 애플의 경쟁이: a symmetric noun holds among the names that possess it.
  const last = symmetric ? nearestBefore(mentions, cue.at) : undefined;
  if (last && POSSESSES_CUE.test(text.slice(last.end, cue.at))) {
    const possessors = groupEndingAt(mentions, last, text);
    if (possessors.length > 1) return pairwise(possessors);
  }
  const mounted = mountedPairs(mentions, context);
  if (mounted) return mounted;
  const described =
    describedPairs(mentions, context) ??
    actorOfNounObject(mentions, context) ??
    nominalPair(mentions, context) ??
    homeAsSubject(mentions, context) ??
    ledRound(mentions, context);
  if (described) return described;
  if (context.appointing) {
    const appointed = appointedPairs(mentions, context);
    if (appointed) return appointed;
  }
  // 구영배 대표가 이끄는 큐텐에: a person leads the noun the cue describes, here no known name (선임할 계획: a plan);
  // 펄어비스는 허진영 대표가 이끄는 게임사로: that noun is the copula's, and so the topic.
  if (cue.label === 'LEADS' && adnominalCue(text, cue.at) && !FUTURE_ADNOMINAL.test(text.slice(cue.at, cue.end + 2)))
    return ledTopic(mentions, context);
  const subject = subjectOf(mentions, context);
  // The nearest subject sits in an embedded clause and no topic stands before it: the cue's subject is unknown.
  if (subject === null) return jointPartnerPairs(mentions, context);
  // The topic is what an unknown subject right before the verb acts on: 던전앤파이터는 [텐센트가] 서비스하고 있다.
  if (subject && isTopic(subject) && unknownNominative(text, afterParticle(text, subject), cue.at)) return [];
  const giver = nearestBefore(mentions, cue.at, isGiver(text, cue));
  // 네이버로부터 A홀딩스 지분을 사들이는: a name between the giver and the cue is what is given, the giver sells.
  const given = giver && mentions.some((m) => m.start > giver.end && m.end <= cue.at);
  // 수주 실적에서 한화오션을 앞섰다: an order states supply only with the party it is won from.
  if (!giver && text.startsWith('수주', cue.at)) return [];
  if (giver && subject && giver.id !== subject.id && !given) {
    const actors = groupEndingAt(mentions, subject, text);
    // KT와 산업은행 등으로부터: every name listed with the giver gives.
    const givers = groupEndingAt(mentions, giver, text).filter((m) => !actors.includes(m));
    // 테슬라로부터 AI6 칩 생산을 수주했다: the giver gives the order; the subject makes or supplies for it.
    return orderWon(text, cue) ? crossPairs(actors, givers, true, false) : crossPairs(givers, actors, true, false);
  }
  const topic =
    subject && !symmetric && !isTopic(subject) ? nearestBefore(mentions, subject.start, isTopic) : undefined;
  if (
    subject &&
    topic &&
    !parallelSubject(text, topic, subject) &&
    !mentions.some(
      (m) =>
        m.start > subject.end &&
        m.end <= cue.at &&
        m.role === 'object' &&
        // 양재봉이 중보증권을 인수해 세운 증권사로: the object of a verb joined to the cue is that verb's.
        !SERIAL_VERB_BEFORE_CUE.test(text.slice(afterParticle(text, m), cue.at)),
    )
  ) {
    const partners = mentions.filter((m) => m.role === 'with' && m.start > topic.end && m.end <= cue.at);
    return crossPairs([...partners, ...groupEndingAt(mentions, subject, text)], [topic], true, reversed);
  }
  const head = subject ?? headWithoutSubject(mentions, context);
  return head ? argumentPairs(mentions, head, subject !== undefined, context) : jointPartnerPairs(mentions, context);
}

/**
 * After a partner, one to three bare words ending in 을/를 and the verb: 카나브[와 위장약 겔포스를 ]만든다 (not a joint
 * act's partner: 오픈AI와 합작법인 SB오픈AI재팬을 설립했다).
 */
const LISTED_WITH_OBJECT = /^(?:과|와)\s+(?:[^\s,.]+\s+){0,2}[^\s,.]+(?:을|를)\s+$/;
const JOINT_WORD = /합작|공동|함께|손잡/;
const listedBeforeObject = (afterPartner: string) =>
  LISTED_WITH_OBJECT.test(afterPartner) && !JOINT_WORD.test(afterPartner);
/** The types whose objects a list of things may name; a founder's or leader's partner acts with it. */
const LISTED_OBJECT_TYPES = new Set(['DEVELOPS', 'OWNS', 'USES']);

/** After an object, its own verb joined to the cue by -해/-하여 (중보증권을 [인수해 ]세운). */
const SERIAL_VERB_BEFORE_CUE = /^\s*[가-힣]+(?:해|하여|해서)\s+$/;

/** A cue joined to the next verb by -해/-하여 shares its object with it: 엑사원을 개발해 익시젠에 적용했다. */
const SERIAL = /^(?:해|하여|해서)\s/;

/** What follows a cue used as a verb (투자[해], 협력[하기로], 손잡[고]), not as a noun (합작법인, 함께). */
const VERB_AFTER = /^(?:하|해|했|한|할|되|된|됐|돼|고|아|며|기로|키|시)/;
/** The last syllable of a cue that is a verb form itself: 세[운], 만[든], 이[끈], 세[웠]. */
const VERB_FORM = /[운든끈웠었았]$/;

/** A verb's connective that ends a clause: 밝혔[고, ], 투자하[며, ] (not the copula's 회사로,). */
const VERB_CONNECTIVE = /(?:[았었였했혔겠]고|(?<!이)며|면서),\s/;

/**
 * A subject that acts "too" after the topic's own clause has ended with a verb (MS는 … 투자한다고 밝혔고, 아마존 역시 …
 * 쏟아붓기로): it parallels the topic rather than acting on it.
 */
const parallelSubject = (text: string, topic: Mention, subject: Mention) =>
  subject.particle === '도' && VERB_CONNECTIVE.test(text.slice(topic.end, subject.start));

/** A joint act's verb joined to the next one: 합작해, 협력하여, 손잡고. */
const JOINT_SERIAL = /^(?:해|하여|해서|하고|고)\s/;

/**
 * Whether the mention is the partner of a joint act joined to this directed cue (혼다와 합작해 … L-H배터리를 세웠다,
 * IBM과 협력해 … 개발을): the partner acts with the subject.
 */
function jointPartner(m: Mention, { cue, cues, text, symmetric }: CueContext): boolean {
  if (symmetric || !isPartner(m)) return false;
  return cues.some(
    (other) =>
      other.label === PARTNERS &&
      other.at >= m.end &&
      other.end <= cue.at &&
      JOINT_SERIAL.test(text.slice(other.end, other.end + 3)),
  );
}

/**
 * Whether another relation cue, used as a verb, stands between the mention and the cue: it takes the mention. An
 * object shared by serial verbs (엑사원을 개발해 … 적용했다) and the partner of a joint act belong to the later verb too.
 */
function boundEarlier(m: Mention, context: CueContext): boolean {
  const { cue, cues, text } = context;
  let joint: boolean | undefined;
  for (const other of cues) {
    if (other === cue || other.at < m.end || other.end > cue.at) continue;
    const after = text.slice(other.end, other.end + 3);
    if (!VERB_AFTER.test(after) && !VERB_FORM.test(text.slice(other.at, other.end))) continue;
    // (Not what is founded: SK 와이번스를 인수해 창단한 팀 — the team founded is new.)
    if (isAccusative(m) && SERIAL.test(after) && cue.label !== 'FOUNDED') continue;
    joint ??= jointPartner(m, context);
    if (!joint) return true;
  }
  return false;
}

/**
 * The last mention between the head and the cue that passes the test and belongs to this cue: a possessor (KT의)
 * only right before it (KT의 투자를), or before what the cue receives.
 */
function nearestArgument(
  others: readonly Mention[],
  head: Mention,
  context: CueContext,
  test: (m: Mention) => boolean,
) {
  const { cue, text } = context;
  for (let i = others.length - 1; i >= 0; i--) {
    const m = others[i] as Mention;
    if (m.start < head.end || m.end > cue.at || !test(m) || boundEarlier(m, context)) continue;
    if (m.particle === '의' && !context.reversed && /\s\S*\s/.test(text.slice(m.end, cue.at))) continue;
    return m;
  }
  return undefined;
}

/** Deals whose counterparty is the customer. */
const SERVICE_DEALS = new Set(['SUPPLIES', 'MANUFACTURES_FOR']);

/** A name that may be the target when no particle names one: not a subject, nor a co-acting partner. */
const looseTarget = (m: Mention, symmetric: boolean, partners: readonly Mention[], counterparty: boolean) =>
  unmarked(m) && (symmetric || counterparty || !partners.includes(m));

/**
 * With no particle naming the target: the recipient (에) when the object is a word that is no known name (none for
 * DEVELOPS: 새 예능을 유튜브에 내놓았다), else the nearest name that may be a loose target in the cue's clause.
 */
function unmarkedTarget(
  others: readonly Mention[],
  head: Mention,
  { cue, text, symmetric }: CueContext,
  { recipient, partners, counterparty }: { recipient?: Mention; partners: readonly Mention[]; counterparty: boolean },
): Mention | undefined {
  if (OBJECT_TARGET.has(cue.label) && unknownObject(text, others, head.end, cue.at))
    return cue.label === 'DEVELOPS' ? undefined : recipient;
  return nearestBefore(
    others,
    cue.at,
    (m) =>
      looseTarget(m, symmetric, partners, counterparty) &&
      !verbClauseEnds(text, m.end, cue.at) &&
      (symmetric || !LISTED_PARTNER.test(text.slice(m.end, m.end + 16))),
  );
}

/** After a subject, its clause's verb ending in 도록: the subject is made to act (메타가 결과를 보고하도록 했다). */
const CAUSED = /^\s+(?:[^\s,.]+\s+){0,3}[^\s,.]+도록\s/;

/** Whether the mention is the subject of a clause another makes it act in: the causee is the cue's target. */
const caused = (text: string, m: Mention) =>
  (m.particle === '이' || m.particle === '가') && CAUSED.test(text.slice(afterParticle(text, m)));

/** After a bare name, a comma and a word marked 과/와: the name is one of the partners listed (소니[, 덴소와 ]함께). */
const LISTED_PARTNER = /^,\s*[^\s,.]+(?:과|와)\s/;

/**
 * The pairs that the head (the subject, or the first name) and the arguments before the cue make: the object
 * (을/를/에/의), else a partner (과/와) for a symmetric type or a counterparty, else the nearest unmarked name.
 */
function argumentPairs(mentions: readonly Mention[], head: Mention, hasSubject: boolean, context: CueContext): Pair[] {
  const { cue, text, symmetric } = context;
  const reversed = context.reversed || context.passiveVoice;
  const agents = respectiveActors(mentions, head, cue.at, text);
  // 새 예능을 유튜브에 내놓았다: where a thing is put out (에) is no thing made.
  const others = mentions.filter(
    (m) => !agents.includes(m) && m.id !== head.id && !(cue.label === 'DEVELOPS' && isDative(m)),
  );
  const patient = nearestArgument(others, head, context, isAccusative);
  const recipient = nearestArgument(others, head, context, isDative);
  // B를 C에 적용했다: C uses B; B를 C에 매각했다: C owns B. (B를 C에 공급했다: the subject still acts.)
  if (
    patient &&
    recipient &&
    RECIPIENT_ACTS.has(cue.label) &&
    ontologyFit(context.ontology, cue.label, recipient, patient) === 'fits'
  )
    return [{ from: recipient, to: patient, marked: true }];
  const object = nearestArgument(
    others,
    head,
    context,
    (m) => m.role === 'object' && (m.particle === '의' || !embedded(text, m, cue.at)),
  );
  const partner = nearestArgument(others, head, context, isPartner);
  if (symmetric && !partner && !object && agents.length > 1) {
    // 구글과 아마존이 잇따라 … 계약을 맺었다: subjects that act each on their own are no partners of each other.
    return actSeparately(text, head.end, cue.at) ? [] : pairwise(agents);
  }
  // For a directed type, a 과/와 partner acts with the subject (A는 B와 C를 세웠다), unless a contract makes it the
  // counterparty (A는 B와 공급 계약을 맺었다); a deal to supply or make may name its kind first (파운드리 공급 계약).
  const reach = SERVICE_DEALS.has(cue.label) ? 8 : 4;
  const counterparty = partner !== undefined && context.contract.test(text.slice(partner.end, cue.end + reach));
  const partners = partner ? groupEndingAt(others, partner, text) : [];
  // With an unknown object right before the verb, only its recipient (에) can be the target: 국가산단에 … 공급을 지원.
  // 아마존과 마이크로소프트, 구글을 뒤쫓고 있다: a partner listed before the object is one of the objects.
  const listedWithObject = partner && object && groupEndingAt(others, object, text).includes(partner);
  // 카나브와 위장약 겔포스를 만든다: a partner listed before an unknown object of a directed verb is one of its objects.
  const listedWithUnknown =
    LISTED_OBJECT_TYPES.has(cue.label) &&
    !object &&
    partner &&
    !counterparty &&
    listedBeforeObject(text.slice(partner.end, cue.at));
  // The target a particle names: the object; for a symmetric type the partner, unless it is listed with the object;
  // the counterparty of a contract.
  const symmetricTarget = listedWithObject ? object : (partner ?? object);
  const marked = symmetric ? symmetricTarget : (object ?? (counterparty ? partner : undefined));
  const target = listedWithUnknown
    ? partner
    : (marked ?? unmarkedTarget(others, head, context, { recipient, partners, counterparty }));
  const after = adnominalCue(text, cue.at)
    ? undefined
    : others.find(
        (m) =>
          m.start >= cue.end &&
          (looseTarget(m, symmetric, partners, counterparty) || caused(text, m)) &&
          // 배하준 대표가 이끌며 롯데칠성음료 등과 경쟁한다: a connective on the cue itself ends its clause.
          !clauseBreak(text, cue.end - 1, m.start),
      );
  // 투자해 용인에 조성 중인 '클러스터': what the verb of building joined to the cue describes, not its place.
  const built = target
    ? undefined
    : others.find((m) => m.start >= cue.end && context.builtWith.test(text.slice(cue.end, m.start)));
  const fallback = target ?? built ?? after;
  if (!fallback) return [];
  const targets = target ? groupEndingAt(others, target, text) : [fallback];
  const coActor =
    partner && !targets.includes(partner) && ((!symmetric && target === object) || jointPartner(partner, context));
  const actors = coActor ? [...agents, ...partners.filter((m) => !targets.includes(m))] : agents;
  return crossPairs(actors, targets, hasSubject && (target ?? built) !== undefined, reversed);
}
