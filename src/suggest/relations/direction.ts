import type { CueHit } from '../cues/cue-match';
import type { Mention } from '../mentions/mentions';

/** A directed pair proposed by one cue, and whether particles or word order (not a fallback) gave it. */
export interface Pair {
  from: Mention;
  to: Mention;
  marked: boolean;
}

/** What direction finding needs to know about the cue and the sentence. */
export interface CueContext {
  cue: CueHit;
  /** The text the sentence is in: the cue's and the mentions' offsets are offsets in it. */
  text: string;
  symmetric: boolean;
  /** "by"/"from" right before a name: the name is the giver. */
  passive: RegExp;
  /** A Korean verb of receiving after the cue. */
  reversed: boolean;
  /** A Korean adnominal ending and space, the whole gap between a cue and the name it describes. */
  adnominal: RegExp;
}

/** Parties joined only by "and", "or", a comma, 및, 나 or a middle dot count as one group: "for Apple and Nvidia". */
const COORDINATION = /^(?:과|와|이나|나)?\s*(?:,|and|, and|or|및|또는|·|\/)?\s*$/i;

const joined = (text: string, left: Mention, right: Mention) => COORDINATION.test(text.slice(left.end, right.start));

/** Two parties listed side by side ("삼성전자나 SK하이닉스 같은 제조업체") are not each other's target. */
const listedTogether = (text: string, pair: Pair) =>
  pair.from.start < pair.to.start ? joined(text, pair.from, pair.to) : joined(text, pair.to, pair.from);

/** The mentions coordinated with `first`, following it. */
function groupFrom(mentions: readonly Mention[], first: Mention, text: string): Mention[] {
  const group = [first];
  for (const next of mentions) {
    if (next.start <= first.start) continue;
    if (!joined(text, group.at(-1) as Mention, next)) break;
    group.push(next);
  }
  return group;
}

/** The mentions coordinated with `last`, ending with it: "B, C와" or "A와 B는". */
function groupEndingAt(mentions: readonly Mention[], last: Mention, text: string): Mention[] {
  const group = [last];
  for (let i = mentions.length - 1; i >= 0; i--) {
    const previous = mentions[i] as Mention;
    if (previous.end > last.start) continue;
    if (!joined(text, previous, group[0] as Mention)) break;
    group.unshift(previous);
  }
  return group;
}

const anyMention = () => true;
const isSubject = (m: Mention) => m.role === 'subject';
const isGiver = (m: Mention) => m.role === 'source';
const unmarked = (m: Mention) => m.role !== 'subject';

const nearestBefore = (mentions: readonly Mention[], at: number, keep: (m: Mention) => boolean = anyMention) =>
  mentions.findLast((m) => m.end <= at && keep(m));

/** Each party of the group with each later one. */
function pairwise(group: readonly Mention[]): Pair[] {
  const pairs: Pair[] = [];
  group.forEach((from, i) => {
    for (const to of group.slice(i + 1)) pairs.push({ from, to, marked: true });
  });
  return pairs;
}

/** Each actor with each target, or each target with each actor when the cue is reversed (received, given by). */
function crossPairs(actors: readonly Mention[], targets: readonly Mention[], marked: boolean, reversed: boolean) {
  const pairs: Pair[] = [];
  for (const from of actors) {
    for (const to of targets) pairs.push(reversed ? { from: to, to: from, marked } : { from, to, marked });
  }
  return pairs;
}

/**
 * Korean `A가 설립한 B`: the cue describes the name right after it, which is the target; the subject before the
 * cue, or else the names listed last before it (A와 B, C 등이 설립한 D), act.
 */
function describedPairs(mentions: readonly Mention[], { cue, text, reversed, adnominal }: CueContext) {
  const described = mentions.find((m) => m.start >= cue.end);
  if (!described || described.start - cue.end > 6 || !adnominal.test(text.slice(cue.end, described.start))) return;
  const last = nearestBefore(mentions, cue.at, isSubject) ?? nearestBefore(mentions, cue.at);
  if (!last) return;
  return crossPairs(groupEndingAt(mentions, last, text), [described], true, reversed);
}

/** Korean: 은/는/이/가 mark the acting party, 에/을/를 the other, 과/와 a partner, 로부터 the giver. */
function koreanPairs(mentions: readonly Mention[], context: CueContext): Pair[] {
  const { cue, text, symmetric, reversed } = context;
  const described = describedPairs(mentions, context);
  if (described) return described;
  const subject = nearestBefore(mentions, cue.at, isSubject) ?? mentions.find(isSubject);
  const giver = nearestBefore(mentions, cue.at, isGiver);
  if (giver && subject && giver.id !== subject.id) return [{ from: giver, to: subject, marked: true }];
  const head = subject ?? mentions[0];
  if (!head) return [];
  const agents = groupEndingAt(mentions, head, text);
  const others = mentions.filter((m) => !agents.includes(m) && m.id !== head.id);
  const between = (m: Mention) => m.start > head.start && m.end <= cue.at;
  const object = nearestBefore(others, cue.at, (m) => between(m) && m.role === 'object');
  const partner = nearestBefore(others, cue.at, (m) => between(m) && m.role === 'with');
  if (symmetric && !partner && !object && agents.length > 1) return pairwise(agents);
  const target = (symmetric ? (partner ?? object) : (object ?? partner)) ?? nearestBefore(others, cue.at, unmarked);
  const fallback = target ?? others.find((m) => m.start >= cue.end && unmarked(m));
  if (!fallback) return [];
  const actors = !symmetric && target === object && partner ? [...agents, partner] : agents;
  const targets = target ? groupEndingAt(others, target, text) : [fallback];
  return crossPairs(actors, targets, subject !== undefined && target !== undefined, reversed);
}

/** English: the party before the cue acts on the parties after it, unless "by"/"from" marks them as the giver. */
function englishPairs(mentions: readonly Mention[], { cue, text, passive }: CueContext): Pair[] {
  const before = nearestBefore(mentions, cue.at);
  const afterFirst = mentions.find((m) => m.start >= cue.end && (!before || m.id !== before.id));
  if (before && afterFirst) {
    const group = groupFrom(mentions, afterFirst, text).filter((m) => m.id !== before.id);
    const giver = passive.test(text.slice(Math.max(cue.end, afterFirst.start - 8), afterFirst.start));
    return crossPairs([before], group, true, giver);
  }
  const only = before ?? afterFirst;
  const partner = only && mentions.findLast((m) => m.id !== only.id && m.end <= cue.at);
  return only && partner ? [{ from: partner, to: only, marked: false }] : [];
}

/** The directed pairs one cue proposes among the mentions of its sentence. */
export function pairsForCue(mentions: readonly Mention[], context: CueContext): Pair[] {
  const { cue } = context;
  const outside = mentions.filter((m) => m.end <= cue.at || m.start >= cue.end);
  const pairs = cue.korean ? koreanPairs(outside, context) : englishPairs(outside, context);
  return context.symmetric ? pairs : pairs.filter((pair) => !listedTogether(context.text, pair));
}
