import type { Located, TitleSense, Titles } from '../cues/compiled-cues';
import {
  afterAside,
  isMade,
  isOrganisation,
  isTopic,
  MADE_TYPES,
  type Mention,
  ORGANISATION_TYPES,
} from '../mentions/mentions';
import { ADDRESS_WORD, allMatches, codeAt, isHangulCode, isLatinOrDigitCode, possessiveAt } from '../text';
import { groupEndingAt, groupFrom } from './groups';
import { clauseBreak, newTopic, unknownSubject, verbClauseEnds } from './korean-clauses';

/**
 * Relations that word order states without a verb: a person written next to an organisation and a title
 * (엔비디아의 젠슨 황 CEO, 부평구(구청장 차준택), 젠슨 황 엔비디아 최고경영자) LEADS it, or FOUNDED it when the
 * title is a founder's (창업자); an organisation written right before a product (구글 크롬, 무학 소주) DEVELOPS it;
 * and an organisation written right after a place (일본 소프트뱅크, 대만의 TSMC, Taiwan's TSMC) is LOCATED_IN it.
 */
export interface AdjacentRelation {
  type: string;
  from: Mention;
  to: Mention;
  role?: string;
  /** The title says the office is past: 전 포스코 사장, former CEO. */
  ended?: boolean;
  /** The office is still to be taken: "will become Chelsea's chairman". */
  coming?: boolean;
  /** The construction that states it, which sets its confidence. */
  basis: 'title' | 'topicTitle' | 'possessive' | 'role' | 'product' | 'place' | 'stake' | 'event' | 'market';
}

const HOLDS_PLACE = new Set(['Company', 'Government', 'ResearchOrg', 'Facility', 'Event']);
/** The 등 that closes a Korean list of examples: 챗GPT[ 등 ]오픈AI의 모델, 메타, 구글[ 등 ]미국 빅테크. */
const LIST_CLOSED = /^\s+등\s+$/;
/** What `Place에서 열린 …` and `Place에 조성 중인 …` introduce. */
const HELD_THERE = new Set(['Facility', 'Event']);
const EVENTS = new Set(['Event']);

/** Between a name and a title, or a title and a name: nothing but space, 의 or 's. */
const OWNER_GAP = /^(?:의|['’]s)?\s*$/;
/** An office left: "stepped down as", "resigned as", "retired as". */
const LEFT_AS = /\b(?:stepped down|resigned|retired)\s+as\s/i;
/** Before an organisation whose possessive title follows: "stepped down as [Seagen's chief executive]", "who became". */
const AS_POSSESSED_TITLE = /\b(?:as|became|becomes|become)\s+$/i;
/** An English possessive right before a person: Apple['s ]Tim Cook. */
const POSSESSED_ONLY = /^['’]s\s+$/;
/** An event or facility, then "in" and its place: the Japan Mobility Show[ in ]Tokyo, the mine[ in the state of ]Pará. */
const HELD_IN = /^\s+in\s+(?:the\s+(?:state|province|region|city|county|prefecture)\s+of\s+)?$/;

/** "a [former ]president of": a word before an English title that makes the office past. */
const FORMER_WORD = /^(?:former|formerly|then|onetime|one-time)\s+/;
/** A title modifier or ending that makes the office past: 장인화 [전] 포스코 사장, [former] CEO, 어도어 대표[였던]. */
const FORMER = /(?:^|[\s(])(?:전|前|전임|former|formerly)\s|[가-힣](?:이었던|였던|이던)\s/i;
/** Between a person and an office, a past perfect that makes it past: ", who [had been ]provost of". */
const HAD_BEEN = /\bhad been\s/;
/** An office still to be taken: "will become", "is set to become", "will take over as". */
const TO_BECOME =
  /\b(?:will|would|to)\s+(?:become|be named|be appointed|take over as|succeed\s+\S+(?:\s+\S+)?\s+as)\s/i;
/**
 * "Jensen Huang, CEO of Nvidia", "Satya Nadella is the chief executive of Microsoft", "Deborah Prentice, who had been
 * provost of Princeton University", "Sam Altman, one of the founders of OpenAI": the title between the two.
 */
const TITLE_OF =
  /^(?:,(?:\s*who\s+(?:is|was|has been|had been))?|\s+(?:is|was|has been|had been|became|remains|will be))\s*(?:one\s+of\s+)?(?:the\s+|a\s+|an\s+)?(.+?)\s+(?:of|at)\s+(?:the\s+)?$/i;
/** "Andy Jassy succeeded Jeff Bezos as chief executive of Amazon": the office after "as". */
const AS_TITLE_OF = /\bas\s+(?:(?:the|its|new|interim)\s+)*(.+?)\s+(?:of|at)\s+(?:the\s+)?$/i;
/** Between an organisation and its technology: only 의 or 's (TSMC의 2나노 공정); a bare word may be a topic (소프트뱅크 AI). */
const TECHNOLOGY_GAP = /^(?:의|['’]s)\s*(?:(?:최신|차세대|자체|new|latest)\s+)?$/;
/** A title followed by one of these is someone else's, the person's partner: X는 엔비디아 CEO와 만났다. */
const PARTNER_AFTER = /^(?:과|와|에게|을 만나|를 만나)/;
/** A capitalised word right after a title: the title is that name's (Amazon founder [J]eff Bezos). */
const NAME_AFTER = /^\s+[A-Z]/;
/** An organisation's title as the topic, its holder the predicate: 산업통상자원부 [장관은 ]안덕근이다, 현대[의 창업주는 ]정주영. */
const TOPIC_TITLE_GAP = /^(?:의)?\s*(\S+?)(?:은|는)\s+$/;
/**
 * What ends the predicate after the holder's name: the copula, a comma before the next pair, the end, or the verb of
 * holding the office (동국홀딩스 대표이사는 장세욱 부회장이 [맡고]).
 */
const COPULA_AFTER =
  /^(?:\s+\S{1,5}?)?(?:이다|다(?![가-힣])|이었|였|이며|이고|이자|,|\.|\s*$|[이가]\s+맡(?:고|았|는|아|으며))/;

/**
 * What the title at `at` says (after optional space, 의 or 's and modifiers), when a whole title word stands
 * there: a particle (CEO는, 회장과) or 직 (대표직을) may follow it, another syllable may not (대표적인).
 */
function titleAt(text: string, at: number, titles: Titles): (TitleSense & { end: number }) | undefined {
  titles.at.lastIndex = at;
  let hit = titles.at.exec(text);
  let end = titles.at.lastIndex;
  if (!hit && at > 0) {
    titles.glued.lastIndex = at - 1;
    hit = titles.glued.exec(text);
    end = titles.glued.lastIndex;
    if (hit && (hit[1] as string).length < 2) hit = null;
  }
  if (!hit) return undefined;
  const next = codeAt(text, end);
  if (isLatinOrDigitCode(next)) return undefined;
  if (isHangulCode(next) && !titles.particleAt(text, end) && next !== 0xc9c1 /* 직 */) return undefined;
  const sense = titles.senseOf.get((hit[1] as string).toLowerCase());
  return sense && { ...sense, end };
}

/** An organisation's office as the topic of an appointment, before the appointee: 동국씨엠 [대표이사에는 ]박상훈. */
const OFFICE_GIVEN = /^(?:의)?\s*(\S+?)(?:에는|으로는|로는)\s+$/;

/** 동국씨엠 대표이사에는 박상훈 사장이 선임됐다: the office the organisation gives is the next name's. */
function officeGiven(gap: string, titles: Titles): TitleSense | undefined {
  const title = OFFICE_GIVEN.exec(gap)?.[1];
  return title ? titles.senseOf.get(title.toLowerCase()) : undefined;
}

/**
 * 산업통상자원부 장관은 안덕근이다, 삼성의 총수는 이재용 회장이다: the title, with the topic particle, is the
 * organisation's, and the name that completes the copula holds it.
 */
function copulaTitle(text: string, org: Mention, person: Mention, titles: Titles): TitleSense | undefined {
  const title = TOPIC_TITLE_GAP.exec(text.slice(org.end, person.start))?.[1];
  const sense = title ? titles.senseOf.get(title.toLowerCase()) : undefined;
  return sense && COPULA_AFTER.test(text.slice(person.end, person.end + 8)) ? sense : undefined;
}

/** A place that has a government stands for it next to a title: 조지아 주지사, 일본 총리. */
const governmentOf = (m: Mention | undefined): Mention | undefined =>
  m?.type === 'Place' && m.government !== undefined ? { ...m, id: m.government, type: 'Government' } : m;

/** Right after a person, a hyphened verb of leading: "Jensen Huang[-led]". */
const LED = /^[-‐](?:led|run)\b/;
/** Between that verb and the organisation led, up to two words of its kind: "-led [chip ]maker Nvidia". */
const LED_BEFORE = /^[-‐](?:led|run)\s+(?:[a-z][\w-]*\s+){0,2}$/;

/** "the Masayoshi Son-led SoftBank", "Nvidia, the Jensen Huang-led maker of …": the person leads the organisation. */
function personLed(text: string, mentions: readonly Mention[], i: number): AdjacentRelation | undefined {
  const person = mentions[i] as Mention;
  if (!LED.test(text.slice(person.end, person.end + 5))) return undefined;
  const next = mentions[i + 1];
  if (next && isOrganisation(next) && LED_BEFORE.test(text.slice(person.end, next.start)))
    return { type: 'LEADS', from: person, to: next, basis: 'title' };
  const before = mentions[i - 1];
  // "Nvidia[, the ]Jensen Huang-led maker": the organisation the apposition describes.
  return before && isOrganisation(before) && APPOSITION_OPENS.test(text.slice(before.end, person.start))
    ? { type: 'LEADS', from: person, to: before, basis: 'title' }
    : undefined;
}

function leads(text: string, mentions: readonly Mention[], i: number, titles: Titles): AdjacentRelation | undefined {
  const person = mentions[i] as Mention;
  const led = personLed(text, mentions, i);
  if (led) return led;
  const before = governmentOf(mentions[i - 1]);
  if (before && isOrganisation(before)) {
    const gap = text.slice(before.end, person.start);
    if (gap.length <= 24) {
      const copula = copulaTitle(text, before, person, titles) ?? officeGiven(gap, titles);
      if (copula) return { type: copula.type, from: person, to: before, role: copula.role, basis: 'title' };
      const title = titles.between.exec(gap)?.[1];
      const sense = title
        ? titles.senseOf.get(title.toLowerCase())
        : OWNER_GAP.test(gap)
          ? titleAt(text, person.end, titles)
          : undefined;
      const former = FORMER.test(text.slice(before.end, person.end + 12));
      if (sense) return { type: sense.type, from: person, to: before, role: sense.role, ended: former, basis: 'title' };
      // "Apple's Tim Cook": an organisation's person, with no title, most often its head.
      if (POSSESSED_ONLY.test(gap)) return { type: 'LEADS', from: person, to: before, basis: 'possessive' };
    }
  }
  return (
    titleAfterPerson(text, mentions, i, i + 1, person.end, titles) ??
    officeAfterAside(text, mentions, i, titles) ??
    topicTitle(text, mentions, person, titles) ??
    itsTitle(text, mentions, person, titles) ??
    topicsCopulaTitle(text, mentions, person, titles)
  );
}

/** Right before the holder, a title of the topic's as a new topic after a clause: [, 현재 총장은 ]유지범이다. */
const LATER_TOPIC_TITLE = /[\s,](?:(?:현재|현|초대|당시|전)\s+)?(\S+?)(?:은|는)\s+$/;
/** A first or past holder: 초대, 당시, 전, or the past copula. */
const PAST_HOLDER = /(?:초대|당시|전)\s+\S+\s+$/;

/**
 * 성균관대학교는 …, 현재 총장은 유지범이다: a title marked as a later topic in a sentence whose topic is an organisation,
 * completed by the holder's name and the copula, is that organisation's.
 */
function topicsCopulaTitle(text: string, mentions: readonly Mention[], person: Mention, titles: Titles) {
  const before = text.slice(Math.max(0, person.start - 16), person.start);
  const title = LATER_TOPIC_TITLE.exec(before);
  const sense = title ? titles.senseOf.get((title[1] as string).toLowerCase()) : undefined;
  if (sense?.type !== 'LEADS' || !COPULA_AFTER.test(text.slice(person.end, person.end + 8))) return undefined;
  const titleAt = person.start - before.length + (title?.index ?? 0);
  const topic = mentions.findLast((m) => m.end <= titleAt && isOrganisation(m) && /[은는]$/.test(m.particle ?? ''));
  if (!topic || !/,\s/.test(text.slice(topic.end, titleAt + 2))) return undefined;
  const ended = PAST_HOLDER.test(before) || /^(?:이었|였)/.test(text.slice(person.end, person.end + 3));
  return { type: sense.type, from: person, to: topic, role: sense.role, ended, basis: 'topicTitle' } as const;
}

/** The sense of an office, or of the first of joined titles that has one: "chairman and chief executive". */
function officeSense(office: string, titles: Titles): TitleSense | undefined {
  const title = office.toLowerCase().replace(FORMER_WORD, '');
  return (
    titles.senseOf.get(title) ??
    // "one of the founders of OpenAI": a plural title.
    (title.endsWith('s') ? titles.senseOf.get(title.slice(0, -1)) : undefined) ??
    title
      .split(JOINED_TITLE_WORDS)
      .map((word) => titles.senseOf.get(word))
      .find((sense) => sense !== undefined)
  );
}

/**
 * The title of the organisation at mentions[next], written after the person at mentions[i] from `from` on: 젠슨 황
 * 엔비디아 CEO, 차준택(부평구청장), "Jensen Huang, Nvidia's CEO", 김지완은 BNK금융지주 회장으로 선임됐다, 홍준표 전 대구시장.
 */
function titleAfterPerson(
  text: string,
  mentions: readonly Mention[],
  i: number,
  next: number,
  from: number,
  titles: Titles,
): AdjacentRelation | undefined {
  const person = mentions[i] as Mention;
  const after = governmentOf(mentions[next]);
  const holder = mentions[next + 1];
  // 안덕근, 과학기술정보통신부 장관은 유상임: the next organisation's title is the next name's.
  if (!after || !isOrganisation(after) || (holder?.type === 'Person' && copulaTitle(text, after, holder, titles)))
    return undefined;
  const gap = text.slice(from, after.start);
  if (gap.length > 60) return undefined;
  const office = TITLE_OF.exec(gap)?.[1] ?? AS_TITLE_OF.exec(gap)?.[1];
  const sense =
    titles.personGap.test(gap) || AS_POSSESSED_TITLE.test(gap)
      ? titleAfter(text, afterBracket(text, after.end), titles, gap.trim() !== '' && !/^[,(（]/.test(gap.trim()))
      : office && officeSense(office, titles);
  if (!sense) return undefined;
  const former =
    FORMER.test(gap) || HAD_BEEN.test(gap) || LEFT_AS.test(gap) || FORMER.test(text.slice(after.end, after.end + 12));
  // "a co-founder of Google's DeepMind": the office is at the organisation the possessive names.
  const possessed = office && possessiveAt(text, after.end) ? holder : undefined;
  // "chief executive of the U.S. chipmaker Nvidia": the place is the origin of the organisation after its kind.
  const originOf =
    office && mentions[next]?.type === 'Place' && holder && KIND_ONLY.test(text.slice(after.end, holder.start))
      ? holder
      : undefined;
  const named = possessed ?? originOf;
  const to = named && isOrganisation(named) ? named : after;
  const coming = TO_BECOME.test(gap);
  return { type: sense.type, from: person, to, role: sense.role, ended: former, coming, basis: 'title' };
}

/**
 * After an organisation, a word that makes what follows its unit ([ 소속 ]병원, [ 직속 ]연구기관), its plant ([의 백신
 * 공장]; not its branch abroad, 네덜란드 ING그룹[의 한국 법인]) or its store ([ 강남점]).
 */
const UNIT_OF =
  /^(?:\s(?:소속|직속|산하|계열)\s|의\s+(?:[^\s]+\s+)?(?:공장|사업장|생산시설|팹|매장|데이터센터)|\s[가-힣]{1,6}점(?=[은는이가을를의에도\s]))/;

/** A year, and maybe a month, before a verb: [1991년 ], [2024년 5월 ]. */
const DATED = String.raw`(?:\d{4}년\s+(?:\d{1,2}월\s+)?)?`;
/** Adnominal verbs of an organisation's opening: 문을 연, 개교한. */
const OPENED = String.raw`문을\s연|개교한|개원한|개관한`;

/**
 * Between a place and an organisation, being or opened there: 부산 서구 아미동[에 있는 ]부산대학교병원, 워싱턴[에 자리한 ],
 * 천안시[에 문을 연 ]한국기술교육대학교.
 */
const IS_AT = new RegExp(`^(?:\\s+[^\\s]+?)?에\\s+${DATED}(?:있는|자리한|자리\\s?잡은|위치한|${OPENED})\\s+$`);

/** Between a place and what opened there: [에 1991년 문을 연 ]. */
const OPENED_AT = new RegExp(`에\\s+${DATED}(?:${OPENED})\\s+$`);

/** Lower-case words of a kind between a place and a name: the U.S.[ chipmaker ]Nvidia. */
const KIND_ONLY = /^\s+(?:[a-z][\w-]*\s+){1,3}$/;

/** An English aside after a person, to its closing comma: "Boehly[, a co-owner of the Dodgers,] will become …". */
const ASIDE = /^,\s+(?:a|an|the|who|whose|formerly)\s[^,]*,/i;

/**
 * "Irene Tracey, formerly warden of Merton College, became vice-chancellor of the University of Oxford": the office
 * after an aside, besides the one the aside names.
 */
function officeAfterAside(text: string, mentions: readonly Mention[], i: number, titles: Titles) {
  const person = mentions[i] as Mention;
  if (person.type !== 'Person') return undefined;
  const aside = asideEnd(text, person.end);
  return aside > person.end
    ? titleAfterPerson(text, mentions, i, firstFrom(mentions, i, aside), aside, titles)
    : undefined;
}

/** Between two titles of one office: founder[ and ]chief executive, 회장[ 겸 ]최고경영자. */
const JOINED_TITLES = /^\s*(?:and|&|겸)\s*$/i;
/** What joins the titles of one office inside an English office: "chairman[ and ]chief executive". */
const JOINED_TITLE_WORDS = /\s*(?:\band\b|&|,)\s*/;

/** The relations of titles joined to the one a relation rests on: "Nvidia's founder and chief executive". */
function jointTitles(text: string, relation: AdjacentRelation, titles: Titles): AdjacentRelation[] {
  const from = Math.min(relation.from.start, relation.to.start);
  const namesEnd = Math.max(relation.from.end, relation.to.end);
  const written = allMatches(titles.finder, text.slice(from, namesEnd + 40));
  const joint: AdjacentRelation[] = [];
  written.forEach((first, k) => {
    const second = written[k + 1];
    // The first title within a few characters of the relation's names, not another person's further on.
    if (from + first.index > namesEnd + 4) return;
    if (!second || !JOINED_TITLES.test(text.slice(from + first.index + first[0].length, from + second.index))) return;
    const sense = titles.senseOf.get(second[0].toLowerCase());
    const firstSense = titles.senseOf.get(first[0].toLowerCase());
    if (!sense || firstSense?.type !== relation.type || sense.type === relation.type) return;
    joint.push({ ...relation, type: sense.type, role: sense.role });
  });
  return joint;
}

/** Where an aside after a person ends: one in brackets (손정의[(마사요시 손)]) or an English one to its comma. */
function asideEnd(text: string, at: number): number {
  if (BRACKET_AFTER.test(text.slice(at, at + 2))) return afterAside(text, at);
  return at + (ASIDE.exec(text.slice(at, at + 120))?.[0].length ?? 0);
}

const BRACKET_AFTER = /^\s?\(/;

/** The index of the first mention after mentions[i] that starts at `at` or later. */
function firstFrom(mentions: readonly Mention[], i: number, at: number): number {
  const next = mentions.findIndex((m, j) => j > i && m.start >= at);
  return next < 0 ? mentions.length : next;
}

/** English verbs that take an office away from the person they name. */
const OUSTING = 'ousted|fired|dismissed|sacked|removed|replaced';

/**
 * English "its", or a verb that takes an office away, before a person, with what stands between: "ousted [its chairman
 * ]José María Álvarez-Pallete", "[ousted chief executive ]Laxman Narasimhan".
 */
const ITS_BEFORE = new RegExp(`\\b(?<word>[Ii]ts|whose|(?:${OUSTING})(?:\\s+its)?)\\s+[^,]*?,?\\s*$`);
/** Between a title and the person it is written before: space, and maybe a comma or a verb of being ("whose CEO is"). */
const TITLE_TO_PERSON = /^\s*(?:,|\s(?:is|was|has been)\s)?\s*$/;
/** After a person, a verb of being and "its": "Michael O'Leary[ has been its ]chief executive". */
const IS_ITS = /\s+(?:is|was|has been|had been|became|becomes|remains|will be)\s+its\s+/y;
/** A verb that takes an office away from the person it names: "ousted its chairman". */
const OUSTED = new RegExp(`\\b(?:${OUSTING})\\s+(?:its\\s+)?[^,]*$`);

/**
 * "Telefónica ousted its chairman José María Álvarez-Pallete", "Michael O'Leary has been its chief executive", "PayPal,
 * whose chief executive Alex Chriss": "its" or "whose" names the first organisation of the sentence (or is it, opening
 * the sentence), and the title is held there.
 */
function itsTitle(text: string, mentions: readonly Mention[], person: Mention, titles: Titles) {
  const organisation = mentions.find((m) => m.end <= person.start && isOrganisation(m));
  if (!organisation) return undefined;
  // An opening "Its" stands for the organisation itself, so it is read too: "[Its] chief executive, Ron Renaud, …".
  const from = Math.max(
    /^Its$/.test(text.slice(organisation.start, organisation.end)) ? organisation.start : organisation.end,
    person.start - 40,
  );
  const before = text.slice(from, person.start);
  const its = ITS_BEFORE.exec(before);
  IS_ITS.lastIndex = person.end;
  const written = its ? titleAt(text, from + its.index + (its.groups?.word?.length ?? 0), titles) : undefined;
  const sense =
    written && TITLE_TO_PERSON.test(text.slice(written.end, person.start))
      ? written
      : !its && IS_ITS.test(text)
        ? titleAt(text, IS_ITS.lastIndex, titles)
        : undefined;
  if (sense?.type !== 'LEADS') return undefined;
  const ended = its !== null && (OUSTED.test(before) || FORMER.test(before.slice(its.index)));
  return { type: sense.type, from: person, to: organisation, role: sense.role, ended, basis: 'title' } as const;
}

/** Between two titles of one office: 회장[ 겸 ]최고경영자. */
const JOINED_BY = /^\s+겸(?=\s)/;

/** Where a second title joined to the one ending at `end` ends (회장 겸 최고경영자가), or `end` when there is none. */
function secondTitleEnd(text: string, end: number, titles: Titles): number {
  const joined = JOINED_BY.exec(text.slice(end, end + 4));
  return (joined && titleAt(text, end + joined[0].length, titles)?.end) ?? end;
}

/** After a title, its object marking and a verb that ends the office: 최고경영자[를 물러나게 하고], 회장[을 해임하고]. */
const OUSTED_KO = /^(?:을|를)\s+(?:물러나게|해임|경질|퇴진시)/;
/** In the title holder's clause, a verb of leaving the office: 사장이 [… 물러났다], 최고경영자가 [영국 BT로 떠나자]. */
const STEPPED_DOWN =
  /^(?:이|가|은|는)\s[^,.]*?(?:물러나|물러났|사임|사퇴|퇴임|퇴진|별세|(?:세상을|회사를|자리를|[가-힣]+로)\s+떠[나났난])/;

/** A verb of leading with an adnominal ending right after a subject: the person leads the noun after it ([이끄는 ]큐텐). */
const DESCRIBING_CLAUSE = /^(?:\S+\s+)?(?:이끄는|이끈|이끌던)\s/;
/** A verb of founding with an adnominal ending right after a subject: [세운 ]소프트뱅크 (or [세운 ]회사로, the topic). */
const FOUNDING_CLAUSE = /^(?:\S+\s+)?(?:세운|설립한|창업한|창립한)\s/;

/**
 * 퓨리오사AI는 … 백준호 대표가 창업했다: a person whose title, with no organisation beside it, marks the subject
 * holds the title at the organisation that is the sentence's topic.
 */
function topicTitle(text: string, mentions: readonly Mention[], person: Mention, titles: Titles) {
  const sense = titleAt(text, person.end, titles);
  if (sense?.type !== 'LEADS') return undefined;
  const end = secondTitleEnd(text, sense.end, titles);
  const after = text.slice(end, end + 48);
  // 쎄트렉아이는 김이을 대표 [체제에서]: the office the topic is run under; 존 도나호 최고경영자[를 물러나게 하고]: one it ends.
  const ousted = OUSTED_KO.test(after);
  if (!ousted && !/^(?:(?:이|가|은|는)\s|\s+체제)/.test(after)) return undefined;
  // 티몬은 구영배 대표가 [이끄는 ]큐텐에 인수됐다, 경제산업성은 손정의 회장이 [세운 ]소프트뱅크 등에: the person leads or
  // founded the name the clause describes, not the topic (하이브는 방시혁 의장이 세운 회사로: the topic).
  if (DESCRIBING_CLAUSE.test(text.slice(end + 2, end + 24))) return undefined;
  const founding = FOUNDING_CLAUSE.exec(text.slice(end + 2, end + 24));
  if (founding && mentions.some((m) => m.start === end + 2 + founding[0].length && isOrganisation(m))) return undefined;
  // 이동관 방통위원장은: an organisation written with a title is a person's description, not the topic.
  const topic = mentions.findLast(
    (m) =>
      m.end <= person.start && isOrganisation(m) && /[은는]$/.test(m.particle ?? '') && !titleAt(text, m.end, titles),
  );
  if (
    !topic ||
    mentions.some((m) => m.start > topic.end && m.end <= person.start && isOrganisation(m)) ||
    newTopic(text, topic.end, person.start)
  )
    return undefined;
  const ended = ousted || FORMER.test(text.slice(person.end, sense.end)) || STEPPED_DOWN.test(after);
  return { type: sense.type, from: person, to: topic, role: sense.role, ended, basis: 'topicTitle' } as const;
}

/** A short bracket right after a name, as an abbreviation is written: 한국항공우주산업[(KAI)] 사장. */
const BRACKET = /^[(（][^()（）\s]{1,12}[)）]/;

const afterBracket = (text: string, at: number) => at + (BRACKET.exec(text.slice(at, at + 16))?.[0].length ?? 0);

/** The title after an organisation named after the person; when the person carries a particle, not a partner's. */
function titleAfter(text: string, at: number, titles: Titles, personMarked: boolean): TitleSense | undefined {
  const sense = titleAt(text, at, titles);
  // "…, Amazon founder Jeff Bezos": a title followed by a name is that name's.
  if (!sense || NAME_AFTER.test(text.slice(sense.end, sense.end + 3))) return undefined;
  if (!personMarked) return sense;
  return PARTNER_AFTER.test(text.slice(sense.end, sense.end + 5)) ? undefined : sense;
}

/** 자사 AI 비서 서비스 에이닷: "its own" before a product makes it the subject's. */
const OWN = /(?:자사|자체|its own)\s+(?:\S+\s+){0,3}$/;
/** "Samsung … uses Qualcomm's chips in its Galaxy S25 phones": "its" before a product, in English. */
const ITS = /\bits\s+(?:(?!(?:on|in|at|of|for|with|to|from|by|and)\s)[a-z][\w-]*\s+){0,2}$/;

/**
 * The product of the sentence's subject: 자사 or its own before it; in English "its", the sentence's first name; the
 * topic's, when the sentence says the topic is known by it.
 */
function ownProduct(text: string, mentions: readonly Mention[], product: Mention): AdjacentRelation | undefined {
  const before = text.slice(Math.max(0, product.start - 24), product.start);
  const owner = OWN.test(before)
    ? ownersSubject(text, mentions, product)
    : ITS.test(before)
      ? englishSubject(text, mentions, product)
      : KNOWN_AS.test(text.slice(product.end, product.end + 14))
        ? knownBy(text, mentions, product)
        : undefined;
  return owner && { type: 'DEVELOPS', from: owner, to: product, basis: 'product' };
}

/**
 * Whose own a product is (자사): the subject marked 이/가 of the clause it is in (집행위는 … 메타가 자사 페이스북과), else
 * the sentence's subject.
 */
function ownersSubject(text: string, mentions: readonly Mention[], product: Mention): Mention | undefined {
  const subjects = mentions.filter((m) => m.end <= product.start && m.role === 'subject' && isOrganisation(m));
  const inClause = subjects.findLast(
    (m) => /^[이가]$/.test(m.particle ?? '') && !clauseBreak(text, m.end, product.start),
  );
  return inClause ?? subjects[0];
}

/** After a product, its closing quote and the particle of what something is known by: ['로도 ]. */
const KNOWN_BY = String.raw`['’”」』》]?(?:으로|로)도?\s+`;
/** 포스코이앤씨는 … 아파트 브랜드 더샵으로 알려져 있다, … 영단기로 이름을 알렸다: the topic is known by its brand or product. */
const KNOWN_AS = new RegExp(
  String.raw`^${KNOWN_BY}(?:잘\s+|먼저\s+|처음\s+|널리\s+|가장\s+)?(?:알려져|알려진|유명하|유명한|유명해|이름을\s+알)`,
);
/** The adnominal form of being known, then the organisation it describes: [로 알려진 ]패션그룹형지. */
const KNOWN_AS_ADNOMINAL_AT = new RegExp(String.raw`^${KNOWN_BY}(?:잘\s+|널리\s+|가장\s+)?(?:알려진|유명한)\s+`);

/** After the adnominal, a kind of organisation that the copula says the topic is: [지혈제 '윈난바이야오'로 알려진 ]제약사다. */
const KIND_IS_TOPIC = /^[^\s]+?(?:이다|다|이며|이고|으로|로|인)[\s.,]/;

/**
 * Who is known by a product: the organisation the adnominal describes (크로커다일레이디로 알려진 패션그룹형지), the topic
 * when it is a kind the topic is (… '윈난바이야오'로 알려진 제약사다), not a name not known ('비비안'으로 알려진 남영비비안을).
 */
function knownBy(text: string, mentions: readonly Mention[], product: Mention): Mention | undefined {
  const adnominal = KNOWN_AS_ADNOMINAL_AT.exec(text.slice(product.end, product.end + 20));
  if (adnominal) {
    const at = product.end + adnominal[0].length;
    const next = mentions.find((m) => m.start === at);
    if (next) return isOrganisation(next) ? next : undefined;
    if (!KIND_IS_TOPIC.test(text.slice(at, at + 16))) return undefined;
  }
  return topicBefore(mentions, product.start, ORGANISATION_TYPES);
}

/**
 * What "its" before the product refers to: the organisation that opens the English sentence, or the subject of a
 * later clause joined by "and" ("Apple will have to …, and Meta Platforms must ask … its Facebook").
 */
function englishSubject(text: string, mentions: readonly Mention[], product: Mention): Mention | undefined {
  const clause = mentions.findLast(
    (m) =>
      m.end <= product.start &&
      isOrganisation(m) &&
      CLAUSE_SUBJECT_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)),
  );
  const first = clause ?? mentions[0];
  if (!first || first === product || !isOrganisation(first)) return undefined;
  return isHangulCode(text.charCodeAt(first.start)) ? undefined : first;
}

/** Before the subject of a coordinated English clause: ", and", ", but" or ", while". */
const CLAUSE_SUBJECT_BEFORE = /,\s+(?:and|but|while)\s+$/;

function develops(
  text: string,
  org: Mention,
  next: Mention | undefined,
  productGap: RegExp,
): AdjacentRelation | undefined {
  const gapPattern = next?.type === 'Product' ? productGap : next?.type === 'Technology' ? TECHNOLOGY_GAP : undefined;
  if (!next || !gapPattern) return undefined;
  const gap = text.slice(org.end, next.start);
  // "Mojang, the Stockholm studio behind Minecraft": the one behind a thing makes it; "Nvidia, whose H100 chips": so
  // does the one whose product it is.
  return (gap.length <= 24 && gapPattern.test(gap)) || BEHIND.test(gap) || (next.type === 'Product' && WHOSE.test(gap))
    ? { type: 'DEVELOPS', from: org, to: next, basis: 'product' }
    : undefined;
}

/** An apposition naming the one behind a thing: ", the Stockholm studio behind ". */
const BEHIND = /^,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?behind\s+(?:the\s+)?$/i;

/** An English relative of possession right before a product: "Nvidia[, whose ]H100 chips". */
const WHOSE = /^,\s+whose\s+(?:(?:new|latest|flagship)\s+)?$/i;

/** Before an English sentence's first name, its opening: nothing, or "The". */
const OPENS_SENTENCE = /(?:^|[.!?"”]\s+|\n\s*)(?:The\s+)?$/;
/** After the place of a sentence's subject: a comma or its verb ("in Houston is named", "in New York has been run"). */
const VERB_OR_COMMA_AFTER = /^(?:,|\s+(?:is|was|has|had|will|opened|said)\s)/;

/** "The Metropolitan Museum of Art in New York has been run by …": the sentence's subject, written with "in" a place. */
function subjectIn(text: string, mentions: readonly Mention[], i: number): AdjacentRelation | undefined {
  const subject = mentions[i] as Mention;
  const next = mentions[i + 1];
  if (i > 0 || next?.type !== 'Place' || !/^\s+in\s+$/.test(text.slice(subject.end, next.start))) return undefined;
  if (!OPENS_SENTENCE.test(text.slice(Math.max(0, subject.start - 8), subject.start))) return undefined;
  return VERB_OR_COMMA_AFTER.test(text.slice(next.end, next.end + 12)) ? placed(subject, next) : undefined;
}

/** "Google's DeepMind": an organisation's organisation, its subsidiary. */
function owned(text: string, owner: Mention, next: Mention | undefined): AdjacentRelation | undefined {
  if (!next || !isOrganisation(next) || !POSSESSED_ONLY.test(text.slice(owner.end, next.start))) return undefined;
  return { type: 'OWNS', from: owner, to: next, basis: 'possessive' };
}

/** A holder marked 이/가, then a verb of holding: 이베이[가 가진 ]이베이코리아 지분, KKR[이 보유한 ]KCFT 지분. */
const HOLDING = /^(?:이|가)\s+(?:가진|갖고 있는|보유한|보유하고 있는|보유 중인|소유한)\s+$/;
/** A stake, with its size if given: [지분 80.01%]. */
const STAKE_AFTER = /^\s*지분(?:\s*(\d{1,3}(?:\.\d+)?)\s?%)?/;
const HOLDS_STAKE = new Set(['Company', 'Government', 'Person']);

/** The holder of a stake in the next organisation: it owns it, or invests in it when the stake is a minority. */
function holdsStake(text: string, holder: Mention, next: Mention | undefined): AdjacentRelation | undefined {
  if (
    !next ||
    !HOLDS_STAKE.has(holder.type ?? '') ||
    next.type !== 'Company' ||
    !HOLDING.test(text.slice(holder.end, next.start))
  )
    return undefined;
  const stake = STAKE_AFTER.exec(text.slice(next.end, next.end + 20));
  if (!stake) return undefined;
  const minority = stake[1] !== undefined && Number(stake[1]) < 50;
  return { type: minority ? 'INVESTS_IN' : 'OWNS', from: holder, to: next, basis: 'stake' };
}

function heldIn(text: string, event: Mention, next: Mention | undefined): AdjacentRelation | undefined {
  if (next?.type !== 'Place' || !HELD_IN.test(text.slice(event.end, next.start))) return undefined;
  return { type: 'LOCATED_IN', from: event, to: next, basis: 'place' };
}

/** The name of a local government, by its last syllable: 달서구, 연기군, 수원시, 경기도청. */
const LOCAL_GOVERNMENT = /(?:시|군|구|도|청)$/;

function locatedIn(text: string, place: Mention, next: Mention | undefined, located: Located) {
  // 미국 행정부: the place's own government is the place acting, not something in it.
  if (!next || !HOLDS_PLACE.has(next.type ?? '') || next.id === place.government) return undefined;
  const gap = text.slice(place.end, next.start);
  // 울산 남구에 … 재활용 기술을 한데 모은 울산 ARC를 짓고: a facility built there may have a longer description between.
  if (gap.length > 32)
    return next.type === 'Facility' && gap.length <= 64 && builtThere(text, gap, next, located)
      ? placed(next, place)
      : undefined;
  // 대구 달서구청장, 충남 연기군: a local government after its province is an address, not a home (일본 자민당 is in Japan).
  if (next.type === 'Government' && /^\s+$/.test(gap) && LOCAL_GOVERNMENT.test(text.slice(next.start, next.end)))
    return undefined;
  // Only Korean writes a place bare before a name (일본 소프트뱅크); English needs "Japan's SoftBank" or an adjective
  // ("Dutch chip-equipment maker ASML").
  const bare =
    !isHangulCode(text.charCodeAt(place.end - 1)) &&
    !/^['’]s\s/.test(gap) &&
    !place.adjective &&
    !DOTTED.test(text.slice(place.start, place.end));
  if (BASED.test(gap)) return placed(next, place);
  const there = HELD_THERE.has(next.type ?? '') ? located.held.test(gap) : IS_AT.test(gap);
  if (bare || !(located.gap.test(gap) || there || ADDRESS_OF.test(gap))) {
    return next.type === 'Facility' && builtThere(text, gap, next, located) ? placed(next, place) : undefined;
  }
  // 평택시의 삼성전자 반도체 공장, 안동에 있는 SK바이오사이언스의 백신 공장, 강남구에 있는 연세의료원 소속 병원: the place is
  // the plant's or the unit's, not the company's home.
  const after = text.slice(next.end, next.end + 16);
  if (located.site.test(after) || (IS_AT.test(gap) && UNIT_OF.test(after))) return undefined;
  // 천안시에 문을 연 단국대학교의 부속 병원: what opened is the noun the name possesses (서천군에 있는 국립생태원의 초대
  // 원장: what is there is the name).
  if (next.particle === '의' && OPENED_AT.test(gap)) return undefined;
  return placed(next, place);
}

/** A place's short name with full stops, which English writes as an adjective: [U.S.] software maker Microsoft. */
const DOTTED = /^(?:[A-Z]\.){2,3}$/;

/**
 * An English place made an adjective with -based, before the name or a kind of it: the Pittsburgh[-based ]steelmaker,
 * Santa Clara[-based chip designer ]Nvidia (not "the Rome-based successor to Alitalia").
 */
const BASED = /^-based\s+(?:(?!(?:to|of|for|in|at|on|with|and|or|by|from)\s)[a-z][\w-]*\s+){0,2}$/;

/**
 * The rest of an address after a place, ending in 의 before the name: 해운대구[ 우동의 ]수영로교회, 칠곡군[ 왜관읍의 ], 지요다구[
 * 기오이초의 ] (a Japanese town).
 */
const ADDRESS_OF = /^(?:\s+[가-힣0-9·-]+){1,2}?(?:동|읍|면|리|가|로|길|초|촌|마치)의\s+$/;

const placed = (m: Mention, place: Mention) => ({ type: 'LOCATED_IN', from: m, to: place, basis: 'place' }) as const;

/**
 * Between a place marked 에 (maybe past two more words of its address: 조지아주[ 엘라벨에], 리버풀[ 브램리무어 부두에]) and a
 * facility, words that describe it but open no clause of another subject or place: [에 화학적 재활용 기술을 한데 모은 ].
 */
const BUILT_AT = new RegExp(`^${ADDRESS_WORD}${ADDRESS_WORD}에\\s+(?:[^\\s]+(?<![이가에고며서])\\s+){0,8}$`);

/** In the gap after a place, a home held there by another (에 본사를 둔) or a place near it (앞바다에, 인근에). */
const NOT_BUILT_THERE = /(?:본사|본점|본부|거점)(?:을|를)\s+(?:두|둔)|(?:앞바다|인근|근처|부근|근교|외곽)에\s/;

/** 인디애나주에 첨단 패키징 공장을 짓기로: a verb after the facility builds it at the place. */
function builtThere(text: string, gap: string, facility: Mention, located: Located): boolean {
  located.builtAfter.lastIndex = facility.end;
  return BUILT_AT.test(gap) && !NOT_BUILT_THERE.test(gap) && located.builtAfter.test(text);
}

/** The first topic (은/는) of one of the types written before `at`. */
const topicBefore = (mentions: readonly Mention[], at: number, types: ReadonlySet<string>) =>
  mentions.find((m) => m.end <= at && types.has(m.type ?? '') && isTopic(m));

/**
 * 하만은 … 미국 전장 기업으로: a place before the kind of organisation that the copula says the topic is gives the
 * topic's home (its origin).
 */
function topicOrigin(text: string, mentions: readonly Mention[], place: Mention, located: Located) {
  located.kindAfter.lastIndex = place.end;
  if (!located.kindAfter.test(text)) return undefined;
  const topic = topicBefore(mentions, place.start, ORGANISATION_TYPES);
  return topic && placed(topic, place);
}

/** 빙챗은 … MS 검색 엔진으로, 갤럭시 S25는 삼성전자의 최신 스마트폰이다: the topic is the organisation's product. */
function topicProduct(text: string, mentions: readonly Mention[], org: Mention, located: Located) {
  located.productKindAfter.lastIndex = org.end;
  if (!located.productKindAfter.test(text)) return undefined;
  const topic = topicBefore(mentions, org.start, MADE_TYPES);
  return topic && ({ type: 'DEVELOPS', from: org, to: topic, basis: 'product' } as const);
}

/** After a place, up to two more words of its address, then 에 and the verb of being there: [ 오송읍에 있다]. */
const IS_THERE = /^(?:\s+[^\s]+){0,2}?에\s+있(?:다|으며|고|어|습니다)/;

/**
 * After a place, up to two more words of its address, 에, and a verb describing the kind of thing the topic is, which
 * may be dated and have up to four more words before its kind: [ 양양군에 있는 공항으로], [ 강서구에 자리 잡은 국제공항이다],
 * [ 풍납동에 문을 연 종합병원으로], [ 영종도에 2017년 문을 연 복합리조트다].
 */
const KIND_THERE =
  /^(?:\s+[^\s]+){0,2}?에\s+(?:\d{4}년\s+(?:\d{1,2}월\s+)?)?(있는|자리\s?잡은|자리한|위치한|문을\s연|연|세운|지은|개원한|개관한|개교한|세워진|지어진|들어선)\s+(?:(?![^\s]*(?:을|를|이|가|은|는|에)\s)[^\s]+\s+){0,4}?[^\s]+?(?:으로|로|이다|다)[\s,.]/;

/** The verbs of KIND_THERE that say where a thing was opened or built, not where it is: 연, 세운, 지은. */
const FOUNDING_THERE = /^(?:연|세운|지은)$/;

/** After a place, up to two more words of its address, then 에서 and the verb of being held: [ 상암동 경기장에서 열린다]. */
const HELD_THERE_VERB =
  /^(?:\s+[^\s]+){0,2}?에서\s+(?:열린다|열렸다|열리며|열리고|열릴|개최된다|개최됐다|개최되며|치러진다|치러졌다)/;

/**
 * 인천국제공항은 인천 중구 영종도에 있으며: the subject of 있다 is at the place; so is the event the sentence says is held
 * there ('K팝 슈퍼 라이브' 공연은 서울 상암동 서울월드컵경기장에서 열린다).
 */
function thereIs(text: string, mentions: readonly Mention[], i: number) {
  const place = mentions[i] as Mention;
  const after = text.slice(place.end, place.end + 48);
  // 서울아산병원은 [아산사회복지재단이] … 풍납동에 문을 연 종합병원으로: the kind is the topic's, whoever opened it.
  const kindThere = KIND_THERE.exec(after);
  if (kindThere) {
    const topic = mentions.findLast((m) => m.end <= place.start && isTopic(m));
    // 애너하임에 [연] 테마파크: a facility stays where it was opened or built; an organisation founded there may have moved.
    const founding = FOUNDING_THERE.test(kindThere[1] as string);
    return topic &&
      HOLDS_PLACE.has(topic.type ?? '') &&
      (!founding || topic.type === 'Facility') &&
      !verbClauseEnds(text, topic.end, place.start)
      ? placed(topic, place)
      : undefined;
  }
  const isThere = IS_THERE.test(after);
  if (!isThere && !HELD_THERE_VERB.test(after)) return undefined;
  // An event may be named in quotes before the noun that carries its particle: 'K팝 슈퍼 라이브' 공연은.
  const subject = mentions.findLast(
    (m) => m.end <= place.start && (m.role === 'subject' || (!isThere && EVENTS.has(m.type ?? ''))),
  );
  if (!subject || !(isThere ? HOLDS_PLACE : EVENTS).has(subject.type ?? '')) return undefined;
  // 본사는 … 에 있다, 구글코리아는 … 에 있다: a later subject whose name is not known is there instead.
  const words = subject.end + (subject.particle?.length ?? 0);
  if (verbClauseEnds(text, subject.end, place.start) || unknownSubject(text, words, place.start)) return undefined;
  return placed(subject, place);
}

/** Between a name and the place that opens its apposition: ", a " (MosaicML, a San Francisco startup). */
const APPOSITION_OPENS = /^,\s+(?:a|an|the)\s+$/i;

/** "MosaicML, a San Francisco startup": a place before the kind of organisation an apposition names is its origin. */
function appositionOrigin(text: string, named: Mention | undefined, place: Mention, located: Located) {
  if (!named || !HOLDS_PLACE.has(named.type ?? '') || !APPOSITION_OPENS.test(text.slice(named.end, place.start)))
    return undefined;
  located.kindAfterEn.lastIndex = place.end;
  return located.kindAfterEn.test(text) ? placed(named, place) : undefined;
}

/** After a title that describes a person, not an office taken (대표이사[에] 취임, 대표이사[를] 맡았다). */
const DESCRIBES = /^(?:은|는|이|가|과|와|의|,|\s|\)|$)/;

/** An organisation written with a title after it (한진그룹 회장, KB금융지주(회장 양종희)): a person's description. */
export function titledOrganisations(text: string, mentions: readonly Mention[], titles: Titles): Mention[] {
  return mentions.filter((m) => {
    if (!isOrganisation(m)) return false;
    const title = titleAt(text, text[m.end] === '(' ? m.end + 1 : m.end, titles);
    return title !== undefined && DESCRIBES.test(text.slice(title.end, title.end + 1));
  });
}

const NONE: AdjacentRelation[] = [];

/** The relation that the i-th mention and the names beside it state by their order. */
function statedByOrder(
  text: string,
  mentions: readonly Mention[],
  i: number,
  titles: Titles,
  located: Located,
): AdjacentRelation | undefined {
  const mention = mentions[i] as Mention;
  if (mention.type === 'Person') return leads(text, mentions, i, titles);
  if (mention.type === 'Place')
    return (
      locatedIn(text, mention, mentions[i + 1], located) ??
      topicOrigin(text, mentions, mention, located) ??
      thereIs(text, mentions, i) ??
      appositionOrigin(text, mentions[i - 1], mention, located)
    );
  if (HELD_THERE.has(mention.type ?? '')) return heldIn(text, mention, mentions[i + 1]);
  if (isOrganisation(mention))
    return (
      appositionIn(text, mention, mentions[i + 1]) ??
      subjectIn(text, mentions, i) ??
      develops(text, mention, mentions[i + 1], located.product) ??
      owned(text, mention, mentions[i + 1]) ??
      topicProduct(text, mentions, mention, located)
    );
  if (!isMade(mention)) return undefined;
  return (
    listedAmongProducts(text, mention, mentions[i + 1], located) ??
    possessorInApposition(text, mentions, i, located) ??
    (mention.type === 'Product' ? ownProduct(text, mentions, mention) : undefined) ??
    rankedMaker(text, mention, mentions[i + 1])
  );
}

/**
 * Between an organisation and a place, an apposition that describes it as something in the place: ", a rice and soybean
 * cooperative in ", ", the Catholic university in " (not ", a firm founded in", ", a company investing in", ", the owner of
 * three plants in", ", the largest steelmaker in": a market).
 */
const APPOSITION_IN =
  /^,\s+(?:a|an|the)\s+(?:(?![a-z]+(?:ed|ing|est)\s|(?:of|for|with|to|top|leading|main)\s)[A-Za-z][\w'’-]*\s+){1,5}?in\s+(?:the\s+)?$/;

/** "Riceland Foods, a rice and soybean cooperative in Stuttgart": the organisation is in the place. */
function appositionIn(text: string, org: Mention, next: Mention | undefined): AdjacentRelation | undefined {
  if (next?.type !== 'Place' || !APPOSITION_IN.test(text.slice(org.end, next.start))) return undefined;
  return placed(org, next);
}

/** 챗GPT 등 오픈AI의 모델: a product given as an example of an organisation's products is that organisation's. */
function listedAmongProducts(
  text: string,
  product: Mention,
  next: Mention | undefined,
  located: Located,
): AdjacentRelation | undefined {
  if (!next || !isOrganisation(next) || !LIST_CLOSED.test(text.slice(product.end, next.start))) return undefined;
  located.productAfter.lastIndex = next.end;
  if (!/^의/.test(text.slice(next.end, next.end + 1)) || !located.productAfter.test(text)) return undefined;
  return { type: 'DEVELOPS', from: next, to: product, basis: 'product' };
}

/** Between a product and the possessor of its apposition: ", ", maybe "the". */
const PRODUCT_APPOSITION = /^,\s+(?:the\s+)?$/i;
/** After an apposition's possessor and kind: its end, not a list going on ("ChatGPT, Google's chatbot, and Claude"). */
const APPOSITION_ENDS = /^\s*(?:,(?!\s*(?:and|or)\s)|[;.)]|$)/;
/** After the kind, a short phrase that still describes it, then the apposition's end: "[ for consumers],". */
const PHRASE_THEN_ENDS = /^\s+(?:for|in|on|with)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*(?:,(?!\s*(?:and|or)\s)|[;.)]|$)/;

/** After the kind of product in an apposition, a relative clause that goes on describing it: "[ that ]Apple built in". */
const RELATIVE_GOES_ON = /^\s+(?:that|which)\s/;

/**
 * "ChatGPT, OpenAI's chatbot, …", "ChatGPT, the OpenAI chatbot that Apple built into its software", "Llama 2, Meta's
 * open-source large language model", "ChatGPT, the chatbot of OpenAI": the possessor of the kind of product in
 * apposition, the organisation written as its modifier after "the", or the one it is of or from, makes the product.
 */
function possessorInApposition(
  text: string,
  mentions: readonly Mention[],
  i: number,
  located: Located,
): AdjacentRelation | undefined {
  const product = mentions[i] as Mention;
  // "the chatbot of [Microsoft]-backed OpenAI": a name made a modifier by a hyphen is the maker's backer.
  const next = mentions.slice(i + 1).find((m) => !/^-[a-z]/.test(text.slice(m.end, m.end + 2)));
  // "Microsoft 365 Copilot, the company's AI assistant": a product named after its maker is no other's.
  if (!next || !isOrganisation(next) || (product.maker && product.maker.id !== next.id)) return undefined;
  const gap = text.slice(product.end, next.start);
  if (located.kindOfMaker.test(gap)) return { type: 'DEVELOPS', from: next, to: product, basis: 'product' };
  if (!PRODUCT_APPOSITION.test(gap) || next !== mentions[i + 1]) return undefined;
  const possessed = possessiveAt(text, next.end);
  if (!possessed && !/the\s+$/i.test(gap)) return undefined;
  const kind = possessed ? located.possessedKind : located.productAfter;
  kind.lastIndex = next.end;
  if (!kind.test(text)) return undefined;
  const rest = text.slice(kind.lastIndex);
  return APPOSITION_ENDS.test(rest) || RELATIVE_GOES_ON.test(rest) || PHRASE_THEN_ENDS.test(rest)
    ? { type: 'DEVELOPS', from: next, to: product, basis: 'product' }
    : undefined;
}

/** After a product or technology, a rank in its market before an organisation: D램[ 1위 ]삼성전자, HBM[ 시장 2위 ]마이크론. */
const RANK_BEFORE_MAKER =
  /^\s+(?:시장\s+)?(?:세계\s+|글로벌\s+|국내\s+)?\d{1,2}위(?:\s+(?:업체|기업|회사|제조사|업체인|기업인))?\s+$/;

/** Before a product or technology, a rank in its market: [세계 2위 ]D램 업체 SK하이닉스. */
const RANK_BEFORE_PRODUCT = /(?:^|\s)(?:세계\s+|글로벌\s+|국내\s+)?\d{1,2}위\s+$/;
/** Between that product and the organisation, the kind of maker: D램[ 업체 ]SK하이닉스. */
const MAKER_KIND = /^\s+(?:업체|기업|회사|제조사|제조업체|생산업체)(?:인)?\s+$/;

/** The organisation ranked in the market of the product before it (D램 1위 삼성전자, 세계 2위 D램 업체 SK하이닉스) makes it. */
function rankedMaker(text: string, product: Mention, next: Mention | undefined): AdjacentRelation | undefined {
  if (!next || !isOrganisation(next)) return undefined;
  const gap = text.slice(product.end, next.start);
  const ranked =
    RANK_BEFORE_MAKER.test(gap) ||
    (MAKER_KIND.test(gap) && RANK_BEFORE_PRODUCT.test(text.slice(Math.max(0, product.start - 12), product.start)));
  return ranked ? { type: 'DEVELOPS', from: next, to: product, basis: 'product' } : undefined;
}

/** MS 365: a thing named after its maker is the maker's product; the maker is written where its name opens it. */
function madeBy(thing: Mention): AdjacentRelation | undefined {
  const { maker } = thing;
  if (!maker) return undefined;
  const from = { id: maker.id, type: maker.type, start: thing.start, end: thing.start + maker.length };
  return { type: 'DEVELOPS', from, to: thing, basis: 'product' };
}

/** Between an organisation and its country: " of " (Samsung Electronics of South Korea). */
const OF_PLACE = /^\s+of\s+(?:the\s+)?$/;
/**
 * An apposition that opens with a country's possessive or adjective: "Samsung and SK hynix, [South Korea]'s two memory
 * makers", "Samsung Electronics, the other big [South Korean] memory maker".
 */
const APPOSITION_PLACE =
  /^,\s+(?:(?:the|a|an)\s+)?(?:(?:other|big|bigger|biggest|large|larger|largest|main|leading|smaller|top|two|three)\s+){0,2}$/;
/** A possessive after a name, 's or, after a final s, the apostrophe alone: "the United States' largest retailer". */
const POSSESSIVE = /^(?:.['’]s|s['’])\s/;

/**
 * Whether the place after `last` is written as its home: by a homeland noun, "of", a possessive apposition, or as the
 * origin of the kind a list closed by 등 names.
 */
function homeOf(text: string, last: Mention, place: Mention, located: Located): boolean {
  const gap = text.slice(last.end, place.start);
  if (located.homeland.test(gap) || OF_PLACE.test(gap)) return true;
  if (LIST_CLOSED.test(gap)) {
    located.kindAfterList.lastIndex = place.end;
    return located.kindAfterList.test(text);
  }
  if (!APPOSITION_PLACE.test(gap)) return false;
  // "Rapidus, the Japanese start-up": a demonym is the origin as a possessive is.
  const possessive = place.adjective ? undefined : POSSESSIVE.exec(text.slice(place.end - 1, place.end + 3));
  if (!place.adjective && !possessive) return false;
  located.kindAfterEn.lastIndex = possessive ? place.end + possessive[0].length - 2 : place.end;
  return located.kindAfterEn.test(text);
}

/**
 * 애플, 구글 등의 모국인 미국, 메타, 구글 등 미국 빅테크, "Samsung Electronics of South Korea", "Samsung and SK hynix,
 * South Korea's two memory makers": the place is the home of each organisation listed before it.
 */
function homeCountry(text: string, mentions: readonly Mention[], i: number, located: Located): AdjacentRelation[] {
  const place = mentions[i] as Mention;
  const last = mentions[i - 1];
  if (place.type !== 'Place' || !last || !homeOf(text, last, place, located)) return NONE;
  return groupEndingAt(mentions, last, text)
    .filter((m) => isOrganisation(m))
    .map((m) => placed(m, place));
}

/** The products listed after the one an organisation is written before: "Nvidia's A100 [and H100] chips". */
function listedProducts(text: string, mentions: readonly Mention[], relation: AdjacentRelation): AdjacentRelation[] {
  if (relation.basis !== 'product' || relation.to.start < relation.from.end) return [];
  const listed: AdjacentRelation[] = [];
  for (const m of groupFrom(mentions, relation.to, text).slice(1)) {
    if (m.type !== relation.to.type) break;
    listed.push({ ...relation, to: m });
  }
  return listed;
}

/**
 * The organisations listed after the one a place is written before share its home: "South Korea's Samsung Electronics
 * [and SK hynix]", 미국 빅테크 구글[과 아마존이], and in Korean each up to one with a place of its own (한국의
 * SK하이닉스[와 삼성전자], 미국 마이크론).
 */
function listedHomes(text: string, mentions: readonly Mention[], relation: AdjacentRelation): AdjacentRelation[] {
  if (relation.basis !== 'place' || relation.to.type !== 'Place' || relation.from.start < relation.to.end) return [];
  const group = groupFrom(mentions, relation.from, text);
  // Korean news writes no place before a Korean company, so only a later place of its own closes the list.
  const own = group.findIndex((m, i) => i > 0 && (m.originStart !== undefined || m.type === 'Place'));
  if (own > 1 && PLACE_WITHOUT_POSSESSIVE.test(text.slice(relation.to.end, relation.from.start)))
    return group.slice(1, own).flatMap((from) => (isOrganisation(from) ? [{ ...relation, from }] : []));
  // Two names only: in a longer list the place may qualify the first alone ("Saudi Arabia's Public Investment Fund, Silver
  // Lake and Affinity Partners", 미국 엔비디아와 삼성전자, SK하이닉스가).
  const other = group[1];
  if (group.length === 2) return other && isOrganisation(other) ? [{ ...relation, from: other }] : [];
  // "U.S. tech groups, including Google, Microsoft and Amazon": a kind of the place's names each listed one.
  if (KIND_THEN_LIST.test(text.slice(relation.to.end, relation.from.start)) && group.every(isOrganisation))
    return group.slice(1).map((from) => ({ ...relation, from }));
  // 미국 오픈AI와 구글, 아마존이: in a longer Korean list, each name the dictionary places in the place's country.
  const country = relation.to.country;
  if (own >= 0 || !country || !PLACE_WITHOUT_POSSESSIVE.test(text.slice(relation.to.end, relation.from.start)))
    return [];
  return group
    .slice(1)
    .flatMap((from) => (isOrganisation(from) && from.country === country ? [{ ...relation, from }] : []));
}

/** Between an English place and a list: a plural kind, maybe with "including" or "such as" (U.S.[ tech groups, including ]). */
const KIND_THEN_LIST = /^\s+(?:[a-z-]+\s+){0,3}[a-z-]+s(?:,?\s+(?:including|such as|like))?\s+$/;

/** Between a Korean place and the first name of a list: a space or 의 (미국 구글과, 한국의 SK하이닉스와). */
const PLACE_WITHOUT_POSSESSIVE = /^(?:의)?\s+$/;

/** The relations that the order of the sentence's mentions states. */
export function adjacentRelations(
  text: string,
  mentions: readonly Mention[],
  titles: Titles,
  located: Located,
): AdjacentRelation[] {
  const found: AdjacentRelation[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const relation =
      holdsStake(text, mentions[i] as Mention, mentions[i + 1]) ?? statedByOrder(text, mentions, i, titles, located);
    if (relation)
      found.push(relation, ...listedProducts(text, mentions, relation), ...listedHomes(text, mentions, relation));
    // With no relation, leads() has already tried the office after an aside.
    const after = relation ? officeAfterAside(text, mentions, i, titles) : undefined;
    if (after && after.to.id !== relation?.to.id) found.push(after);
    if (relation?.basis === 'title') found.push(...jointTitles(text, relation, titles));
    const maker = madeBy(mentions[i] as Mention);
    if (maker) found.push(maker);
    found.push(...homeCountry(text, mentions, i, located));
  }
  return found.length > 0 ? found : NONE;
}
