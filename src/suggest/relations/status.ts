import type { Cues } from '../../schema/cues';
import type { RelationStatus } from '../../schema/data';
import { COMPLETED } from '../cues/compiled-cues';
import type { CueHit } from '../cues/cue-match';
import type { Sentence } from '../sentences/sentences';

/** How far after a Korean cue, or before an English one, a denial still denies it (협력설을 부인, did not invest). */
const DENIAL_WINDOW = { ko: 14, en: 24 } as const;

/** Denials that take back the whole sentence, its word order too: TSMC는 인텔과의 합작법인 설립 논의설을 부인했다. */
const STRONG_DENIAL = new Set(['부인', '일축', '사실무근', 'denied', 'denies']);

/** 부인 that is no verb of denying but a noun of kin: [부인] 최은영이 경영을 맡았다. */
const KIN_NOUN = /^부인(?![하했해한할되됐돼])/;

/** The denials less the words that only look like one. */
export const trueDenials = (text: string, negations: CueHit[]) =>
  negations.filter((n) => !KIN_NOUN.test(text.slice(n.at, n.end + 1)));

/**
 * Whether a denial governs the cue: Korean after it (협력설을 [부인]했다), English before it ([did not] invest); a
 * strong one also over the report it denies (손을 잡았다는 보도를 [부인]했다, [denied] reports that it had agreed to …).
 */
export function denied(text: string, cue: CueHit, negations: readonly CueHit[]): boolean {
  for (const n of negations) {
    if (
      cue.korean
        ? n.korean && n.at >= cue.end && n.at - cue.end <= DENIAL_WINDOW.ko
        : !n.korean && n.end <= cue.at && cue.at - n.end <= DENIAL_WINDOW.en
    )
      return true;
    if (STRONG_DENIAL.has(text.slice(n.at, n.end)) && deniedReport(text, cue, n)) return true;
  }
  return false;
}

/** How far a denied report may reach from its cue to the denial. */
const REPORT_REACH = 60;
/** Between a Korean cue and a denial after it, the report it denies and no clause of contrast: [았다는 보도를 ]부인. */
const KOREAN_REPORT =
  /^(?![^.]*?(?:지만|으나|는데|면서도)[\s,])[^.]*?(?:다는|라는|[가-힣]설(?:을|은|에|도|과)?|보도(?:를|에|는|도)?|소문(?:을|에)?|관측(?:을|에)?|주장(?:을|에)?|의혹(?:을|에)?)\s[^.]*$/;
/** Between an English denial and a cue after it, a report's "that" and no clause of contrast: denied [reports that it had ]. */
const ENGLISH_REPORT = /^(?:\s+\S+){0,3}?\s+that\s(?![^.]*?(?:\bbut\b|\bwhile\b|;))[^.]*$/;

function deniedReport(text: string, cue: CueHit, denial: CueHit): boolean {
  if (cue.korean)
    return (
      denial.korean &&
      denial.at >= cue.end &&
      denial.at - cue.end <= REPORT_REACH &&
      KOREAN_REPORT.test(text.slice(cue.end, denial.at))
    );
  return (
    !denial.korean &&
    denial.end <= cue.at &&
    cue.at - denial.end <= REPORT_REACH &&
    ENGLISH_REPORT.test(text.slice(denial.end, cue.at))
  );
}

/** Whether the sentence denies what it says as a whole (부인했다, denied). */
export function deniesAll(text: string, negations: readonly CueHit[]): boolean {
  for (const n of negations) if (STRONG_DENIAL.has(text.slice(n.at, n.end))) return true;
  return false;
}

/** A Korean clause joined by -고 or -며 ends the reach of the modality after it: 제휴를 맺고 … 개발하기로 했다. */
const COORDINATE_END = /(?<=[가-힣])(?<![다라])(?:고|며)[\s,]/;
const COORDINATE_ENDS = new RegExp(COORDINATE_END.source, 'g');

/** A Korean cue word in the retrospective adnominal: 이끌[던 ], 운영하[던 ] (not 했던, a completed act). */
const RETROSPECTIVE = /^[가-힣]*?(?<!했|됐)던\s/;

/**
 * The rest of a Korean cue's word when it is a past adnominal ending that describes a noun (설립[한 ], 세[운 ], 문을
 * [연 ], 인수[했던 ]), not a bound noun of time or fact (인수한 [뒤], 합병한 [것으로]).
 */
const PAST_ADNOMINAL =
  /^[가-힣]?(?:[운든연낸끈]|했던|됐던|한|된)\s(?!(?:뒤|후|지|것|데|이후|직후|다음|만큼)[\s,을이으에])/;

/** A present adnominal ending that describes a noun with a standing state (선두를 다투[는 ]삼성전자는 … 계획이다). */
const PRESENT_ADNOMINAL = /^[가-힣]?(?:하|되)?는\s(?!(?:것|데|지|중|동안|방안|계획|한편)[\s,을이으에])/;

/** The Korean plain present at a sentence's end (인수한다.): a deal still to come, but a standing state (생산한다.). */
const PLAIN_PRESENT = '한다.';
/** A founding is done once made: an ending in its sentence (stepped down, 매각) ends another relation, not it. */
const NEVER_ENDED = new Set(['FOUNDED']);

/** The opening of an English relative clause set off by a comma: ", which", ", who". */
const RELATIVE_OPENING = /,\s+(?:which|who)\s/g;

/** The span of the relative clause set off by commas that holds the cue, if it does: from its opening to its comma. */
function relativeClauseAround(text: string, sentence: Sentence, cue: CueHit): [number, number] | undefined {
  const before = text.slice(sentence.start, cue.at);
  const opening = [...before.matchAll(RELATIVE_OPENING)].at(-1);
  if (opening?.index === undefined) return undefined;
  const from = sentence.start + opening.index + 1;
  if (text.slice(from, cue.at).includes(',')) return undefined;
  const close = text.indexOf(',', cue.end);
  return close >= 0 && close < sentence.end ? [from, close] : undefined;
}

/** The relation types that are deals, which the plain present announces. */
const TRANSACTIONS = new Set(['INVESTS_IN', 'OWNS', 'SUPPLIES', 'SUPPORTS', 'PARTICIPATES_IN', 'FOUNDED']);

/** Where a cue's status cues may lie, and whether it is a deal. */
interface Reach {
  statusCues: readonly CueHit[];
  text: string;
  from: number;
  to: number;
  transaction: boolean;
}

/** The first status cue of the label within reach; the plain present counts only for deals. */
function statusCueInReach({ statusCues, text, from, to, transaction }: Reach, label: string): CueHit | undefined {
  for (const hit of statusCues) {
    if (hit.label !== label || hit.at < from || hit.at >= to) continue;
    if (transaction || text.slice(hit.at, hit.end) !== PLAIN_PRESENT) return hit;
  }
  return undefined;
}

/**
 * The status of a relation its cue states: the first label in the lexicon's order with a status cue in reach, else
 * the fallback. In Korean the reach ends with the cue's clause when a -고/-며 clause ends before the sentence does;
 * otherwise it is the last clause.
 */
export function statusFor(
  cue: CueHit,
  statusCues: readonly CueHit[],
  text: string,
  sentence: Sentence,
  cues: Cues,
): RelationStatus {
  // "Microsoft-backed OpenAI said it would …": a cue joined to a name by a hyphen describes a standing state.
  if (!cue.korean && (text[cue.at - 1] === '-' || text[cue.at] === '-')) return cues.status.fallback;
  // 익스피디아를 이끌던 다라 코스로샤히, 미니스톱을 운영하던: the retrospective -던 tells an act that has stopped.
  if (cue.korean && RETROSPECTIVE.test(text.slice(cue.at, cue.end + 3))) return 'ended';
  let from = sentence.start;
  let to = sentence.end;
  const after = cue.korean ? text.slice(cue.end - 1, Math.min(sentence.end, cue.end + 12)) : '';
  const described = cue.korean
    ? (PAST_ADNOMINAL.exec(after) ?? (TRANSACTIONS.has(cue.label) ? null : PRESENT_ADNOMINAL.exec(after)))
    : null;
  if (described) {
    // 김연준이 세운 사립대학으로, … 운영한다: a past clause describing a noun is done, whatever the sentence's verb says;
    // a present one describing a standing state holds, whatever plan the sentence's verb tells.
    from = cue.at;
    to = cue.end - 1 + described[0].length;
  } else if (!cue.korean) {
    // "Meta, which competes with OpenAI, said it will keep spending": a relative clause set off by commas has its own
    // tense.
    const relative = relativeClauseAround(text, sentence, cue);
    if (relative) [from, to] = relative;
  } else {
    const end = COORDINATE_END.exec(text.slice(cue.end, sentence.end));
    if (end) {
      from = cue.at;
      to = cue.end + end.index + 2;
    } else {
      // The last clause: its reach starts after the clause before it (유정범 대표를 해임하고 김형설 부사장을 … 선임했다).
      const before = text.slice(sentence.start, cue.at);
      for (const match of before.matchAll(COORDINATE_ENDS)) from = sentence.start + match.index + match[0].length;
    }
  }
  const reach: Reach = { statusCues, text, from, to, transaction: TRANSACTIONS.has(cue.label) };
  // 인수를 마무리했다고 밝혔다, "said it had completed its purchase": done, whatever else announces it.
  const completed = statusCueInReach(reach, COMPLETED) !== undefined;
  for (const label of cues.status.order) {
    if (label === 'ended' && NEVER_ENDED.has(cue.label)) continue;
    if (label !== 'ended' && completed) return 'active';
    const hit = statusCueInReach(reach, label);
    if (!hit) continue;
    // 지분 매각 방안을 논의하고 있다, "is considering selling its stake": an ending that is only considered has not
    // happened. The plan governs the ending when it comes after it in Korean and before it in English ("no longer in
    // talks" is an ending of the talks).
    const plan = label === 'ended' ? statusCueInReach(reach, 'considered') : undefined;
    if (plan && (hit.korean ? plan.at > hit.at : plan.at < hit.at)) return 'considered';
    return label as RelationStatus;
  }
  return cues.status.fallback;
}
