import type { Mention } from '../mentions/mentions';

/**
 * A word with an adnominal ending followed by the noun it describes: 인수[한 ]미국 기업, 최대주주[인 ]IT 기업,
 * 거점으로 [하는 ]항공사. A subject before one belongs to that embedded clause.
 */
const ADNOMINAL_WORD =
  /[가-힣](?:한|인|된|던|운|하는|되는|있는|받은|받는|가는|오는|주는|드는|내는|쓰는)\s+[가-힣A-Za-z0-9]/;
/** The end of a clause: a connective ending (-고, -며, -지만, -해 …) or a comma. */
const CLAUSE_BREAK = /[가-힣](?:고|며|지만|는데|으나|면서|하여|해서|해|돼|어|아)[\s,]|,\s|\s(?:뒤|후|이후|다음)[\s,]/;
/** A word marked as a topic or subject (회장은, 정부가): a subject whose name is not known. */
const UNKNOWN_SUBJECT = /[가-힣](?:은|는|이|가)\s/g;
/** Words that end like a subject but are not one: adnominal -는, adverbs, and topics of place or time (이달에는). */
const NOT_SUBJECT =
  /(?:하는|되는|있는|없는|가는|오는|같이|많이|깊이|높이|일찍이|가까이|에는|에서는|로는|으로는|때는|까지는|이번엔|이제는)\s$/;
/** A cue word that ends in an adnominal ending: it describes the noun after it (설립한 회사). */
const ADNOMINAL_CUE = /^[가-힣]*?(?:한|인|된|던|운|하는|되는|할)\s/;
/** One or two words, the last marked 이/가, after a partner: 애경그룹과 [제주특별자치도가], 빌 게이츠와 [폴 앨런이]. */
const NOMINATIVE_NEXT = /^\s*(?:[가-힣A-Za-z]{1,6}\s+)?[가-힣A-Za-z0-9]{1,10}[이가]\s/;

/** Whether an embedded (adnominal) clause closes between the subject and the cue: the subject is not the cue's. */
export const embedded = (text: string, subject: Mention, at: number) =>
  ADNOMINAL_WORD.test(text.slice(subject.end, at));

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
  // the verb takes.
  const named = mentions.some(
    (m) => (m.end <= start && start - m.end <= NAME_IN_PHRASE) || (m.start >= end && m.end <= cueAt),
  );
  return !named && NEXT_TO_VERB.test(text.slice(end, cueAt));
}

/** Whether a clause ends in the stretch text[from, to). */
export const clauseBreak = (text: string, from: number, to: number) => CLAUSE_BREAK.test(text.slice(from, to));

/** Whether the cue word ending at `end` is adnominal: it describes what follows it. */
export const adnominalCue = (text: string, cueStart: number) => ADNOMINAL_CUE.test(text.slice(cueStart, cueStart + 12));

/**
 * A partner (과/와) followed by a subject whose name is not known is one of a coordinated subject: in
 * `애경그룹과 제주특별자치도가 세운`, 애경그룹 founded it too.
 */
export function withCoordinatedSubjects(text: string, mentions: readonly Mention[]): readonly Mention[] {
  if (!mentions.some((m) => m.role === 'with')) return mentions;
  return mentions.map((m) =>
    m.role === 'with' && NOMINATIVE_NEXT.test(text.slice(m.end + (m.particle?.length ?? 0), m.end + 24))
      ? { ...m, role: 'subject', particle: '가' }
      : m,
  );
}
