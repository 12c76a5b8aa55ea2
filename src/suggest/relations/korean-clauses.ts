import { isOrganisation, type Mention } from '../mentions/mentions';

/**
 * A word with an adnominal ending followed by the noun it describes: 인수[한 ]미국 기업, 최대주주[인 ]IT 기업,
 * 거점으로 [하는 ]항공사, 이베이가 [가진 ]이베이코리아 지분, 이름을 [바꾼 ]회사. A subject before one belongs to that embedded
 * clause.
 */
const ADNOMINAL_WORD =
  /(?:[가-힣](?:한|인|된|던|운|하는|되는|있는|받은|받는|가는|오는|주는|드는|내는|쓰는|끄는)|(?:^|\s)(?:가진|지닌|갖춘|(?:이름을|사명을)\s바꾼))\s+[가-힣A-Za-z0-9]/g;
/** The end of a clause: a connective ending (-고, -며, -지만, -해 …), not the year (올해, 지난해, 이듬해), or a comma. */
const CLAUSE_BREAK =
  /[가-힣](?:고|며|지만|는데|으나|면서|하여|해서|(?<![올난새매듬그첫])해|돼|어|아)[\s,]|,\s|\s(?:뒤|후|이후|다음)[\s,]/;
/** A word marked as a topic or subject (회장은, 정부가): a subject whose name is not known. */
const UNKNOWN_SUBJECT = /[가-힣](?:은|는|이|가)\s/g;
/**
 * Nouns that end in 가 or 이 and stand bare before another noun (국가 연구, 주가 상승, 업계 전문가 평가): no particle.
 */
const BARE_NOUN =
  '(?:국가|평가|증가|추가|참가|전문가|투자가|사업가|기업가|작가|주가|유가|물가|단가|원가|대가|차이|사이|디스플레이|페이)';
/** Words that end like a subject but are not one: adnominal -는 (quoting: 모색한다는), adverbs, topics of place or time (이달에는). */
const NOT_SUBJECT = new RegExp(
  `(?:(?:^|[^가-힣])${BARE_NOUN}|하는|되는|시키는|있는|없는|가는|오는|다는|라는|같이|많이|깊이|높이|일찍이|가까이|에는|에서는|로는|으로는|때는|까지는|이번엔|이제는)\\s$`,
);
const ADNOMINAL_ENDINGS = '한|인|된|던|운|든|낸|끈|하는|되는|끄는|드는';
/**
 * A cue word that ends in an adnominal ending: it describes the noun after it (설립한 회사), unless that noun is one of
 * time, which makes the clause a time of the sentence's act (취임한 뒤, 인수한 지 3년).
 */
const ADNOMINAL_CUE = new RegExp(
  `^[가-힣]*?(?:${ADNOMINAL_ENDINGS}|할)\\s(?!(?:뒤|후|이후|다음|직후|무렵|때|동안|지|만에)(?:에|부터|에도)?[\\s,])`,
);
/** Ends of a word that make it no part of a name: verb endings and particles other than the subject's. */
const NOT_A_NAME_END = '(?:여|고|며|서|해|다|한|된|던|는|을|를|에|의|로|와|과|도)';
/** After a partner, up to three words of a subject whose name is not known: 찰스 화이자와 [사촌 찰스 에르하르트가]. */
const NOMINATIVE_NEXT = new RegExp(
  `^\\s*(?:(?![가-힣]*${NOT_A_NAME_END}\\s)[가-힣A-Za-z]{1,6}\\s+){0,2}(?:(?!${BARE_NOUN}\\s)[가-힣A-Za-z0-9]{1,10}[이가]|[가-힣A-Za-z0-9]{1,10}\\s+등(?:\\s+[가-힣]{1,8}들)?이)\\s`,
);
/**
 * After a partner, a longer list of names not known that ends in the subject's mark: 올리비에 베르나르트와 [카스파 코페티,
 * 다비드 알레만이], SK텔레콤과 [KBS·MBC·SBS 지상파 3사가].
 */
const UNKNOWN_LIST_SUBJECT = new RegExp(
  `^\\s*(?:(?![가-힣]*${NOT_A_NAME_END}[\\s,])[가-힣A-Za-z·]{1,12},?\\s+){0,4}(?!${BARE_NOUN}\\s)[가-힣A-Za-z0-9]{1,10}[이가]\\s`,
);

/** A word with no particle, then a noun with -인: a description of the next noun, with no subject (페이스북 모회사인). */
const DESCRIBING = /(?:^|\s)[^\s]*[^\s가이은는을를에의와과도로]\s[가-힣]+인\s$/;

/**
 * Whether an embedded (adnominal) clause closes between the subject and the cue: the subject is not the cue's. A
 * noun with -인 after a bare word describes the next name and holds no clause (MS가 [페이스북 모회사인] 메타와 손잡고).
 */
export function embedded(text: string, subject: Mention, at: number): boolean {
  const stretch = text.slice(subject.end, at);
  for (const match of stretch.matchAll(ADNOMINAL_WORD)) {
    const end = match.index + match[0].length - 1;
    if (match[0][1] !== '인' || !DESCRIBING.test(stretch.slice(0, end))) return true;
  }
  return false;
}

/** Whether a word marked as a subject, not a known name, stands in text[from, to): 최태원 SK그룹 [회장은]. */
export function unknownSubject(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  // Read only the stretch (and the particle's space after it): not on through the rest of a long article.
  const stretch = text.slice(from, to + 2);
  for (const match of stretch.matchAll(UNKNOWN_SUBJECT)) {
    if (match.index + 2 >= to - from) break;
    const end = match.index + match[0].length;
    if (!NOT_SUBJECT.test(stretch.slice(Math.max(0, match.index - 3), end))) return true;
  }
  return false;
}

/** A word marked 이/가 (the nominative), as the subject of the next verb: 중국에서 [텐센트가] 서비스하고. */
const NOMINATIVE_WORD = /[가-힣](?:이|가)\s/g;
/** Nothing, or one word that is no argument (no particle ending), between a nominative and its verb: 텐센트가 [직접] 서비스. */
const NEXT_TO_VERB = /^(?:[^\s,]*[^\s,을를에와과로의도]\s)?$/;

/**
 * Whether the cue's own subject is a word whose name is not known: a nominative in text[from, cueAt) right before
 * the cue (던전앤파이터는 중국에서 [텐센트가] 서비스하고 있다: Tencent services it, not the topic).
 */
export function unknownNominative(text: string, from: number, cueAt: number): boolean {
  const stretch = text.slice(from, Math.max(from, cueAt));
  const last = lastMarked(stretch, NOMINATIVE_WORD, (match) =>
    NOT_SUBJECT.test(stretch.slice(Math.max(0, match.index - 3), match.index + match[0].length)),
  );
  // At most one word between: a longer stretch holds other arguments and verbs (노르웨이 아커로부터 … 인수했다).
  return last !== undefined && NEXT_TO_VERB.test(stretch.slice(last.index + last[0].length));
}

/**
 * The last word the global `pattern` finds in a stretch of one sentence, less those `skip` rejects. The stretch is
 * sliced out first: a search from an offset through the text would cross the whole of a long article.
 */
function lastMarked(stretch: string, pattern: RegExp, skip: (match: RegExpExecArray) => boolean) {
  let last: RegExpExecArray | undefined;
  for (const match of stretch.matchAll(pattern)) if (!skip(match)) last = match;
  return last;
}

/** How far before an object word a known name still belongs to its phrase (HBM3E 12단 제품을). */
const NAME_IN_PHRASE = 10;
/** An amount marked 을/를 (4조 원을 투자): what is spent, not what the verb acts on. */
const AMOUNT_WORD = /^\d|(?:원|달러|엔|유로|위안|파운드|%)$/;
/** A word marked 을/를: the object of the next verb. */
const ACCUSATIVE_WORD = /[가-힣A-Za-z0-9](?:을|를)\s/g;

/**
 * Whether the cue's object is a word whose name is not known: an accusative right before the cue (송재경은 2003년
 * 게임 개발사 [엑스엘게임즈를] 세웠다), so no name further back is what the verb acts on.
 */
export function unknownObject(text: string, mentions: readonly Mention[], from: number, cueAt: number): boolean {
  const stretch = text.slice(from, Math.max(from, cueAt));
  const last = lastMarked(stretch, ACCUSATIVE_WORD, (match) =>
    AMOUNT_WORD.test(stretch.slice(stretch.lastIndexOf(' ', match.index) + 1, match.index + 1)),
  );
  if (!last) return false;
  const start = from + last.index;
  const end = start + last[0].length;
  // A known name in the object's phrase (HBM3E 12단 [제품을]) or between it and the verb (대금을 [오픈AI] 투자) is what
  // the verb takes; a partner or a subject right before the phrase is an argument of its own (오픈AI와 합작법인 X를).
  const named = mentions.some(
    (m) =>
      (m.end <= start && start - m.end <= NAME_IN_PHRASE && m.role !== 'with' && m.role !== 'subject') ||
      (m.start >= end && m.end <= cueAt),
  );
  return !named && NEXT_TO_VERB.test(text.slice(end, cueAt));
}

/**
 * A comma, then a new topic of a word or two (…취임했으며, 임명안은 윤석열 대통령이; …냈으며, 디즈니는): not a verb's
 * noun form (하는, 있는), a place or source marked 은/는 (서울에서는), nor a word of time (지금은, 현재는).
 */
const NEW_TOPIC =
  /,\s*(?:[^\s,]+\s+)?(?!(?:지금|현재|요즘|최근|이제|오늘날|당시)[은는]\s)[가-힣A-Za-z]{1,12}(?<![하되있에서로])[은는]\s/;

/** Whether a new topic opens after a comma in the stretch text[from, to). */
export const newTopic = (text: string, from: number, to: number) => NEW_TOPIC.test(text.slice(from, to));

/** Whether a clause ends in the stretch text[from, to). */
export const clauseBreak = (text: string, from: number, to: number) => CLAUSE_BREAK.test(text.slice(from, to));

/**
 * The end of a clause that an ongoing act does not end: a connective ending or a comma, but not -고 있 (첫 시설을 짓고
 * 있는 … 사업도 이끌고 있다).
 */
export const CLAUSE_END_PAST_ONGOING = /[가-힣](?:며|지만|는데|으나|면서|고(?!\s+있))[\s,]|[,;]/;

/**
 * A verb's connective ending (-고, -며, -지만 …): its clause ends there, whatever commas list names. Not 위해 (막기 위해
 * 소송을 제기했다: a purpose belongs to the verb after it), nor the years 지난해, 올해, 새해, 매해.
 */
const VERB_CLAUSE_END = /[가-힣](?:고|며|지만|는데|으나|면서|하여|해서|(?<!위|지난|올|새|매)해|돼)[\s,]/;

/** Whether a verb's clause ends in the stretch text[from, to): a comma alone may list names. */
export const verbClauseEnds = (text: string, from: number, to: number) => VERB_CLAUSE_END.test(text.slice(from, to));

/** Where the first verb's clause in text[from, to) ends, or `to`. */
export function firstClauseEnd(text: string, from: number, to: number): number {
  const ending = VERB_CLAUSE_END.exec(text.slice(from, to));
  return ending ? from + ending.index + ending[0].length : to;
}

/** What makes the subjects act each on its own: 각각, 각자, 모두 (both), 50%씩. */
const EACH = /(?:^|\s)(?:각각|각자|모두|둘 다)\s|씩\s/;

/** Whether text[from, to) says that the subjects before it act each on its own (A가 300조 원, B가 120조 원을 각각). */
export const actEach = (text: string, from: number, to: number) => EACH.test(text.slice(from, to));

/** Adverbs that make coordinated subjects act one after the other, not together: 잇따라, 연이어, 차례로, 따로. */
const SEPARATELY = /(?:^|\s)(?:잇따라|연이어|차례로|따로)\s/;
export const actSeparately = (text: string, from: number, to: number) => SEPARATELY.test(text.slice(from, to));

/** A cue used adnominally, through 으로 하는 too: 설립[한 ], 세[운 ], 거점으로 [하는 ], 연고로 [삼은 ]. */
const ADNOMINAL_TAIL = new RegExp(
  `^[가-힣]*?(?:(?:${ADNOMINAL_ENDINGS})\\s|(?:으로|로)?\\s+(?:하는|한|삼은|삼는|둔|두는)\\s)`,
);
/**
 * Bare words that are no known name, the last marked as an argument of another verb: 민중병원[을 ], 스타트업[은 ]. (Not a
 * place of origin, 에서 출발했다, nor the copula, 회사로, nor a time after the act: 사들인 [지 6년 만에].)
 */
const describedArgument = (words: number, particles: string, bareNouns?: string) => {
  const bare = '(?![^\\s]*(?:로서|으로|로|에서|은|는|이|가|의|와|과)\\s)[^\\s.,]+';
  const word = bareNouns ? `(?:${bareNouns}|${bare})` : bare;
  const last = bareNouns ? `(?!${bareNouns}\\s)` : '';
  return new RegExp(
    `^(?!(?:지|뒤|후|이후|때|동안|만큼)\\s)(?:${word}\\s+){0,${words}}?${last}[^\\s.,]+?(?:${particles})\\s`,
  );
};
const DESCRIBED_OBJECT = describedArgument(3, '을|를|에게|에');
/** As the subject or topic, after a longer description whose bare nouns may end like a subject: 보툴리눔 톡신 기업 휴젤[은 ]. */
const DESCRIBED_SUBJECT = describedArgument(3, '은|는|이|가', BARE_NOUN);

/** Nouns whose content is the act the clause before them tells, which keeps its parties: 공급하는 [계약을], 투자하는 [방안을]. */
const ACT_CONTENT =
  /(?:계약|협약|양해각서|의향서|방안|계획|명령|결정|조치|방침|합의|가능성|방식|절차|조건|내용|작업|사업|협상|거래|것|데)(?:\([^)]*\))?(?:을|를|에게|에|은|는|이|가)\s$/;

/**
 * How an adnominal cue's described noun, when it is no known name, stands in the next verb: as its object or dative
 * (`유석창이 세운 민중병원을 모태로 하는 건국대학교`: 세운 is about 민중병원, not the university), or as its subject or
 * topic (`춘천에 본사를 둔 보툴리눔 톡신 기업 휴젤은`: no name after it is what the clause describes).
 */
export function describedUnknown(
  text: string,
  cueStart: number,
  mentions: readonly Mention[],
): 'object' | 'subject' | undefined {
  const tail = ADNOMINAL_TAIL.exec(text.slice(cueStart, cueStart + 16));
  if (!tail) return undefined;
  const from = cueStart + tail[0].length;
  const stretch = text.slice(from, from + 48);
  const object = DESCRIBED_OBJECT.exec(stretch);
  const argument = object ?? DESCRIBED_SUBJECT.exec(stretch);
  if (!argument || ACT_CONTENT.test(argument[0])) return undefined;
  const end = from + argument[0].length;
  if (mentions.some((m) => m.start >= from && m.start < end)) return undefined;
  return object ? 'object' : 'subject';
}

/** Whether the cue word ending at `end` is adnominal: it describes what follows it. */
export const adnominalCue = (text: string, cueStart: number) => ADNOMINAL_CUE.test(text.slice(cueStart, cueStart + 12));

/** After a subject's particle, a group it forms, which acts as its members: A와 B가[ 꾸린 컨소시엄은] … 사들였다. */
const FORMS_GROUP = /^\s(?:꾸린|구성한|결성한|만든|이룬)\s+(?:컨소시엄|연합|연합체)(?:은|는|이|가)\s/;

/**
 * A partner (과/와) followed by a subject whose name is not known is one of a coordinated subject: in
 * `애경그룹과 제주특별자치도가 세운`, 애경그룹 founded it too. One right before a possessor is a possessor too: in
 * `티빙과 웨이브의 합병`, 티빙 is no partner. A subject that forms a group that is the topic (A와 B가 꾸린 컨소시엄은) is
 * the topic.
 */
export function withCoordinatedSubjects(text: string, mentions: readonly Mention[]): readonly Mention[] {
  if (!mentions.some((m) => m.role === 'with' || m.role === 'subject')) return mentions;
  return mentions.map((m, i) => {
    // The members of a group that is the topic act as the topic.
    if (m.role === 'subject' && FORMS_GROUP.test(text.slice(m.end + (m.particle?.length ?? 0), m.end + 24)))
      return { ...m, particle: '는' };
    if (m.role !== 'with') return m;
    const words = m.end + (m.particle?.length ?? 0);
    const next = mentions[i + 1];
    const list = UNKNOWN_LIST_SUBJECT.exec(text.slice(words, words + 56));
    if (NOMINATIVE_NEXT.test(text.slice(words, m.end + 32)) || (list && !(next && next.start < words + list[0].length)))
      return { ...m, role: 'subject', particle: '가' };
    return next?.particle === '의' && /^\s*$/.test(text.slice(words, next.start))
      ? { ...m, role: next.role, particle: next.particle }
      : m;
  });
}

/** A verb's adnominal ending: 맡기[는 ], 맡[긴 ], 쓰[는 ], 빌[린 ], 위탁[한 ]. */
const VERB_ADNOMINAL = /^[가-힣]*?(?:는|은|던|긴|쓴|린|한)\s/;
/** After an adnominal verb, at most one word before the name it describes: 맡기는[ 미국 ]엔비디아. */
const TO_DESCRIBED_NAME = /^[가-힣]*?(?:는|은|던|긴|쓴|린|한)\s+(?:[^\s,.]+\s+)?$/;
/** A verb's negation: 맡기[지 않기로], 쓰[지 못하게]. */
const VERB_DENIED = /^[가-힣]*?지\s*(?:않|못|말)/;

/** Whether the verb written at `at` is adnominal: it describes what follows it. */
export const adnominalVerb = (text: string, at: number) => VERB_ADNOMINAL.test(text.slice(at, at + 12));

/** Whether the verb written at `at` is denied. */
export const deniedVerb = (text: string, at: number) => VERB_DENIED.test(text.slice(at, at + 12));

/** The organisation an adnominal verb at `at` describes, past its origin (쓰는 미국 [엔비디아]에), or none. */
export function describedByVerb(text: string, mentions: readonly Mention[], at: number): Mention[] {
  const next = mentions.find((m) => m.start > at && m.type !== 'Place');
  return next && isOrganisation(next) && TO_DESCRIBED_NAME.test(text.slice(at, next.start)) ? [next] : [];
}
