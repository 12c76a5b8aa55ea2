import { afterAside, implied, isOrganisation, type Mention } from '../mentions/mentions';
import type { Sentence } from '../sentences/sentences';
import { describedByVerb, verbClauseEnds } from './korean-clauses';

/** A directed pair proposed by one cue, and whether particles or word order (not a fallback) gave it. */
export interface Pair {
  from: Mention;
  to: Mention;
  marked: boolean;
}

/**
 * Parties joined only by "and", "or", a comma, 및, 나 or a middle dot count as one group: "for Apple and Nvidia"; so do
 * they with the rank of the next one (삼성전자와 [2위] SK하이닉스는).
 */
const COORDINATION = /^(?:과|와|이나|나)?\s*(?:,|and|, and|or|및|또는|·|\/)?\s*(?:(?:세계\s+)?\d{1,2}위\s+)?$/i;

/** The longest gap COORDINATION can match, with room for extra spaces: anything longer is not a list. */
const MAX_COORDINATION = 16;

/** Each party's amount before the next party: "fined Apple [€500 million and ]Meta", "gave Intel [$7.9 billion, ]Micron". */
const AMOUNT_THEN =
  /^\s+(?:[€$£¥]\s?)?\d[\d.,]*\s*(?:million|billion|trillion|bn|m)?(?:\s+(?:euros?|dollars?|yen|pounds?|won))?\s*(?:,\s*and|,|and)\s+$/i;
const MAX_AMOUNT_THEN = 40;

/**
 * Whether `right` is listed right after `left`, past an aside of the left one (이앤[(e&)], 싱텔과); an implied subject
 * (no width) is listed with nothing.
 */
export const joined = (text: string, left: Mention, right: Mention) => {
  const start = right.originStart ?? right.start;
  if (implied(left) || implied(right)) return false;
  const end = afterAside(text, left.end);
  const gap = text.slice(end, start);
  return (
    (start - end <= MAX_COORDINATION && COORDINATION.test(gap)) ||
    (start - end <= MAX_AMOUNT_THEN && AMOUNT_THEN.test(gap)) ||
    (right.role === 'subject' && DESCRIBED_PARTNER.test(gap)) ||
    (start - end <= MAX_LISTED && LISTED_AMONG.test(gap))
  );
};

/**
 * A comma list that runs on through the rest of the left name's word and through names the dictionary lacks: 소니[그룹, ]
 * 소프트뱅크, 소니[, NTT, ]소프트뱅크. The rest of the word is no particle.
 */
const LISTED_AMONG =
  /^(?![가-힣]*(?:은|는|이|가|을|를|의|에|도|로|과|와),)[가-힣]{0,4}(?:,\s*[^\s,.()]{1,12}){0,2},\s*$/;
const MAX_LISTED = 36;

/** 과/와 and a bare word that describes the next name, a subject: 동부건설과 [사모펀드 ]에코프라임PE가. */
const DESCRIBED_PARTNER =
  /^(?:과|와)\s+(?!(?:함께|같이|공동|각각|나란히)\s)(?![가-힣]*(?:은|는|이|가|을|를|의|에|로|와|과|도|고|며|서|해|한|된|던)\s)[가-힣]{2,6}\s+$/;

/** Between a place and the name it gives the origin of: a space, 의 or 's (일본 후지필름, 한국의 네이버웹툰). */
const ORIGIN_GAP = /^(?:의|['’]s)?\s+$/;

/**
 * The mentions, each name written after its origin (GE헬스케어와 [일본 ]후지필름에) marked with where the origin starts,
 * so that a list joins it there once the place is no party.
 */
export function withOrigins(text: string, mentions: readonly Mention[]): readonly Mention[] {
  let marked: Mention[] | undefined;
  mentions.forEach((m, i) => {
    const place = mentions[i - 1];
    if (m.type === 'Place' || place?.type !== 'Place' || !ORIGIN_GAP.test(text.slice(place.end, m.start))) return;
    marked ??= [...mentions];
    marked[i] = { ...m, originStart: place.start };
  });
  return marked ?? mentions;
}

/** The mention and those that share its span: the stand-ins of one anaphor (양사는: both companies) are one group. */
function withSameSpan(mentions: readonly Mention[], mention: Mention): Mention[] {
  const group = [mention];
  for (const m of mentions) if (m !== mention && m.start === mention.start && m.end === mention.end) group.push(m);
  return group;
}

/** The mentions coordinated with `first`, following it. */
export function groupFrom(mentions: readonly Mention[], first: Mention, text: string): Mention[] {
  const group = withSameSpan(mentions, first);
  for (const next of mentions) {
    if (next.start <= first.start) continue;
    if (!joined(text, group.at(-1) as Mention, next)) break;
    group.push(next);
  }
  return group;
}

/** The mentions coordinated with `last`, ending with it: "B, C와" or "A와 B는". */
export function groupEndingAt(mentions: readonly Mention[], last: Mention, text: string): Mention[] {
  const group = withSameSpan(mentions, last);
  for (let i = mentions.length - 1; i >= 0; i--) {
    const previous = mentions[i] as Mention;
    if (previous.end > last.start) continue;
    if (!joined(text, previous, group[0] as Mention)) break;
    group.unshift(previous);
  }
  return group;
}

const anyMention = () => true;

/** The last mention that ends at or before `at` and passes the test. */
export const nearestBefore = (mentions: readonly Mention[], at: number, keep: (m: Mention) => boolean = anyMention) =>
  mentions.findLast((m) => m.end <= at && keep(m));

/** Each party of the group with each later one. */
export function pairwise(group: readonly Mention[]): Pair[] {
  const pairs: Pair[] = [];
  group.forEach((from, i) => {
    for (const to of group.slice(i + 1)) pairs.push({ from, to, marked: true });
  });
  return pairs;
}

/** Each actor with each target, or each target with each actor when the cue is reversed (received, given by). */
export function crossPairs(
  actors: readonly Mention[],
  targets: readonly Mention[],
  marked: boolean,
  reversed: boolean,
) {
  const pairs: Pair[] = [];
  for (const from of actors) {
    for (const to of targets) pairs.push(reversed ? { from: to, to: from, marked } : { from, to, marked });
  }
  return pairs;
}

/** Korean marks of a subject or topic; a topic (은/는) holds past the end of a clause. */
const SUBJECT_MARK = /^(?:은|는|이|가|도)$/;
const TOPIC_MARK = /^(?:은|는)$/;

/** The organisation marked as the subject or topic before `at` in its clause, and the names listed with it. */
export function subjectsBefore(text: string, mentions: readonly Mention[], at: number): readonly Mention[] {
  const subject = mentions.findLast((m) => m.end <= at && isOrganisation(m) && SUBJECT_MARK.test(m.particle ?? ''));
  if (!subject || (!TOPIC_MARK.test(subject.particle ?? '') && verbClauseEnds(text, subject.end, at))) return [];
  return groupEndingAt(mentions, subject, text);
}

/** Before a name, a word that sets it apart from the names listed after it: "Unlike Intel, AMD and Nvidia compete". */
const SET_APART = /\b(?:unlike|like|besides|except)\s+$/i;

/** The names of the group ending at `last`, less those set apart from it ("Like AMD, Xilinx uses"). */
export const groupWithoutSetApart = (mentions: readonly Mention[], last: Mention, text: string) =>
  groupEndingAt(mentions, last, text).filter((m) => !SET_APART.test(text.slice(Math.max(0, m.start - 10), m.start)));

/** Before an English name: a preposition that makes it no subject ("a startup backed by Amazon"). */
const GOVERNED = /\b(?:by|from|of|with|for|than|like|unlike|to)\s+(?:the\s+)?$/i;
/** An English relative pronoun that opens a clause about the names before it: which, who, "all of which". */
export const RELATIVE_PRONOUN = String.raw`(?:(?:all|both|each|most)\s+of\s+(?:which|whom)|which|who)`;
/** Between a name and the verb, a relative clause's opening and a few words: "OpenAI[, which began ]renting". */
const RELATIVE_AFTER = new RegExp(String.raw`^,\s+${RELATIVE_PRONOUN}\s+(?:[a-z]+\s+){0,3}$`);

/** The English subjects of a verb at `cueAt`: "Like AMD, [Xilinx] uses", "[OpenAI], which began renting", "[Samsung], Apple's rival, uses". */
export function englishSubjectsBefore(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  other: Mention,
  cueAt: number,
): readonly Mention[] {
  const before = mentions.filter((m) => m.start >= sentence.start && m.end <= cueAt && m !== other);
  const subject =
    before.findLast((m) => !/[,;]/.test(text.slice(m.end, cueAt)) || RELATIVE_AFTER.test(text.slice(m.end, cueAt))) ??
    before[0];
  if (!subject || !isOrganisation(subject) || /;/.test(text.slice(subject.end, cueAt))) return [];
  if (GOVERNED.test(text.slice(Math.max(0, subject.start - 12), subject.start))) return [];
  return groupWithoutSetApart(mentions, subject, text);
}

/** The organisations an adnominal verb at `at` describes, each of a list: 엔비디아 GPU를 사들이는 [MS와 메타, 아마존은]. */
export const describedListByVerb = (text: string, mentions: readonly Mention[], at: number) =>
  describedByVerb(text, mentions, at).flatMap((m) => groupFrom(mentions, m, text).filter(isOrganisation));
