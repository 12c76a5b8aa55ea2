import type { CueHit } from './cue-match';
import type { Mention } from './mentions';

/** A directed pair proposed by one cue, and whether particles or word order (not a fallback) gave it. */
export interface Pair {
  from: Mention;
  to: Mention;
  marked: boolean;
}

/** What direction finding needs to know about the cue and the sentence. */
export interface CueContext {
  cue: CueHit<string>;
  sentence: string;
  symmetric: boolean;
  /** "by"/"from" right before a name: the name is the giver. */
  passive: RegExp;
  /** A Korean verb of receiving after the cue. */
  reversed: boolean;
}

/** Parties joined only by "and", "or", a comma, 및, 나 or a middle dot count as one group: "for Apple and Nvidia". */
const COORDINATION = /^(?:과|와|이나|나)?\s*(?:,|and|, and|or|및|또는|·|\/)?\s*$/i;

const joined = (sentence: string, left: Mention, right: Mention) =>
  COORDINATION.test(sentence.slice(left.end, right.start));

/** Two parties listed side by side ("삼성전자나 SK하이닉스 같은 제조업체") are not each other's target. */
const listedTogether = (sentence: string, pair: Pair) =>
  pair.from.start < pair.to.start ? joined(sentence, pair.from, pair.to) : joined(sentence, pair.to, pair.from);

/** The mentions coordinated with `first`, following it. */
function groupFrom(mentions: readonly Mention[], first: Mention, sentence: string): Mention[] {
  const group = [first];
  for (const next of mentions.filter((m) => m.start > first.start)) {
    if (!joined(sentence, group.at(-1) as Mention, next)) break;
    group.push(next);
  }
  return group;
}

/** The mentions coordinated with `last`, ending with it: "B, C와" or "A와 B는". */
function groupEndingAt(mentions: readonly Mention[], last: Mention, sentence: string): Mention[] {
  const group = [last];
  for (const previous of mentions.filter((m) => m.end <= last.start).reverse()) {
    if (!joined(sentence, previous, group[0] as Mention)) break;
    group.unshift(previous);
  }
  return group;
}

const nearestBefore = (mentions: readonly Mention[], at: number, keep: (m: Mention) => boolean = () => true) =>
  mentions.filter((m) => m.end <= at && keep(m)).at(-1);

const pairwise = (group: readonly Mention[]): Pair[] =>
  group.flatMap((from, i) => group.slice(i + 1).map((to) => ({ from, to, marked: true })));

/** Korean: 은/는/이/가 mark the acting party, 에/을/를 the other, 과/와 a partner, 로부터 the giver. */
function koreanPairs(mentions: readonly Mention[], { cue, sentence, symmetric, reversed }: CueContext): Pair[] {
  const subject =
    nearestBefore(mentions, cue.at, (m) => m.role === 'subject') ?? mentions.find((m) => m.role === 'subject');
  const giver = nearestBefore(mentions, cue.at, (m) => m.role === 'source');
  if (giver && subject && giver.id !== subject.id) return [{ from: giver, to: subject, marked: true }];
  const head = subject ?? mentions[0];
  if (!head) return [];
  const agents = groupEndingAt(mentions, head, sentence);
  const others = mentions.filter((m) => !agents.includes(m) && m.id !== head.id);
  const between = (m: Mention) => m.start > head.start && m.end <= cue.at;
  const object = nearestBefore(others, cue.at, (m) => between(m) && m.role === 'object');
  const partner = nearestBefore(others, cue.at, (m) => between(m) && m.role === 'with');
  if (symmetric && !partner && !object && agents.length > 1) return pairwise(agents);
  const unmarked = (m: Mention) => m.role !== 'subject';
  const target = (symmetric ? (partner ?? object) : (object ?? partner)) ?? nearestBefore(others, cue.at, unmarked);
  const fallback = target ?? others.find((m) => m.start >= cue.end && unmarked(m));
  if (!fallback) return [];
  const actors = !symmetric && target === object && partner ? [...agents, partner] : agents;
  const targets = target ? groupEndingAt(others, target, sentence) : [fallback];
  const marked = subject !== undefined && target !== undefined;
  return actors.flatMap((from) =>
    targets.map((to) => (reversed ? { from: to, to: from, marked } : { from, to, marked })),
  );
}

/** English: the party before the cue acts on the parties after it, unless "by"/"from" marks them as the giver. */
function englishPairs(mentions: readonly Mention[], { cue, sentence, passive }: CueContext): Pair[] {
  const before = nearestBefore(mentions, cue.at);
  const afterFirst = mentions.find((m) => m.start >= cue.end && (!before || m.id !== before.id));
  if (before && afterFirst) {
    const group = groupFrom(mentions, afterFirst, sentence).filter((m) => m.id !== before.id);
    const giver = passive.test(sentence.slice(Math.max(cue.end, afterFirst.start - 8), afterFirst.start));
    return group.map((to) => (giver ? { from: to, to: before, marked: true } : { from: before, to, marked: true }));
  }
  const only = before ?? afterFirst;
  const partner = only && mentions.filter((m) => m.id !== only.id && m.end <= cue.at).at(-1);
  return only && partner ? [{ from: partner, to: only, marked: false }] : [];
}

/** The directed pairs one cue proposes among the mentions of its sentence (offsets relative to the sentence). */
export function pairsForCue(mentions: readonly Mention[], context: CueContext): Pair[] {
  const { cue } = context;
  const outside = mentions.filter((m) => m.end <= cue.at || m.start >= cue.end);
  const pairs = cue.korean ? koreanPairs(outside, context) : englishPairs(outside, context);
  return context.symmetric ? pairs : pairs.filter((pair) => !listedTogether(context.sentence, pair));
}
