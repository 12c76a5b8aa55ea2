import type { Ontology } from '../../schema/ontology';
import type { CompiledCues } from '../cues/compiled-cues';
import type { CueHit } from '../cues/cue-match';
import { afterAside, implied, isMade, isOrganisation, type Mention } from '../mentions/mentions';
import type { Sentence } from '../sentences/sentences';
import { ADDRESS_WORD, allMatches, codeAt, endsInNieun, isHangulCode } from '../text';
import { type AdjacentRelation, titledOrganisations } from './adjacency';
import { CONFIDENCE } from './confidence';
import type { CuedPair } from './cue-context';
import { type Pair, pairsForCue, withoutOrigins } from './direction';
import { groupEndingAt, groupFrom, nearestBefore, pairwise } from './groups';
import { actEach, adnominalCue, CLAUSE_END_PAST_ONGOING, clauseBreak } from './korean-clauses';
import { afterParticle, nominalDeal } from './korean-pairs';
import { actingGovernments, ontologyFit, takingPart } from './ontology-fit';
import { buys, namesProduct, purchasedFrom } from './purchases';
import { denied } from './status';

/** A directed pair that one cue proposes, with its confidence. */
interface Proposal extends CuedPair {
  /** The ontology allowed the pair only the other way round. */
  turned: boolean;
}

/** The cues of relation types and the other cue words of the sentence, as CueMatcher found them. */
type Found = Record<'relations' | 'reversing' | 'negation', CueHit[]>;

/** How far after a cue (in characters) a Korean verb of receiving still turns it round. */
const REVERSING_WINDOW = 15;

/** The relation types between a person and an organisation that a title written next to them already states. */
const PERSON_ORG = new Set(['LEADS', 'FOUNDED']);

/** Whether the cue sits between the two names. */
const cueBetween = (at: number, from: Mention, to: Mention) =>
  Math.min(from.start, to.start) < at && at < Math.max(from.start, to.start);
const isBetween = ({ cue, from, to }: Proposal) => cueBetween(cue.at, from, to);
const samePair = (a: Proposal, b: Proposal) =>
  (a.from.id === b.from.id && a.to.id === b.to.id) || (a.from.id === b.to.id && a.to.id === b.from.id);

/** The organisation a purchase of goods is made from (엔비디아에서, "from Nvidia"), other than the pair's own parties. */
const sellerOf = (
  text: string,
  cue: CueHit,
  mentions: readonly Mention[],
  compiled: CompiledCues,
  parties: readonly Mention[],
) =>
  mentions.find(
    (m) => !parties.includes(m) && isOrganisation(m) && purchasedFrom(text, cue, m, mentions, compiled) === 'goods',
  );

/** A verb of entrusting joined to the verb after it: 맡겨 생산, 의뢰해 만든. */
const ENTRUSTED_THEN = /^(?:맡겨|의뢰)$/;

/** What the receiver then holds: 지분, 주식. */
const HELD_WHEN_RECEIVED = new Set(['지분', '주식']);

/**
 * A verb of receiving turns a cue round only when it takes the cue itself (공급받기로, 투자를 유치했다), not when it
 * has an object of its own (공급하기 위해 품질 테스트를 받고 있다).
 */
function receives(text: string, cue: CueHit, reversing: CueHit): boolean {
  // TSMC에 맡겨 생산하고: making entrusted to another is the other's, when the verb of entrusting is joined to the cue.
  if (reversing.at < cue.at)
    return (
      ENTRUSTED_THEN.test(text.slice(reversing.at, reversing.end)) && /^해?\s+$/.test(text.slice(reversing.end, cue.at))
    );
  if (reversing.at - cue.end > REVERSING_WINDOW) return false;
  // 그 대가로 오픈AI 지분을 받는다: a stake received is a stake held.
  if (HELD_WHEN_RECEIVED.has(text.slice(cue.at, cue.end))) return false;
  return !/[을를]\s/.test(text.slice(cue.end, reversing.at).replace(/^[을를]\s*/, ''));
}

/**
 * The relation types where a person written with an organisation's title acts for it: 손정의 소프트뱅크그룹
 * 회장은 오픈AI에 투자한다고 밝혔다 (SoftBank invests). Leading, founding and attending stay the person's own.
 */
const OWN_ACTS = new Set(['LEADS', 'FOUNDED', 'PARTICIPATES_IN']);

/** The organisation a person holds a title at, as the sentence's word order states it. */
function employer(person: Mention, adjacent: readonly AdjacentRelation[]): Mention | undefined {
  return adjacent.find((r) => r.type === 'LEADS' && r.from === person && !r.ended)?.to;
}

/**
 * `A 소속 B`, `A 산하 B` (B, a member or body under A): 국민의힘 소속 홍태용 김해시장, 더불어민주당 소속으로 당선됐다,
 * 보건복지부 산하 국립암센터는, 카이스트 부설 고등과학원.
 */
const MEMBER_OF = /\s(?:소속|산하|부설|부속)(?:으로|인|의)?\s/y;

/**
 * `A의 N인 B` (B, which is A's N): 크래프톤의 [전신인] 블루홀, whatever the noun of two syllables or more (a noun of one
 * before 인 is a word of its own: 카카오의 [법인] 본사).
 */
const POSSESSOR_OF_DESCRIPTION = /의\s+(?:[^\s]{1,8}\s+)?[가-힣]{2,8}인\s/y;

/** The word marked 을/를 right before a verb: what 맡다 takes (대표를 맡았다, 주연을 맡아). */
const OBJECT_BEFORE = /([^\s]+?)[을를]\s*$/;
/** LEADS cues whose object is an office: 대표를 맡았다, 장관을 지냈다, 사장을 역임했다. */
const TAKES_OFFICE = /^(?:맡|지내|지낸|지냈|역임)/;
/** LEADS cues of rising or raising someone to an office written right before them: 회장[에 올랐다], 회장으[로 올렸다]. */
const RISES_TO_OFFICE = /^(?:에|로) 올/;
const OFFICE_BEFORE = /([^\s]+?)으?$/;
/** LEADS cues of taking an office marked 에 or (으)로: 사장에 [취임했다], 대표로 [취임], 회장으로 [승진했다]. */
const TAKES_UP_OFFICE = /^(?:취임|승진)/;
/**
 * LEADS cues that state an office only when one is marked (으)로 right before them: 새 회장으로 [맞았다], 대표이사로
 * [영입했다], 새 대표로 [뽑았다] (not 50주년을 맞아, 인재를 영입).
 */
const TAKES_IN = /^(?:영입|맞았|맞아|맞이|뽑았|뽑아|뽑은|뽑혔|승진)/;
const AS_OFFICE = /([^\s]+?)(?:으로|로)\s+(?:[^\s]+\s+)?$/;

/** Whether an office is marked (으)로 right before the cue. */
function asOffice(text: string, cue: CueHit, compiled: CompiledCues): boolean {
  const office = AS_OFFICE.exec(text.slice(Math.max(0, cue.at - 24), cue.at))?.[1];
  if (!office) return false;
  const { finder } = compiled.titles;
  finder.lastIndex = 0;
  return finder.test(office);
}
/** English LEADS cues of hiring, which state an office only when one is named: hired X as its chief executive. */
const HIRES = /^(?:hired|hires|brought back|tapped)$/i;
/** After the person hired: "as" and the office, or "to run" or "to lead" something. */
const AS_TITLE = /\bas\s+(?:(?:its|the|their|a|new|interim|acting|chief|next)\s+)*$/i;
const TO_LEAD = /\bto\s+(?:run|lead|head)\b/i;

/** Whether the person an English verb of hiring takes is hired as an office-holder: "as chief executive", "to run". */
function hiredToLead(text: string, sentence: Sentence, cue: CueHit, compiled: CompiledCues): boolean {
  const rest = text.slice(cue.end, sentence.end);
  if (TO_LEAD.test(rest)) return true;
  const { finder } = compiled.titles;
  for (const hit of allMatches(finder, rest)) if (AS_TITLE.test(rest.slice(0, hit.index))) return true;
  return false;
}
const OFFICE_TAKEN_UP = /([^\s]+?)(?:에|으로|로)\s*$/;
/** Between an organisation and its office: 의 and modifiers (새정치민주연합 [ ]대표를, 기재부의 [제1 ]차관을). */
const BEFORE_OFFICE = /^(?:의)?\s*(?:[^\s]{1,4}\s+)?$/;

/** An office a verb takes: the organisation written right before it, if any (a bare title has none). */
interface Office {
  holder?: Mention;
}

/**
 * The office that a verb of holding or rising to one takes, and the organisation written right before it: undefined
 * when the cue takes no office; none when the object is no office (주연을 맡아, 주장을 지냈다, 1차관을 지낸) or when no
 * known organisation holds it (성남시장과 경기도지사를 지냈다: a university named earlier is not the office's).
 */
function officeTaken(
  text: string,
  cue: CueHit,
  mentions: readonly Mention[],
  compiled: CompiledCues,
): Office | null | undefined {
  const verb = text.slice(cue.at, cue.end + 1);
  const before = TAKES_OFFICE.test(verb)
    ? OBJECT_BEFORE
    : RISES_TO_OFFICE.test(verb)
      ? OFFICE_BEFORE
      : TAKES_UP_OFFICE.test(verb)
        ? OFFICE_TAKEN_UP
        : undefined;
  if (!before) return undefined;
  const from = Math.max(0, cue.at - 16);
  const match = before.exec(text.slice(from, cue.at));
  if (!match) return undefined;
  // 최고경영자(CEO)에 올랐다: the title without its aside.
  const object = (match[1] as string).replace(/\([^)]*\)$/, '');
  const { finder } = compiled.titles;
  finder.lastIndex = 0;
  if (!finder.test(object) && !object.endsWith('직')) return null;
  const start = from + match.index;
  const end = start + object.length;
  const holder = mentions.findLast(
    (m) =>
      m.type !== 'Person' &&
      m.type !== 'Place' &&
      ((m.start >= start && m.end < end) || (m.end <= start && BEFORE_OFFICE.test(text.slice(m.end, start)))),
  );
  if (holder) return { holder };
  // A bare title (사업총괄 사장을 맡았다) may be the office at a name further back; one glued to a name that is not
  // known (경기도지사를) is that other organisation's.
  return compiled.titles.senseOf.has(object.replace(/직$/, '').toLowerCase()) ? {} : null;
}

/** After an English place, money spent there: "its planned U.S.[ spending]", "China[ investment]". */
const SPENDING_AFTER = /^\s+(?:[a-z-]+\s+)?(?:spending|investments?|expansion)\b/i;
/** After an organisation, where a person came from: 출신 (past bare words), 에서, or one left (를 떠난 뒤). */
const FROM_AFFILIATION =
  /^(?:(?:의\s+|\s+)(?:(?![^\s]*(?:은|는|이|가|을|를|에|로)\s)[^\s]+\s+){0,3}?출신|에서\s|(?:을|를)\s+(?:떠난|떠나|그만두|그만둔|퇴사))/;
/** A verb of parting from the organisation, which makes it the parent, not a past workplace: 떼어 내, 분사해, 독립해. */
const PARTED_FROM = /(?:분사|독립|분리|떨어져|떼어|분할|출발|시작|나와|나온)/;

/**
 * Whether an organisation is only where someone worked or studied before: 삼성전자[에서 … 개발하던], 화웨이[ … 출신],
 * 사치앤드사치[를 떠난 뒤].
 */
const formerAffiliation = (text: string, m: Mention, cueAt: number) =>
  m.type !== 'Place' &&
  m.type !== 'Person' &&
  FROM_AFFILIATION.test(text.slice(m.end, m.end + 24)) &&
  !PARTED_FROM.test(text.slice(m.end, cueAt));

/** Before an English place that money goes into: "in", "into", "to" and an article. */
const INTO_PLACE = /\b(?:in|into|to|across)\s+(?:the\s+)?$/i;

/** After a bare Korean place, up to two words of what in it is invested in, the last marked 에: [ AI 인프라에]. */
const PLACE_THING = /^\s+(?:([^\s,.]+)\s+)?([^\s,.]+)에\s/;
/** Between the place's noun and the cue, a verb of its own that describes a noun: 본사를 [둔 ], 공장을 [지은 ]. */
const OTHER_VERB_BEFORE = /[가-힣](?:둔|운|한|된|던|는|인|은)\s/;
/** Right after a bare Korean place, 내 (within it): 일본[ 내 ]. */
const WITHIN_PLACE = /^\s?내\s/;
/** A word for an organisation, which has a name of its own: 스타트업, 개발사, 기업. */
const ORGANISATION_WORD = /(?:기업|회사|업체|사|스타트업|그룹|은행|재단|펀드|법인)$/;

/**
 * Whether a place is written as the target of an investment: marked 에, or bare before what in it is invested in
 * (일본 AI 인프라에; not 미국 스타트업 X에) in Korean; after "in"/"into", or before the spending, in English.
 */
function investedPlace(text: string, place: Mention, cueAt: number): boolean {
  if (place.particle !== undefined) return place.particle.startsWith('에');
  // 일본 내 AI 인프라 확장에 투자한다: what is within the place.
  if (WITHIN_PLACE.test(text.slice(place.end, place.end + 3))) return true;
  const thing = PLACE_THING.exec(text.slice(place.end, place.end + 24));
  // 미국 캘리포니아주 샌타클래라에 [본사를 둔] 엔비디아는 … 투자: the place is another verb's.
  if (thing)
    return (
      !thing.slice(1).some((word) => word !== undefined && ORGANISATION_WORD.test(word)) &&
      !OTHER_VERB_BEFORE.test(text.slice(place.end + thing[0].length, cueAt))
    );
  return (
    INTO_PLACE.test(text.slice(Math.max(0, place.start - 12), place.start)) ||
    SPENDING_AFTER.test(text.slice(place.end, place.end + 24))
  );
}

/** 소재 as a verb or its noun of place: [소재한], [소재지]. */
const LOCATED_FORM = /^소재(?:한|해|하|지)/;

/** Whether 소재 says where something is: 서울에 소재한, 소재지는, or right after a place (휴스턴 소재 크레이튼). */
const locatedAt = (text: string, cue: CueHit, mentions: readonly Mention[]) =>
  LOCATED_FORM.test(text.slice(cue.at, cue.at + 3)) ||
  mentions.some((m) => m.type === 'Place' && /^\s$/.test(text.slice(m.end, cue.at)));

/** After a Korean place, a word that says the next place is near it: 아인트호벤[ 인근] 펠트호번. */
const NEAR_AFTER = /^\s+(?:인근|근처|부근|근교|외곽|주변)/;

/** "as part of": the phrase of being within a plan or deal. */
const AS_PART_OF = /^as part of$/i;
/** "took over" followed by "from" or "as": an office taken over. */
const OFFICE_TAKEN_OVER = /^(?:took|takes|take|taking)\s+over\s+(?:from|as)\b/i;

/** After a Korean cue of making, a noun of a kind of company: the word names the kind, no act (제조[사], 생산[업체]). */
const KIND_OF_COMPANY = /^(?:사|업체|기업)(?![가-힣]{0,1}(?:하|해|했|한))/;

/** The types of a deal, which a ban after their cue turns into regulation: [구매]를 금지했다. */
const DEAL_TYPES = new Set(['SUPPLIES', 'OWNS', 'INVESTS_IN']);
const BANNED_AFTER = /^[을를]?\s?(?:금지|막았|막는|막기로|불허)/;
/** A foundry as a trade, not an act of making for someone: 파운드리[ 사업], foundry[ market]. */
const FOUNDRY_TRADE =
  /^(?:파운드리|foundry)\s?(?:사업|시장|업계|분야|부문|산업|점유율|순위|market|business|industry|sector|share|rankings?)/i;
/** A cue of supply that opens the noun of a supply chain. */
const SUPPLY_CHAIN = /^(?:공급망|suppl(?:y|ier)\s+chains?\b)/i;

/** After an unmarked place, a clause's subject or verb and then a word marked 에: the address of another place. */
const OTHER_ADDRESS = /^\s+(?:\S+\s+)*?\S+(?:은|는|이|(?<![0-9])가|한|된|운|고|며|,)\s+(?:\S+\s+)*?[가-힣A-Za-z]+에\s/;

/**
 * Whether a Korean place before a cue ends its address: not followed by a known place it contains (부산[ 영도구에]),
 * nor by a word that puts the next place near it.
 */
function addressEnd(text: string, place: Mention, mentions: readonly Mention[], cue: CueHit): boolean {
  if (!cue.korean || place.end > cue.at) return true;
  if (NEAR_AFTER.test(text.slice(place.end, place.end + 4))) return false;
  // 미국 선교사가 세운 … 인천 송도에 캠퍼스를 두고 있다: an unmarked place in another clause than the address is none of it.
  if (place.role === undefined && OTHER_ADDRESS.test(text.slice(place.end, cue.at))) return false;
  const next = mentions.find((m) => m.start >= place.end);
  return !(next?.type === 'Place' && next.end <= cue.at && /^\s+$/.test(text.slice(place.end, next.start)));
}

/** A campus cue glued to a name of its own (제2캠퍼스, 상주캠퍼스), not the main one (본캠퍼스). */
const BRANCH_CAMPUS = /^[^\s본]캠퍼스/;
/** After a home cue in (으)로, a founding verb in its clause: 연고로[ 1982년 창단한]. */
const FOUNDING_AFTER = /^\s+(?:[^\s,]+\s+)?(?:창단|창설|창립|설립|세운|세웠)/;

/** Whether the subject of a founding verb right after a home cue is its founder, not the one at home (빙그레가 대전을 연고로 창단한). */
const foundedThere = (text: string, cue: CueHit, org: Mention) =>
  (org.particle === '이' || org.particle === '가') &&
  org.end <= cue.at &&
  text[cue.end - 1] === '로' &&
  FOUNDING_AFTER.test(text.slice(cue.end, cue.end + 20));

/** Whether the list the place ends or belongs to is marked "also there" (밀양과 [양산에도]). */
const alsoThere = (text: string, place: Mention, mentions: readonly Mention[]) =>
  (groupFrom(mentions, place, text).at(-1) ?? place).particle === '에도';

/** The party whose role a role noun opening the sentence names (경쟁사인 삼성전자는): written nowhere, no verb's argument. */
const possessorOfRole = (m: Mention) => implied(m) && m.role === undefined;

/**
 * After a name (maybe marked 의), at most three bare words and a word marked 은/는: the topic's noun phrase, which the
 * name describes (카카오의 [게임 계열사 카카오게임즈는], 하이브 [산하 레이블 빅히트 뮤직은]).
 */
const DESCRIBED_TOPIC = /^(?:의)?\s+((?:[^\s,.()'"‘’“”]+\s+){1,3}?)([^\s,.()'"‘’“”]{2,}?)(?:은|는)\s/;
/** After a bare name, a word or two ending in the copula's (으)로 and a comma: 하이브[ 자회사로, ]. */
const COPULA_NOUN = /^\s+((?:[^\s,.()]+\s+)?[^\s,.()]+?)(?:으로|로),\s/;
/** A bare word: no particle or verb ending. */
const MARKED_END = /(?:은|는|이|가|을|를|에|의|와|과|로|도|고|며|서|한|된|운|던|인|할)$/;

/**
 * For each name that only describes a topic whose own name is not known, through a role noun or a word of belonging
 * (카카오의 게임 계열사 카카오게임즈는, 하이브 산하 레이블 빅히트 뮤직은, 넥슨 자회사인 넥슨게임즈는, X는 하이브 자회사로,), where
 * that description ends.
 */
function describedTopicEnds(
  text: string,
  names: readonly Mention[],
  mentions: readonly Mention[],
  compiled: CompiledCues,
): Map<Mention, number> {
  const ends = new Map<Mention, number>();
  const tying = (word: string) => compiled.roleNouns.tying.test(word);
  // 넥슨 [자회사인] 넥슨게임즈는: the copula's -인 joins a role noun to the topic too.
  const marked = (word: string) => MARKED_END.test(word) && !(word.endsWith('인') && tying(word));
  for (const m of names) {
    if (m.particle !== undefined && m.particle !== '의') continue;
    const after = text.slice(m.end, m.end + 60);
    // 위버스컴퍼니는 하이브 [자회사로, ]… 최준원 대표가 취임했다: the copula's noun describes the topic too.
    const copula = COPULA_NOUN.exec(after);
    if (copula && tying(copula[1] as string)) {
      ends.set(m, m.end + copula[0].length);
      continue;
    }
    const match = DESCRIBED_TOPIC.exec(after);
    if (!match) continue;
    const end = m.end + match[0].length;
    const words = (match[1] as string).trim().split(/\s+/);
    if (!words.some(tying) || words.some(marked)) continue;
    if (!mentions.some((other) => other.start >= m.end && other.start < end)) ends.set(m, end);
  }
  return ends;
}

/** A name set aside by "not … but": 김해시가 [아니라] 부산 강서구에 (not in Gimhae but in Busan). */
const NOT_BUT = /^(?:이|가)?\s*아니라/;

/** 용 right after a Korean cue noun: what something is for (양산용, 개발용, 수출용). */
const FOR_USE = /^용(?:\s|으로|이|의|을)/;

/** A place in the phrase that closes a list with 등 (소니 등 [일본] 대기업 8곳이): it describes the members, no party. */
const describesList = (text: string, m: Mention) =>
  m.type === 'Place' && /(?:^|\s)등\s+$/.test(text.slice(Math.max(0, m.start - 4), m.start));

/** A place written as the origin of the name after it ([미국 ]엔비디아가, [미국 AI 기업 ]퍼플렉시티와): it describes it and takes no part. */
const originOfNext = (text: string, mentions: readonly Mention[], adjacent: readonly AdjacentRelation[], m: Mention) =>
  m.type === 'Place' &&
  (mentions.some((other) => other.originStart === m.start) ||
    adjacent.some(
      (r) => r.type === LOCATED && r.to === m && r.from.start > m.end && r.from.start - m.end <= ORIGIN_REACH,
    ) ||
    KIND_AFTER_PLACE.test(text.slice(m.end, m.end + 40)));
/** After a place and bare words, the kind of organisation it describes, not named ([ 스타트업에], [의 로봇 AI 스타트업이], [ startups]). */
const KIND_AFTER_PLACE =
  /^(?:의)?\s+(?:(?![^\s,.]*(?:에|을|를|은|는|로|둔|한|된|인|운|던)\s)[^\s,.]+\s+){0,3}?[^\s,.]*(?:스타트업|기업|업체|회사)들?(?:에|에게|을|를|과|와|의|이|가|은|는|도)?\s|^\s+(?:[a-z][\w-]*\s+){0,2}(?:start-?ups?|companies|firms)\b/;
/** How far before its organisation an origin may be written, past kind words: [미국 AI 기업 ]퍼플렉시티. */
const ORIGIN_REACH = 24;

/** An English word, its plural ending apart, with no preposition after it. */
const ENGLISH_NOUN = /^([A-Za-z]+?)s?\b(?!\s+(?:of|to|for|with|in|on|at|from)\b)/;

/**
 * Whether the cue opens a longer role noun of its own type (개발사), bare or with a particle (개발사인, 투자사로), not
 * 개발사업, written right after a name or right before one; or an English one, wherever it stands. (A 합작법인 is founded,
 * and its founders still partner.)
 */
function opensRoleNoun(text: string, cue: CueHit, mentions: readonly Mention[], compiled: CompiledCues): boolean {
  const { senseOf, prefixes } = compiled.roleNouns;
  // "auto supplier ZF", "other cloud providers": an English role noun with no preposition after it is no act; the
  // role-noun reading states what it says (not "a supplier of memory to Nvidia"; "partner" is a verb as well).
  if (!cue.korean) {
    const word = ENGLISH_NOUN.exec(text.slice(cue.at, cue.at + 40));
    return (
      word !== null && cue.label !== PARTNERS && senseOf.get((word[1] as string).toLowerCase())?.type === cue.label
    );
  }
  if (!prefixes.has(text.slice(cue.at, cue.end + 1))) return false;
  const word = /^[가-힣]{2,8}/.exec(text.slice(cue.at, cue.at + 8))?.[0];
  if (!word) return false;
  let role = false;
  for (let length = word.length; length > cue.end - cue.at && !role; length--) {
    const rest = word.slice(length);
    role =
      senseOf.get(word.slice(0, length))?.type === cue.label &&
      (rest === '' || rest === '인' || compiled.particles.roleOf.has(rest));
  }
  if (!role) return false;
  const end = cue.at + word.length;
  const after = mentions.find((m) => m.start >= end);
  const before = mentions.findLast((m) => m.end <= cue.at);
  return (
    (after !== undefined && after.start - end <= 3 && /^\s+$/.test(text.slice(end, after.start))) ||
    (before !== undefined && cue.at - before.end <= 3 && /^(?:의)?\s+$/.test(text.slice(before.end, cue.at)))
  );
}

/**
 * A name that only qualifies a role noun after it is not an argument of the verb: 오픈AI의 경쟁사인 앤트로픽에,
 * 크래프톤의 전신인 블루홀은, "took a stake in TikTok's rival", "Anthropic, a rival of OpenAI".
 */
function qualifiesRole(text: string, m: Mention, compiled: CompiledCues): boolean {
  const { describesNext, possessedRole, roleOf } = compiled.roleNouns;
  describesNext.lastIndex = m.end;
  possessedRole.lastIndex = m.end;
  POSSESSOR_OF_DESCRIPTION.lastIndex = m.end;
  MEMBER_OF.lastIndex = m.end;
  return (
    describesNext.test(text) ||
    possessedRole.test(text) ||
    POSSESSOR_OF_DESCRIPTION.test(text) ||
    MEMBER_OF.test(text) ||
    roleOf.test(text.slice(Math.max(0, m.start - 40), m.start))
  );
}

/** The mentions that may take part in any cue's relation: none that only describes, qualifies or sets apart another. */
function anyCuesParties(
  text: string,
  mentions: readonly Mention[],
  adjacent: readonly AdjacentRelation[],
  compiled: CompiledCues,
): readonly Mention[] {
  const qualifiers = qualifying(text, mentions, compiled);
  return withoutOrigins(
    mentions.filter(
      (m) =>
        !aside(text, m, compiled) &&
        !qualifiers.has(m) &&
        !affiliationOfPerson(text, m, mentions) &&
        !originOfNext(text, mentions, adjacent, m) &&
        !describesList(text, m) &&
        !NOT_BUT.test(text.slice(m.end, m.end + 8)) &&
        !(isOrganisation(m) && PEOPLE_AFTER.test(text.slice(m.end, m.end + 24))) &&
        !possessorOfRole(m),
    ),
    text,
  ).flatMap((m) => makerNamed(text, m, adjacent));
}

/** After an English name, people it describes: "former OpenAI[ researchers]", "former Apple[ designer] Jony Ive". */
const PEOPLE_AFTER =
  /^\s+(?:[a-z-]+\s+)?(?:researchers?|engineers?|employees?|executives?|staff(?:ers)?|scientists?|workers?|alumni|veterans?|designers?|founders?|co-founders?)\b/;

/** After a product, the role noun of its maker: the ChatGPT[ maker], 챗GPT[ 개발사]. */
const MAKER_NOUN_AFTER = /^\s+(?:maker|developer|creator|(?:개발사|제조사|운영사|개발업체)(?![가-힣]))/;
/** Before a product, the role noun of its maker and "of": the Microsoft-backed [maker of ]ChatGPT. */
const MAKER_NOUN_BEFORE = /\b(?:maker|developer|creator)\s+of\s+(?:the\s+)?$/i;

/**
 * "invested in the ChatGPT maker", "the ChatGPT maker OpenAI", "the Microsoft-backed maker of ChatGPT", 챗GPT 개발사
 * 오픈AI에: a product written with its maker's role noun names the maker, no party itself; the maker, as the role noun
 * reads it, stands where the product is written.
 */
function makerNamed(text: string, m: Mention, adjacent: readonly AdjacentRelation[]): Mention[] {
  if (
    isOrganisation(m) ||
    !(
      MAKER_NOUN_AFTER.test(text.slice(m.end, m.end + 12)) ||
      MAKER_NOUN_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))
    )
  )
    return [m];
  const maker = adjacent.find((r) => r.type === DEVELOPS && r.basis === 'role' && r.to === m)?.from;
  // The maker's own name written right after the noun takes part as itself.
  if (!maker || maker.start > m.end) return [];
  return [{ ...maker, start: m.start, end: m.end, particle: m.particle, role: m.role }];
}

/** The names that qualify a role noun, with those listed with them: [LG에너지솔루션과 GM]의 합작법인. */
function qualifying(text: string, mentions: readonly Mention[], compiled: CompiledCues): Set<Mention> {
  const names = new Set<Mention>();
  for (const m of mentions) {
    if (!qualifiesRole(text, m, compiled)) continue;
    names.add(m);
    if (text.startsWith('의', m.end)) for (const listed of groupEndingAt(mentions, m, text)) names.add(listed);
  }
  return names;
}

/** After an organisation, a word of a person's post or origin there before the person: 서울대[ 전기정보공학부 교수인 ]김장우가. */
const AFFILIATION_BEFORE_PERSON =
  /^(?:의)?\s+(?:[^\s,.]+\s+){0,2}?(?:교수|명예교수|연구교수|연구원|출신|졸업생|동문|학생|박사)(?:인|이자|이던|이었던|으로|로)?\s+$/;

/** Whether the organisation, or the list it opens, only says where the person after it works or studied (삼성전자와 AMD 출신 백준호). */
function affiliationOfPerson(text: string, m: Mention, mentions: readonly Mention[]): boolean {
  if (!isOrganisation(m)) return false;
  const last = groupFrom(mentions, m, text).at(-1) ?? m;
  const next = mentions.find((other) => other.start >= last.end);
  return next?.type === 'Person' && AFFILIATION_BEFORE_PERSON.test(text.slice(last.end, next.start));
}

/**
 * After a name, a part of its business that a deal takes, not the whole: "Wistron's Indian factory", 인텔의 낸드 사업,
 * 삼성전자의 반도체 부문.
 */
const PART_OF_IT =
  /^(?:['’]s|의)\s+(?:[^\s,]+\s+){0,2}?(?:factory|plant|fab|business|division|unit|operations|assets|공장|사업부?|부문|자산)(?![A-Za-z])/;

/**
 * For a place that a home moved from (본사를 강남구[에서 성동구로 이전했다], "moved its headquarters from Osaka to
 * Tokyo"): the known place it moved to, or null. Undefined for any other place.
 */
function movedTo(
  text: string,
  sentence: Sentence,
  place: Mention,
  mentions: readonly Mention[],
  compiled: CompiledCues,
): Mention | null | undefined {
  const { movedFrom, movedFromBefore } = compiled.located;
  movedFrom.lastIndex = place.end;
  const korean = movedFrom.exec(text);
  if (korean) {
    const end = place.end + korean[0].length;
    return (
      mentions.find((m) => m.start > place.end && m.end < end && MOVED_TO_AFTER.test(text.slice(m.end, m.end + 14))) ??
      null
    );
  }
  if (!movedFromBefore.test(text.slice(sentence.start, place.start))) return undefined;
  return (
    mentions.find(
      (m) => m.start > place.end && m.end <= sentence.end && /^[^.]*?\bto\s+$/.test(text.slice(place.end, m.start)),
    ) ?? null
  );
}

/** LOCATED_IN cues of a seat (도청, 시청: also wiretapping, viewing; 본부: also a division). */
const SEAT = /^(?:도청|시청|군청|구청|청사|본부|본청|사무국)$/;
/**
 * After a seat word as the object, a move must name the place (도청을 … 옮겼다) or 두다 hold it there (본부를 둔); as the
 * subject, "is in" (시청은 … 에 있다).
 */
const SEAT_OBJECT = /^[을를]\s/;
const SEAT_HELD = /^[을를]\s+(?:두|둔)/;
const SEAT_IS_IN = /^(?:은|는|이|가)\s+(?:[^\s,.]+\s+){0,3}?[^\s,.]+에\s+있/;

/** After a seat word marked as the subject, the verb of being there: [가 있다], [이 있으며]. */
const SEAT_THERE = /^(?:이|가)\s+있/;

/** Whether a seat word is a home here: held or moved (본부를 둔, 도청을 … 옮겼다), or said to be in a place (시청은 팔달구에 있다). */
function seatIsHome(text: string, sentence: Sentence, cue: CueHit, compiled: CompiledCues): boolean {
  const after = text.slice(cue.end, sentence.end);
  if (SEAT_OBJECT.test(after)) return SEAT_HELD.test(after) || compiled.located.move.test(after);
  // 도쿄 스기나미구에 본부가 있다: a place marked 에 right before the seat that is.
  if (SEAT_THERE.test(after) && /[가-힣A-Za-z]에\s+$/.test(text.slice(Math.max(0, cue.at - 4), cue.at))) return true;
  return SEAT_IS_IN.test(after.slice(0, 40));
}

/** After the place a home moved to, (으)로, maybe past one more word of its address: 영통구[ 광교신도시로 ]. */
const MOVED_TO_AFTER = new RegExp(`^${ADDRESS_WORD}(?:으로|로)\\s`);

const LOCATED = 'LOCATED_IN';

/** A relation type that another implies for the same pair: who develops a thing is not recorded as its user. */
const IMPLIED_BY = new Map([['USES', 'DEVELOPS']]);

/**
 * One predicate per pair: Korean is verb-final, so a cue after both names outranks a cue between them; in English
 * the first cue between the names is the verb, and later ones between them modify the object. A type implied by
 * another proposed for the pair gives way to it (엑사원을 개발해 … 적용했다: DEVELOPS, not USES).
 */
function governing(all: readonly Proposal[], text: string): Proposal[] {
  // A cue whose type fits the pair only turned round gives way to one that fits it as written: "will provide
  // subsidies to Rapidus" is support, not Rapidus supplying the government.
  const proposals = all.filter((p) => !p.turned || !all.some((q) => !q.turned && samePair(p, q)));
  return proposals.filter((p) => {
    const rivals = proposals.filter((q) => q !== p && samePair(p, q));
    if (rivals.some((q) => IMPLIED_BY.get(p.cue.label) === q.cue.label)) return false;
    if (!isBetween(p)) return !(p.cue.korean && rivals.some((q) => describesSecond(text, q)));
    if (p.cue.korean) return describesSecond(text, p) || !rivals.some((q) => q.cue.at > Math.max(q.from.end, q.to.end));
    // "which makes chips for other companies and trails Taiwan's TSMC": a verb coordinated after the first one governs.
    const coordinatedAfter = (q: Proposal) => q.cue.at > p.cue.at && AND_VERB.test(text.slice(p.cue.end, q.cue.at));
    if (rivals.some((q) => isBetween(q) && coordinatedAfter(q))) return false;
    return !rivals.some((q) => isBetween(q) && q.cue.at < p.cue.at && !AND_VERB.test(text.slice(q.cue.end, p.cue.at)));
  });
}

/** The end of an English verb phrase and "and" before the next verb: "makes chips for other companies[ and ]trails". */
const AND_VERB = /[^,]\s+and\s+(?:also\s+)?$/;

/** A word whose last syllable ends in ㄴ as an adnominal ending does, not as the connectives -지만, -면 do. */
const adnominalWord = (word: string) => endsInNieun(word.charCodeAt(word.length - 1)) && !/[만면]$/.test(word);

/** Whether the cue is an adnominal clause between the names that describes the second: SK하이닉스와 선두를 [다투는] 삼성전자는. */
function describesSecond(text: string, p: Proposal): boolean {
  const [first, second] = p.from.start > p.to.start ? [p.to, p.from] : [p.from, p.to];
  return (
    isBetween(p) &&
    !clauseBreak(text, first.end, p.cue.at) &&
    second.particle !== undefined &&
    second.particle !== '의' &&
    /^[^\s]*\s+$/.test(text.slice(p.cue.end, second.start)) &&
    adnominalWord(text.slice(p.cue.at, second.start).trimEnd())
  );
}

function score(pair: Pair, reversed: boolean): number {
  const value = CONFIDENCE.cue + (pair.marked ? CONFIDENCE.marked : 0) + (reversed ? CONFIDENCE.reversed : 0);
  return Math.round(Math.min(0.95, Math.max(0.05, value)) * 100) / 100;
}

/**
 * A person's name glued into a longer Korean word (박정희정부) names something else, and a person in brackets after
 * an organisation (산업통상자원부(장관 이창양)) describes it: neither acts. An implied subject is no name.
 */
const aside = (text: string, m: Mention, compiled: CompiledCues) =>
  m.type === 'Person' &&
  !implied(m) &&
  ((isHangulCode(codeAt(text, m.end)) && !compiled.titles.particleAt(text, m.end)) || text[m.end] === ')');

/**
 * The mentions LEADS and FOUNDED cues may take: not an organisation written with a title (조원태 한진그룹 회장,
 * KB금융지주(회장 양종희)), and for LEADS not a person whose current title already ties it to an organisation: the title
 * states those (a former one does not: 강희석 전 이마트 대표는 … 쿠팡을 이끌고 있다). (A founder may found again: "LinkedIn
 * co-founder Reid Hoffman, who also co-founded Inflection".)
 */
function freeOfTitles(
  text: string,
  mentions: readonly Mention[],
  adjacent: readonly AdjacentRelation[],
  compiled: CompiledCues,
) {
  const bound = new Set<Mention>(titledOrganisations(text, mentions, compiled.titles));
  for (const r of adjacent) if (PERSON_ORG.has(r.type) && !r.ended) bound.add(r.from).add(r.to);
  return mentions.filter((m) => !bound.has(m));
}

/** Whether the cue lies inside a title word of the sentence (창업[자], 설립[자]): a title, not a verb. */
function insideTitle(text: string, sentence: Sentence, cue: CueHit, compiled: CompiledCues): boolean {
  const { finder } = compiled.titles;
  const from = Math.max(sentence.start, cue.at - 8);
  const stretch = text.slice(from, Math.min(sentence.end, cue.end + 8));
  for (const hit of allMatches(finder, stretch)) {
    if (from + hit.index <= cue.at && cue.end <= from + hit.index + hit[0].length && hit[0].length > cue.end - cue.at)
      return true;
  }
  return false;
}

/**
 * A contract or a memorandum is a partnership (기술이전 계약을 맺었다) unless a cue of another type before it says its
 * kind: 공급 계약을 맺었다 is supply, 양극재를 공급하는 계약, 지분을 사들이는 계약, 공급을 위한 의향서 what they say.
 */
function ofAnotherKind(text: string, cue: CueHit, cues: readonly CueHit[], contract: RegExp): boolean {
  if (cue.label !== PARTNERS || contract.exec(text.slice(cue.at, cue.end))?.index !== 0) return false;
  if (!cues.some((other) => other.label !== PARTNERS && other.end <= cue.at)) return false;
  // 1조 원을 공동 투자해 연구센터를 짓는 양해각서: what the parties do together is still a partnership.
  return !actedTogether(text.slice(Math.max(0, cue.at - JOINT_REACH), cue.at));
}

/** How far before a contract a word that the parties act together may stand. */
const JOINT_REACH = 40;
const JOINTLY_WORD = /공동|함께|\bjointly\b|\btogether\b/gi;

/** Whether a word of acting together (공동, 함께, jointly) stands in the stretch before a contract, in its clause. */
function actedTogether(before: string): boolean {
  let last: RegExpExecArray | undefined;
  for (const match of before.matchAll(JOINTLY_WORD)) last = match;
  return last !== undefined && !CLAUSE_END_PAST_ONGOING.test(before.slice(last.index + last[0].length));
}

/** After a founding cue used as a noun of time: 창단 [첫] 우승, 설립 [이후], 창립 [기념]. */
const FOUNDING_AS_TIME = /^\s?(?:첫|이후|이래|기념|멤버|초기|당시|연도|\d+주년)/;
/** A short quoted title around a cue: an opening quote before it and a closing one after it, with no other between. */
const TITLE_OPENS = /['‘「『《][^'‘’「」『』《》\n]{0,20}$/;
const TITLE_CLOSES = /^[^'‘’「」『』《》\n]{0,20}['’」』》]/;
const quotedTitle = (text: string, cue: CueHit) =>
  TITLE_OPENS.test(text.slice(Math.max(0, cue.at - 21), cue.at)) &&
  TITLE_CLOSES.test(text.slice(cue.end, cue.end + 21));

/** A cue of making for others right before the cue, with a space at most between: [파운드리] 공급. */
const madeBefore = (text: string, other: CueHit, cue: CueHit) =>
  other.label === 'MANUFACTURES_FOR' && other.end <= cue.at && /^\s?$/.test(text.slice(other.end, cue.at));

const SUPPLIES = 'SUPPLIES';
const REGULATES = 'REGULATES';
const DEVELOPS = 'DEVELOPS';
const SUPPORTS = 'SUPPORTS';
const OWNS = 'OWNS';
const COMPETES = 'COMPETES_WITH';
const INVESTS_IN = 'INVESTS_IN';

/** The cue of doing something with another: 엔비디아[와 함께] 구축하기로 했다. */
const TOGETHER = /^[와과] 함께$/;
/** 함께 written apart from the partner: 소프트뱅크와 … 플랫폼을 [함께] 구축하기로. */
const TOGETHER_APART = /^함께$/;
/** Right after 함께 written apart, the act done together: [ 구축하기로]. */
const ACT_RIGHT_AFTER = 4;
const SUBJECT_MARK = /^(?:은|는|이|가)$/;
/** After the partner, the rest of its list and the kind of its members: 소니[그룹, 덴소], [ 등 50여 개 기업·기관]. */
const LIST_TO_TOGETHER = /^[^\s,·]{0,4}(?:\s*[,·]\s*[^\s,·]+)*(?:\s*등(?:\s+[^\s]+){0,3})?$/;
/** Acts of work that, done together after 함께, make partners: building, making, supplying, funding, using. */
const JOINT_WORK = new Set([DEVELOPS, 'MANUFACTURES_FOR', SUPPLIES, SUPPORTS, 'USES']);
/** Acts done together that make the doers co-founders, co-investors, co-buyers, rivals or fellow attendees, no partners. */
const SHARED_ACTS = new Set(['FOUNDED', INVESTS_IN, OWNS, COMPETES, 'PARTICIPATES_IN']);

/**
 * Whether doing something together is a partnership: with the organisation written right before (소프트뱅크[와 함께],
 * 소니 등[과 함께]), not with a person or a product (손 회장과 함께, GPU와 함께); in an act of work after it (구축하기로,
 * not 국정감사에 출석했다), and in no act of founding, investing, buying, competing or attending (소니 등 7개사와 함께
 * 라피더스를 세운).
 */
function togetherWithPartner(
  text: string,
  cue: CueHit,
  mentions: readonly Mention[],
  cues: readonly CueHit[],
): boolean {
  const partner = mentions.findLast((m) => m.end <= cue.at);
  if (partner === undefined || !LIST_TO_TOGETHER.test(text.slice(partner.end, cue.at))) return false;
  return (
    isOrganisation(partner) &&
    cues.some((other) => other.at > cue.at && JOINT_WORK.has(other.label)) &&
    !cues.some((other) => SHARED_ACTS.has(other.label))
  );
}

/**
 * Whether 함께 written apart from the partner is a partnership: an organisation marked 와/과 before it in its clause
 * (엔비디아는 소프트뱅크와 … 플랫폼을 함께 구축하기로, 소프트뱅크그룹과 오픈AI는 … 함께 내놓겠다고), an act of work right after
 * it, and no act of founding, investing, buying, competing or attending in the sentence.
 */
function togetherApart(text: string, cue: CueHit, mentions: readonly Mention[], cues: readonly CueHit[]): boolean {
  const partner = mentions.find(
    (m) =>
      m.end <= cue.at &&
      isOrganisation(m) &&
      (m.particle === '와' || m.particle === '과') &&
      !CLAUSE_END_PAST_ONGOING.test(text.slice(m.end, cue.at)),
  );
  // Between them, the other subject at most (소프트뱅크그룹과 [오픈AI는] … 함께): not 오픈AI와 [애플의] 전 CDO [조니 아이브가].
  const between = partner
    ? mentions.filter((m) => m.start >= partner.end && m.end <= cue.at && (isOrganisation(m) || m.type === 'Person'))
    : [];
  const subject = between[0];
  return (
    partner !== undefined &&
    (subject === undefined ||
      (between.length === 1 && isOrganisation(subject) && SUBJECT_MARK.test(subject.particle ?? ''))) &&
    cues.some((other) => other.at > cue.end && other.at <= cue.end + ACT_RIGHT_AFTER && JOINT_WORK.has(other.label)) &&
    !cues.some((other) => SHARED_ACTS.has(other.label))
  );
}
/**
 * The relation types of a deal's parties. A government in a sentence that regulates is the regulator, not a party:
 * 금융위원회는 우리금융지주의 동양생명 자회사 편입을 승인했다.
 */
const STAKES = new Set([OWNS, INVESTS_IN]);
/** A cue of investing that names a kind of firm or people: "investment firm", "investors", 투자회사, 투자은행. */
const INVESTOR_KIND =
  /^(?:investment\s+(?:firm|company|bank|arm|fund|group|house|manager|vehicle)s?\b|investors?\b|투자(?:회사|은행|전문))/i;
/** 세우다 after 앞 or 내: to put forward (앞세워, 내세운), not to found. */
const PUT_FORWARD = /^[앞내]세/;
/** Before 내놓다, what a thing is offered as when it is not launched: 담보로, 매물로. */
const OFFERED_AS = /(?:담보|매물)로\s*$/;
/** After a name or the last of a list, 의 and a means of support: 베이징시 정부[의 지원으로] 문을 연, 엘리 브로드 부부[의 기부로]. */
const BY_MEANS_OF =
  /^(?:\s+[가-힣]{1,3})?의\s*(?:[^\s]+\s+)?(?:지원|기부|후원|도움|출연금|자금)(?:으로|로|을 받아|를 받아|에 힘입어)\s/;
/** After a name, the object marking of what something is based on: 수리온[을 바탕으로], 라마 2[를 기반으로]. */
const BASED_ON_AFTER = /^(?:을|를)\s*(?:바탕|기반|토대)으로/;
/** The acts a supporter written as the means (BY_MEANS_OF) takes no part in. */
const MEANS_EXCLUDED = new Set(['FOUNDED', 'DEVELOPS']);

/** Whether a name, or the list it opens, is written as the means of another's act: A와 B의 지원으로 문을 연 C. */
const byMeansOf = (text: string, m: Mention, mentions: readonly Mention[]) =>
  BY_MEANS_OF.test(text.slice((groupFrom(mentions, m, text).at(-1) ?? m).end, m.end + 60));
/** After a cue, a permission that it names: 판매[ 허가], 생산[ 승인], 판매[를 허가했다]. */
const PERMIT_AFTER = /^(?:[을를])?\s?(?:허가|승인|인가)/;
/** The English cue of holding, which states a stake only with a share after it. */
const HOLDS = /^(?:hold|held)/i;
/** Regulating cues of approval, which a refusal does not take back. */
const APPROVAL = /^(?:승인|인가|허가|approv|clear)/i;

/** Per relation cue of the sentence, the directed pairs that particles, word order and the ontology allow. */
export function cueProposals(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  adjacent: readonly AdjacentRelation[],
  found: Found,
  compiled: CompiledCues,
  ontology: Ontology,
): Proposal[] {
  const { passive, passiveKo, adnominal, contract, appointingWords } = compiled;
  let forAny: readonly Mention[] | undefined;
  /** Per LEADS and FOUNDED: the mentions their cues may take. */
  let free: Map<string, readonly Mention[]> | undefined;
  /** Per mention that only describes a topic not known, where that topic ends. */
  let topicEnds: Map<Mention, number> | undefined;
  const proposals: Proposal[] = [];
  const regulated = found.relations.some((cue) => cue.label === REGULATES);
  for (const cue of found.relations) {
    if (ofAnotherKind(text, cue, found.relations, contract)) continue;
    // Refusing approval regulates too: 인수를 승인하지 않기로 했다.
    // 요구에 밀려: being pushed back by a rival is written right after its name (SK하이닉스에 밀리며).
    if (cue.korean && text.startsWith('에 밀', cue.at) && !mentions.some((m) => m.end === cue.at)) continue;
    // 격차를 좁히지 못한: a rival that could not catch up is still a rival.
    const negations =
      cue.label === COMPETES ? found.negation.filter((n) => !text.startsWith('못', n.at)) : found.negation;
    if (denied(text, cue, negations) && !(cue.label === REGULATES && APPROVAL.test(text.slice(cue.at, cue.end))))
      continue;
    // 생산 거점으로 삼다: a production base is a site, not a home.
    if (
      cue.label === LOCATED &&
      compiled.located.siteBefore.test(text.slice(Math.max(sentence.start, cue.at - 12), cue.at))
    )
      continue;
    // 소재 is a material (특수소재, 모듈 소재를) unless a verb of it (소재한, 소재지) or right after a place (휴스턴 소재).
    if (cue.label === LOCATED && text.startsWith('소재', cue.at) && !locatedAt(text, cue, mentions)) continue;
    // 김연경을 앞세워, 내세운: put forward, not founded.
    if (cue.label === 'FOUNDED' && PUT_FORWARD.test(text.slice(Math.max(0, cue.at - 1), cue.end))) continue;
    // "the investment firm that controls …", 투자회사: a kind of firm, not an investment; "investors" name people, not
    // an act (the role-noun reading states "OpenAI's investors include …").
    if (cue.label === 'INVESTS_IN' && INVESTOR_KIND.test(text.slice(cue.at, cue.end + 16))) continue;
    // 롯데월드타워를 담보로 내놓았다: offered as collateral or for sale, not launched.
    if (cue.label === DEVELOPS && OFFERED_AS.test(text.slice(Math.max(sentence.start, cue.at - 8), cue.at))) continue;
    // '미국 제조 프로그램': a cue inside a quoted Korean title names it, and states nothing.
    if (cue.korean && quotedTitle(text, cue)) continue;
    // 창단 첫 우승, 설립 이후: a founding that dates something else.
    if (cue.label === 'FOUNDED' && FOUNDING_AS_TIME.test(text.slice(cue.end, cue.end + 6))) continue;
    // "took over from Dan Schulman", "took over as chief executive": an office taken, no company bought.
    if (cue.label === OWNS && OFFICE_TAKEN_OVER.test(text.slice(cue.at, cue.end + 8))) continue;
    // "as part of the Stargate project": within a plan, not owned by anyone.
    if (cue.label === OWNS && AS_PART_OF.test(text.slice(Math.max(0, cue.at - 3), cue.end))) continue;
    // 마이크론 제품의 구매를 금지했다: a purchase, stake or deal banned is regulation, not the deal.
    if (cue.korean && DEAL_TYPES.has(cue.label) && BANNED_AFTER.test(text.slice(cue.end, cue.end + 8))) continue;
    // 칩 제조사에, 생산업체: a noun of the kind of company, no act of making.
    if (cue.korean && cue.label === 'MANUFACTURES_FOR' && KIND_OF_COMPANY.test(text.slice(cue.end, cue.end + 3)))
      continue;
    // 앞다퉈 사들이면서: scrambling for something, no rivalry.
    if (cue.label === COMPETES && cue.korean && text[cue.at - 1] === '앞') continue;
    // 파운드리 사업에서, "the global foundry market": the trade of making for others, no act of it.
    if (cue.label === 'MANUFACTURES_FOR' && FOUNDRY_TRADE.test(text.slice(cue.at, cue.end + 12))) continue;
    // 공급망, "supply chain": a chain of supply, no act of it.
    if (SUPPLY_CHAIN.test(text.slice(cue.at, cue.end + 8))) continue;
    // 파운드리 공급 계약, "foundry supply deal": what is supplied is the making, a foundry's service.
    if (cue.label === SUPPLIES && found.relations.some((other) => madeBefore(text, other, cue))) continue;
    // 챗GPT [개발사] 오픈AI, 주요 [투자사]: a role, which the role-noun reading states, not an act.
    if (opensRoleNoun(text, cue, mentions, compiled)) continue;
    // "the biggest buyers of Nvidia's H20": a noun of those who buy, not an act of buying.
    if (cue.label === OWNS && !cue.korean && /^ers?\b/.test(text.slice(cue.end, cue.end + 4))) continue;
    // 양산[용] 장비, 수출[용] 칩: a noun of purpose, not an act.
    if (cue.korean && FOR_USE.test(text.slice(cue.end, cue.end + 4))) continue;
    if (TOGETHER.test(text.slice(cue.at, cue.end)) && !togetherWithPartner(text, cue, mentions, found.relations))
      continue;
    if (TOGETHER_APART.test(text.slice(cue.at, cue.end)) && !togetherApart(text, cue, mentions, found.relations))
      continue;
    // "holds a 30% stake", "which holds 10 percent": holding is a stake only with a share after it (not "holds talks").
    if (HOLDS.test(text.slice(cue.at, cue.end)) && !SHARE_AFTER.test(text.slice(cue.end, cue.end + SHARE_REACH)))
      continue;
    const personOrg = PERSON_ORG.has(cue.label);
    if (personOrg && insideTitle(text, sentence, cue, compiled)) continue;
    if (cue.label === 'LEADS' && TAKES_IN.test(text.slice(cue.at, cue.end + 1)) && !asOffice(text, cue, compiled))
      continue;
    if (cue.label === 'LEADS' && HIRES.test(text.slice(cue.at, cue.end)) && !hiredToLead(text, sentence, cue, compiled))
      continue;
    const office = cue.label === 'LEADS' ? officeTaken(text, cue, mentions, compiled) : undefined;
    if (office === null) continue;
    forAny ??= anyCuesParties(text, mentions, adjacent, compiled);
    const appointing = appointingWords.has(text.slice(cue.at, cue.end).toLowerCase());
    // A titled person may be appointed to another office (장인화 전 포스코 사장을 회장으로 선임했다), or found another
    // company ("LinkedIn co-founder Reid Hoffman, who also co-founded Inflection").
    let candidates = forAny;
    if (personOrg && !appointing) {
      free ??= new Map();
      let kept = free.get(cue.label);
      if (!kept) {
        kept = freeOfTitles(text, forAny, cue.label === 'LEADS' ? adjacent : [], compiled);
        free.set(cue.label, kept);
      }
      // A titled person, the subject, may take another office: 곽재선 KG그룹 회장은 … 쌍용차 회장에 올라, 손경식 CJ그룹
      // 회장이 … 회장을 맡고 있는 (the topic's).
      const taken = kept;
      candidates = office
        ? forAny.filter(
            (m) => taken.includes(m) || m === office.holder || (m.type === 'Person' && m.role === 'subject'),
          )
        : kept;
    }
    // 카카오의 게임 계열사 카카오게임즈는 … 취임했다: a name that only describes an unknown topic takes no part in its acts.
    topicEnds ??= describedTopicEnds(text, forAny, mentions, compiled);
    const ends = topicEnds;
    candidates = candidates.filter((m) => !((ends.get(m) ?? Number.POSITIVE_INFINITY) <= cue.at));
    if (MEANS_EXCLUDED.has(cue.label) && cue.korean)
      candidates = candidates.filter((m) => m.end > cue.at || !byMeansOf(text, m, mentions));
    // 삼성전자에서 로봇을 개발하던 이연백이 세운, 화웨이 … 출신 펑즈후이가 창업한: where a founder worked before founds nothing.
    if (cue.label === 'FOUNDED' && cue.korean)
      candidates = candidates.filter(
        (m) => m.end > cue.at || !(formerAffiliation(text, m, cue.at) || ownsAssetTaken(text, m)),
      );
    // 서울시정개발연구원이라는 이름으로 세운: the name something was first called by is that thing, no party of its own.
    if (cue.korean) candidates = candidates.filter((m) => !FIRST_NAMED.test(text.slice(m.end, m.end + 16)));
    // 수리온을 바탕으로 개발했다: what a product is based on is not what the verb after it develops (함께 개발한 T-50을
    // 바탕으로: the verb before it may).
    if (cue.label === DEVELOPS && cue.korean)
      candidates = candidates.filter((m) => m.end > cue.at || !BASED_ON_AFTER.test(text.slice(m.end, m.end + 8)));
    const acting = actingGovernments(text, candidates, cue, ontology);
    const parties = takingPart(acting, ontology.relationTypes[cue.label]);
    if (parties.length < 2) continue;
    passiveKo.lastIndex = cue.end;
    const context = {
      cue,
      cues: found.relations,
      text,
      ontology,
      symmetric: ontology.relationTypes[cue.label]?.symmetric ?? false,
      passive,
      reversed: found.reversing.some((r) => receives(text, cue, r)),
      passiveVoice: cue.korean && passiveKo.test(text),
      appointing,
      adnominal,
      homeHeld: compiled.homeHeld,
      contract,
      builtWith: compiled.located.builtWith,
    };
    // 도청을 … 옮겼다, 시청은 팔달구에 있다: a seat word is a home only when moved or said to be in a place (도청 is also
    // wiretapping, 시청 viewing).
    if (SEAT.test(text.slice(cue.at, cue.end)) && !seatIsHome(text, sentence, cue, compiled)) continue;
    const permitted = cue.label !== REGULATES && PERMIT_AFTER.test(text.slice(cue.end, cue.end + 4));
    const made: Proposal[] = [];
    const actsForEmployer = !OWN_ACTS.has(cue.label);
    const grewFrom = GREW_FROM.test(text.slice(cue.at, cue.end));
    const started = STARTED.test(text.slice(cue.at, cue.end));
    const putInto = PUT_INTO.test(text.slice(cue.at, cue.end));
    const committed = COMMITTED.test(text.slice(cue.at, cue.end));
    const gives = GIVES.test(text.slice(cue.at, cue.end));
    const operating = cue.label === DEVELOPS && compiled.operating.test(text.slice(cue.at, cue.end));
    const opening = cue.label === DEVELOPS && cue.korean && text.startsWith('열', cue.at);
    for (const written of pairsForCue(parties, context)) {
      const pair = actsForEmployer ? onBehalf(written, adjacent) : written;
      // 박정부가 … 연 1호점에서 출발했으며: a person who opened what the topic started from founded it (not a former name:
      // 포스코는 포항종합제철에서 출발했다).
      if (grewFrom && pair.from.type !== 'Person') continue;
      // "the brewer that Gerard Adriaan Heineken started": a person who started it founded it (not a company that started
      // somewhere: "Grab, … that started in Malaysia").
      if (started && pair.from.type !== 'Person' && pair.to.type !== 'Person') continue;
      // "Tim Cook started his career at IBM": what a person started is written right after the verb, or before it.
      if (started && !startedRightAfter(text, cue, pair)) continue;
      // "has put about $13 billion into OpenAI" (not "has put pressure on Samsung"): money put goes into the target.
      if (putInto && !/\binto\s+(?:the\s+)?$/.test(text.slice(cue.end, pair.to.start))) continue;
      // "has committed about $13 billion to OpenAI" (not "committed to net zero"): money committed to the target.
      // Between organisations only: not "the U.S. software giant that has committed", nor "to the ChatGPT maker".
      if (
        committed &&
        (!MONEY_TO.test(text.slice(cue.end, pair.to.start)) || !isOrganisation(pair.from) || !isOrganisation(pair.to))
      )
        continue;
      // "said it would give SoftBank up to 42.1 billion yen" (not "give users more choice"): money given to the target.
      if (
        gives &&
        (!/^\s+$/.test(text.slice(cue.end, pair.to.start)) ||
          !MONEY_AFTER.test(text.slice(pair.to.end, pair.to.end + 40)))
      )
        continue;
      const act = founding(text, cue, pair.to, { ontology, adnominal });
      const verdict = ontologyFit(ontology, act.label, pair.from, pair.to);
      if (verdict === 'no' || pair.from.id === pair.to.id) continue;
      const turned = verdict === 'reversed';
      const from = turned ? pair.to : pair.from;
      const stated = turned ? pair.from : pair.to;
      const moved = cue.label === LOCATED ? movedTo(text, sentence, stated, mentions, compiled) : undefined;
      if (moved === null) continue;
      // 밀양과 양산[에도] 캠퍼스를 두고 있다: a home "also" there is another site, not the home.
      if (cue.label === LOCATED && stated.type === 'Place' && alsoThere(text, stated, mentions)) continue;
      // 천안시에 [제2]캠퍼스를, 상주시에 [상주]캠퍼스를 두고: a campus with a name of its own is a branch, not the seat.
      if (cue.label === LOCATED && BRANCH_CAMPUS.test(text.slice(Math.max(0, cue.at - 1), cue.end))) continue;
      // 빙그레가 대전을 연고로 창단한 (이글스): the home is the founded club's, not its founder's.
      if (cue.label === LOCATED && foundedThere(text, cue, from)) continue;
      // 부산 영도구에 본사를 둔, 아인트호벤 인근 펠트호번에: the home is the last place of the address, not one near it.
      if (cue.label === LOCATED && stated.type === 'Place' && !addressEnd(text, stated, mentions, cue)) continue;
      const to = moved ?? stated;
      // 한국공항공사가 운영하는 김포국제공항, 정림건축이 설계한 청사: who runs or designs a facility does not develop it.
      if (to.type === 'Facility' && operating) continue;
      // 성수동에 '디올 성수'를 열었다: what is opened is marked 을/를 (not 코엑스몰[에] 첫 극장을 열었다).
      if (opening && !/^[을를]/.test(to.particle ?? '')) continue;
      // 미국 전기 수직이착륙기 개발사 조비 에비에이션에 투자한다, "U.S. software maker Oracle plans to invest": a place
      // that only qualifies a name is not invested in (미국에 투자한다, "invest in the United States").
      if (cue.label === 'INVESTS_IN' && to.type === 'Place' && !investedPlace(text, to, cue.at)) continue;
      // 오라클은 엔비디아의 GPU를 사들이고 있다, "buys Nvidia's chips" (the maker of what is bought), 엔비디아로부터 GPU를
      // 사들였다 (the seller of products): a purchase of products is supply to the buyer, no ownership.
      // 메타는 엔비디아의 AI 칩 H100을 사들이는: a product bought is supplied by its maker (not a unit named after it,
      // LS엠트론의 동박 사업부를).
      const maker =
        cue.label === OWNS && (!cue.korean || to.particle === '을' || to.particle === '를')
          ? makerOf(to, adjacent)
          : undefined;
      const bought = cue.label === OWNS ? purchasedFrom(text, cue, to, mentions, compiled) : undefined;
      const boughtBack = cue.label === OWNS && !bought ? purchasedFrom(text, cue, from, mentions, compiled) : undefined;
      // 소프트뱅크그룹으로부터 Arm을 사들이려, "the modem business it bought from Intel": the seller of a stake, a business
      // or a company is no party of the buyer's.
      if (bought === 'assets' || boughtBack === 'assets') continue;
      // 알리바바는 엔비디아에서 A100 등 GPU를 사들여: a product bought from a seller is the seller's supply, not owned.
      const seller =
        cue.label === OWNS && isMade(to) && buys(text, cue)
          ? sellerOf(text, cue, mentions, compiled, [from, to])
          : undefined;
      const supplier =
        cue.label !== OWNS
          ? undefined
          : seller
            ? { seller, buyer: from }
            : maker && maker.id !== from.id
              ? { seller: maker, buyer: from }
              : namesProduct(text, to, cue, compiled) || bought === 'goods'
                ? { seller: to, buyer: from }
                : boughtBack === 'goods'
                  ? { seller: from, buyer: to }
                  : undefined;
      if (supplier) {
        const { seller, buyer } = supplier;
        if (ontologyFit(ontology, SUPPLIES, seller, buyer) === 'fits')
          made.push({
            cue: { ...cue, label: SUPPLIES },
            from: seller,
            to: buyer,
            confidence: score(pair, turned),
            turned,
          });
        continue;
      }
      if (cue.label === 'OWNS' && PART_OF_IT.test(text.slice(to.end, to.end + 32))) continue;

      if (office?.holder && to.id !== office.holder.id) continue;
      if (regulated && from.type === 'Government' && STAKES.has(cue.label)) continue;
      // 식품의약국에서 … 판매 허가를 받았다: the act a permit names is the holder's; the body that grants it no party.
      if (permitted && (from.type === 'Government' || to.type === 'Government')) continue;
      const sized = byStakeSize(text, sentence, governmentMoney(text, act, from, to, ontology), { from, to }, ontology);
      if (!sized) continue;
      made.push({
        cue: sized,
        from,
        to,
        confidence: score(pair, turned),
        turned,
      });
    }
    proposals.push(...made, ...jointActors(made, ontology, text, sentence));
    if (made.length === 0) proposals.push(...foundersOfUnknown(text, cue, parties, ontology));
  }
  return withMakers(
    governing(
      onAcquirers(
        text,
        withoutPublishers(text, proposals, found.relations, { mentions, adnominal }),
        mentions,
        found.relations,
      ),
      text,
    ),
    adjacent,
  );
}

/** The maker word order names for a product: 엔비디아의 A100, Nvidia's H100. */
const makerOf = (product: Mention, adjacent: readonly AdjacentRelation[]) =>
  product.type === 'Product' ? adjacent.find((r) => r.type === 'DEVELOPS' && r.to === product)?.from : undefined;

/**
 * A regulator that acts on a product written with its maker acts on the maker too: 미국 정부는 [엔비디아의 A100] …
 * 수출을 막았다 regulates 엔비디아 as well as A100.
 */
function withMakers(proposals: Proposal[], adjacent: readonly AdjacentRelation[]): Proposal[] {
  const makers: Proposal[] = [];
  for (const p of proposals) {
    if (p.cue.label !== REGULATES) continue;
    const maker = makerOf(p.to, adjacent);
    if (maker && maker.id !== p.from.id && !proposals.some((q) => q.cue.label === REGULATES && q.to.id === maker.id))
      makers.push({ ...p, to: maker });
  }
  return makers.length > 0 ? [...proposals, ...makers] : proposals;
}

/** DEVELOPS cues of making a thing, and of bringing it to market. */
const MAKING = /^(?:개발|제작|만든|만들|설계|develop|created|designed|built by|made by)/i;
const MARKETING = /^(?:출시|발매|판매|서비스하|내놓|내놨|선보|공급|launch|release|introduced)/i;

/**
 * A subject marked 이/가 right before a cue, and a connective or adnominal ending after it: 시프트업이 [개발]하고, 펍지
 * 스튜디오가 [개발]해, 오츠카제약이 [개발]한 이온음료.
 */
const NOMINATIVE_BEFORE = /[가-힣A-Za-z0-9][이가]\s$/;
const CONNECTIVE_AFTER = /^(?:하고|해|하여|했고|했으며|하며|한)[\s,]/;
const ADNOMINAL_MAKING = /^한\s/;

/** A proposal of bringing a product to market. */
const markets = (text: string, p: Proposal) =>
  p.cue.label === DEVELOPS && MARKETING.test(text.slice(p.cue.at, p.cue.end));

/** A cue of making whose own subject the sentence names as a clause of its own: another maker than the seller. */
const madeBySomeone = (text: string, cue: CueHit) =>
  MAKING.test(text.slice(cue.at, cue.end)) &&
  NOMINATIVE_BEFORE.test(text.slice(Math.max(0, cue.at - 3), cue.at)) &&
  CONNECTIVE_AFTER.test(text.slice(cue.end, cue.end + 4));

/**
 * Who brings a product to market is not its developer when the sentence names who made it: 스텔라 블레이드는
 * 시프트업이 개발하고 소니 인터랙티브 엔터테인먼트가 출시한 게임이다 (the maker may not be a known name).
 */
function withoutPublishers(
  text: string,
  proposals: readonly Proposal[],
  cues: readonly CueHit[],
  { mentions, adnominal }: { mentions: readonly Mention[]; adnominal: RegExp },
): readonly Proposal[] {
  if (!proposals.some((p) => markets(text, p))) return proposals;
  const making = cues.find((c) => c.label === DEVELOPS && madeBySomeone(text, c));
  if (!making) return proposals;
  if (!ADNOMINAL_MAKING.test(text.slice(making.end, making.end + 2))) return proposals.filter((p) => !markets(text, p));
  // 오츠카제약이 개발한 이온음료 포카리스웨트: only the name the clause of making describes has that maker.
  const made = mentions.find((m) => m.start >= making.end && adnominal.test(text.slice(making.end - 1, m.start)));
  return made ? proposals.filter((p) => !markets(text, p) || p.to.id !== made.id) : proposals;
}

/**
 * A regulator acts on the party that acquires, not on what is acquired, when the sentence names the deal:
 * 공정위는 카카오의 SM 인수를 승인했다 regulates 카카오, whether or not it approves.
 */
function onAcquirers(
  text: string,
  proposals: readonly Proposal[],
  mentions: readonly Mention[],
  cues: readonly CueHit[],
): readonly Proposal[] {
  if (!proposals.some((p) => p.cue.label === REGULATES)) return proposals;
  return proposals.map((p) => {
    if (p.cue.label !== REGULATES) return p;
    const dealCue = cues.find((c) => c.label === 'OWNS' && c.at >= p.to.end && c.at < p.cue.at);
    const object = dealCue && nearestBefore(mentions, dealCue.at);
    const deal = object && nominalDeal(text, mentions, object, dealCue.at);
    return deal?.objects.includes(p.to) && deal.actor.id !== p.from.id ? { ...p, to: deal.actor } : p;
  });
}

/** A pair with each titled person replaced by the organisation whose title the person holds. */
function onBehalf(pair: Pair, adjacent: readonly AdjacentRelation[]): Pair {
  const from = pair.from.type === 'Person' ? employer(pair.from, adjacent) : undefined;
  const to = pair.to.type === 'Person' ? employer(pair.to, adjacent) : undefined;
  return from || to ? { ...pair, from: from ?? pair.from, to: to ?? pair.to } : pair;
}

/** Between a Korean partner (과/와) and the founding cue: the founded thing, whose name is not known, and its kind. */
const UNKNOWN_FOUNDED =
  /^\s+(?:(?![^\s]*(?:에|에게|의|로|에서|과|와|은|는|이|가|을|를)\s)[^\s,.]+\s+){0,4}[^\s,.]+(?:을|를)\s+$/;

/**
 * Korean `A는 B(, C)와 (함께) X를 설립했다` with X no known name: A and its partners found it together, so they
 * partner with each other, though the founding itself names no known target.
 */
function foundersOfUnknown(text: string, cue: CueHit, parties: readonly Mention[], ontology: Ontology): Proposal[] {
  if (!cue.korean || cue.label !== 'FOUNDED' || !ontology.relationTypes[PARTNERS]) return [];
  const partner = parties.findLast((m) => m.end <= cue.at);
  if (partner?.role !== 'with' || !UNKNOWN_FOUNDED.test(text.slice(afterParticle(text, partner), cue.at))) return [];
  const partners = groupEndingAt(parties, partner, text);
  const subject = parties.findLast((m) => m.end <= (partners[0] as Mention).start && m.role === 'subject');
  if (!subject) return [];
  return pairwise([subject, ...partners]).flatMap((pair) =>
    pair.from.id === pair.to.id || ontologyFit(ontology, PARTNERS, pair.from, pair.to) !== 'fits'
      ? []
      : [
          {
            cue: { ...cue, label: PARTNERS },
            from: pair.from,
            to: pair.to,
            confidence: score(pair, false),
            turned: false,
          },
        ],
  );
}

/** The investment words that take a share: what a government does with them is investing, not support. */
const TAKES_SHARE = /^(?:invest|stake|took a stake|takes a stake|bought a stake|hold|held|투자|출자|지분|주주)/i;

/**
 * A government's money spent on a company or project without a word of investing (9200억 엔을 투입했다, "backed
 * by subsidies from the Japanese government") supports it; only "invest", 투자, 출자 or a stake is investing.
 */
function governmentMoney(text: string, cue: CueHit, from: Mention, to: Mention, ontology: Ontology): CueHit {
  if (cue.label !== 'INVESTS_IN' || from.type !== 'Government' || ontologyFit(ontology, SUPPORTS, from, to) !== 'fits')
    return cue;
  return TAKES_SHARE.test(text.slice(cue.at, cue.end)) ? cue : { ...cue, label: SUPPORTS };
}

interface Founding {
  ontology: Ontology;
  adnominal: RegExp;
}

/** A FOUNDED cue of starting out from something: 에서 출발. */
const GREW_FROM = /^에서\s출발/;
/** An English FOUNDED cue that founds only with a person as a party: "started". */
const STARTED = /^started$/i;
/** English INVESTS_IN cues of putting money, which need "into" before the target. */
const PUT_INTO = /^(?:poured|pouring|pours|has put|had put|have put)$/i;
/** After a name, that another was first called by it: 서울시정개발연구원[이라는 이름으로], 한국여성개발원[으로 문을 열었으며]. */
const FIRST_NAMED =
  /^(?:(?:이라는|라는)\s+(?:이름|명칭|사명|상호)|(?:으로|로)\s+(?:[^\s,.]+\s+)?(?:문을\s+열|출범|개교|개원|창립))/;

/**
 * After a possessor, a business, unit or plant that another takes over: 도큐차량제조[의 철도차량 사업을 넘겨받아] (not one
 * its owner splits off: 농협중앙회의 공제 사업을 떼어 내 세운).
 */
const OWNS_ASSET =
  /^의\s+(?:[^\s,.]+\s+)?[^\s,.]*(?:사업|부문|사업부|자산|공장|지분)(?:을|를)\s+(?:넘겨받|인수|사들|매입)/;

/** The owner of a business taken over to found another (도큐차량제조의 철도차량 사업을 넘겨받아 세운): no party of the founding. */
const ownsAssetTaken = (text: string, m: Mention) =>
  OWNS_ASSET.test(text.slice(afterAside(text, m.end), afterAside(text, m.end) + 32));

/** English SUPPORTS cues of giving, which need the target right after them and then an amount of money. */
const GIVES = /^(?:give|gives|gave|giving)$/i;
/** After the target of giving, an amount of money: "give SoftBank[ up to 42.1 billion yen]". */
const MONEY_AFTER =
  /^\s+(?:(?:about|around|roughly|nearly|almost|over|more than|up to|another|an additional)\s+)?(?:(?:US)?[$€£¥][\d.,]+|[\d.,]+\s*(?:billion|million|trillion)\s+(?:dollars|euros|pounds|yen|won|yuan))/i;
/** English INVESTS_IN cues of committing money, which need an amount and "to" before the target. */
const COMMITTED = /^(?:committed|commits|commit)$/i;
/** Between a commitment and its target: an amount of money and "to" ("committed [more than $13 billion to ]OpenAI"). */
const MONEY_TO =
  /^\s+(?:(?:about|around|roughly|nearly|almost|over|more than|up to|another|an additional)\s+)?(?:(?:US)?[$€£¥][\d.,]+\s*(?:billion|million|trillion|bn|m)?|(?:tens\s+of\s+|hundreds\s+of\s+)?(?:billions|millions)(?:\s+of\s+(?:dollars|euros|pounds|yen))?)\s+to\s+(?:the\s+)?$/i;

/** Whether the party of a pair written after "started" follows it right away, or none does. */
function startedRightAfter(text: string, cue: CueHit, { from, to }: Pair): boolean {
  const later = from.start > cue.end ? from : to.start > cue.end ? to : undefined;
  return !later || /^\s+$/.test(text.slice(cue.end, later.start));
}

/** A DEVELOPS cue of making, written as a clause describing what comes after it. */
const MADE_THAT = /^만든\s/;

/**
 * 마이클 크로머가 만든 패션 브랜드 MCM, 김범수가 만든 카카오: making the organisation the clause describes is founding it
 * (not 만든 배터리를 포드의 …: what is made there is the battery).
 */
function founding(text: string, cue: CueHit, made: Mention, { ontology, adnominal }: Founding): CueHit {
  if (cue.label !== DEVELOPS || made.start < cue.end || !MADE_THAT.test(text.slice(cue.at, cue.end + 1))) return cue;
  if (!adnominal.test(text.slice(cue.end - 1, made.start))) return cue;
  const founded = ontology.relationTypes.FOUNDED?.to.includes(made.type ?? '');
  return founded ? { ...cue, label: 'FOUNDED' } : cue;
}

/** A share given as a percentage: 지분 63.4%, "a 34% stake", "10 percent of". */
const SHARE = /(\d{1,3}(?:\.\d+)?)\s*(?:%|퍼센트|percent\b)/g;
/** How far from its cue a share may be written: 지분 63.4%를 [보유한], "[owns] close to 10 percent of". */
const SHARE_REACH = 30;
/** A share a few words after a cue of holding: "holds [a 9%] stake", "which still holds [about 15 percent] of". */
const SHARE_AFTER = new RegExp(`^\\s+(?:[a-z-]+\\s+){0,3}${SHARE.source}`, 'i');

/** A percentage that names a stake: 지분 64.4%, "a 34% stake", "49 percent stake". */
const STAKE_BEFORE = /지분(?:율)?\s*(?:약\s*)?$/;
const STAKE_AFTER = /^\s*(?:의\s*)?(?:지분|stake|holding)/i;

/**
 * The share the cue states: the nearest percentage of the sentence that names a stake (라인야후 [지분 64.4%]는 …
 * 50%씩 나눠 가진 A홀딩스가 보유하고 있다), else the nearest one within reach.
 */
function nearestShare(text: string, sentence: Sentence, cue: CueHit): number | undefined {
  let nearest: { rank: number; share: number } | undefined;
  for (const match of allMatches(SHARE, text.slice(sentence.start, sentence.end))) {
    const at = sentence.start + match.index;
    const end = at + match[0].length;
    const distance = at < cue.at ? cue.at - at : at - cue.end;
    const stake =
      STAKE_BEFORE.test(text.slice(Math.max(sentence.start, at - 8), at)) ||
      STAKE_AFTER.test(text.slice(end, end + 10));
    if (!stake && distance > SHARE_REACH) continue;
    const rank = stake ? distance : distance + sentence.end;
    if (!nearest || rank < nearest.rank) nearest = { rank, share: Number(match[1]) };
  }
  return nearest?.share;
}

/**
 * The size of a stake decides between owning and investing (the labelling convention), whatever the verb: more than
 * half of a company is OWNS (지분 63.4%를 보유한), a minority stake INVESTS_IN ("owns close to 10 percent of EA", "owns a
 * 49% stake in OpenAI"). A stake of the other type that the ontology refuses (지분 80%를 … 미국) is no relation.
 */
function byStakeSize(
  text: string,
  sentence: Sentence,
  cue: CueHit,
  ends: { from: Mention; to: Mention },
  ontology: Ontology,
): CueHit | undefined {
  if (!STAKES.has(cue.label)) return cue;
  const share = nearestShare(text, sentence, cue);
  if (share === undefined || share === 50) return cue;
  const label = share > 50 ? OWNS : INVESTS_IN;
  if (label === cue.label) return cue;
  return ontologyFit(ontology, label, ends.from, ends.to) === 'fits' ? { ...cue, label } : undefined;
}

/** The relation types whose acts, done together, make the actors partners: they found or build something jointly. */
const JOINT = new Set(['FOUNDED', 'DEVELOPS']);
const PARTNERS = 'PARTNERS_WITH';

/** Words that say the act is a joint one: 함께, 공동으로, 합작사, "joint venture", "together with". */
const JOINTLY = /함께|같이|공동|합작|손잡|손을 잡|\bjoint|\btogether\b|\bwith\b/i;

/** Words that make what is founded its founders' joint body: 합작사, 합작해, 얼라이언스, 컨소시엄, "joint venture", alliance. */
const JOINT_BODY = /합작|얼라이언스|동맹|연합체|컨소시엄|협의체|\bjoint[\s-]venture|\balliance|\bconsortium/i;

/** Before the first of the agents of an English passive: "set up last year [by ]Toyota and Sony". */
const BY_AGENTS = /\bby\s+$/;

/**
 * Organisations that found or develop the same thing together partner with each other (SK텔레콤은 도이치텔레콤,
 * 싱텔과 함께 … 얼라이언스를 출범시켰다; "SoftBank, OpenAI and Oracle launch Stargate"). Founders listed in a clause
 * that describes what they founded are partners only where words say the act was joint ("set up by Toyota and Sony",
 * 도요타와 소니가 출자해 세운 회사, but 합작해 세운); those that each act on their own (각각 투자해) never are.
 */
function jointActors(found: readonly Proposal[], ontology: Ontology, text: string, sentence: Sentence): Proposal[] {
  const first = found[0];
  if (found.length < 2 || !first || !JOINT.has(first.cue.label) || !ontology.relationTypes[PARTNERS]) return [];
  // 도요타는 소니, 소프트뱅크 등 7개사와 함께 라피더스를 세운 주주: the founders of a company are its shareholders, not
  // partners, unless it is their joint venture or alliance.
  if (
    first.cue.label === 'FOUNDED' &&
    first.to.type === 'Company' &&
    !JOINT_BODY.test(text.slice(sentence.start, sentence.end))
  )
    return [];
  const agents = Math.min(...found.map((p) => p.from.start));
  const describing =
    adnominalCue(text, first.cue.at) || (agents > first.cue.end && BY_AGENTS.test(text.slice(first.cue.end, agents)));
  if (describing && !JOINTLY.test(text.slice(sentence.start, sentence.end))) return [];
  if (actEach(text, Math.min(...found.map((p) => p.from.end)), first.cue.at)) return [];
  const actors: Mention[] = [];
  for (const { from } of found) if (!actors.some((a) => a.id === from.id)) actors.push(from);
  const joint: Proposal[] = [];
  actors.forEach((from, i) => {
    for (const to of actors.slice(i + 1)) {
      if (ontologyFit(ontology, PARTNERS, from, to) !== 'fits') continue;
      const { cue, confidence } = first;
      joint.push({ cue: { ...cue, label: PARTNERS }, from, to, confidence, turned: false });
    }
  });
  return joint;
}
