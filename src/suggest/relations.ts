import type { AmountInput, RelationStatus } from '../schema/data';
import type { Ontology } from '../schema/ontology';
import { findAmounts } from './amounts';
import { type CueHit, matchCues, statusOf } from './cue-match';
import type { Cues } from './cues';
import { findDate } from './dates';
import { type Pair, pairsForCue } from './direction';
import type { Mention } from './mentions';

/** A proposed relation: the project's relation fields plus the evidence sentence and a confidence in [0, 1]. */
export interface SuggestedRelation {
  type: string;
  from: string;
  to: string;
  status: RelationStatus;
  quote: string;
  confidence: number;
  date?: string;
  amount?: AmountInput;
}

export const CONFIDENCE = { base: 0.45, marked: 0.25, cueBetween: 0.1, reversed: -0.15 } as const;

/** How far after a cue (in characters) a Korean verb of receiving still turns it round. */
const REVERSING_WINDOW = 15;

type Fit = 'fits' | 'reversed' | 'no';

/** Whether the ontology allows the pair's entity types, as given or reversed; unknown types are allowed. */
function ontologyFit(ontology: Ontology, type: string, from: Mention, to: Mention): Fit {
  const def = ontology.relationTypes[type];
  if (!def) return 'no';
  const allows = (side: string[], mention: Mention) => mention.type === undefined || side.includes(mention.type);
  if (allows(def.from, from) && allows(def.to, to)) return 'fits';
  return allows(def.from, to) && allows(def.to, from) ? 'reversed' : 'no';
}

interface Proposal {
  cue: CueHit<string>;
  from: Mention;
  to: Mention;
  confidence: number;
}

/** Whether the cue sits between the two names. */
const cueBetween = (at: number, from: Mention, to: Mention) =>
  Math.min(from.start, to.start) < at && at < Math.max(from.start, to.start);
const isBetween = ({ cue, from, to }: Proposal) => cueBetween(cue.at, from, to);
const samePair = (a: Proposal, b: Proposal) =>
  (a.from.id === b.from.id && a.to.id === b.to.id) || (a.from.id === b.to.id && a.to.id === b.from.id);

/**
 * One predicate per pair: Korean is verb-final, so a cue after both names outranks a cue between them;
 * in English the first cue between the names is the verb, and later ones between them modify the object.
 */
function governing(proposals: readonly Proposal[]): Proposal[] {
  return proposals.filter((p) => {
    if (!isBetween(p)) return true;
    const rivals = proposals.filter((q) => q !== p && samePair(p, q));
    if (p.cue.korean) return !rivals.some((q) => q.cue.at > Math.max(q.from.end, q.to.end));
    return !rivals.some((q) => isBetween(q) && q.cue.at < p.cue.at);
  });
}

function score(pair: Pair, cueAt: number, reversed: boolean): number {
  const value =
    CONFIDENCE.base +
    (pair.marked ? CONFIDENCE.marked : 0) +
    (cueBetween(cueAt, pair.from, pair.to) ? CONFIDENCE.cueBetween : 0) +
    (reversed ? CONFIDENCE.reversed : 0);
  return Math.round(Math.min(0.95, Math.max(0.05, value)) * 100) / 100;
}

/** The relations one sentence suggests: per cue, the directed pairs that the ontology allows. */
export function relationsInSentence(
  sentence: string,
  mentions: readonly Mention[],
  cues: Cues,
  ontology: Ontology,
): SuggestedRelation[] {
  if (new Set(mentions.map((m) => m.id)).size < 2) return [];
  const passive = new RegExp(`\\b(?:${cues.passive.en.join('|')})\\s+$`, 'i');
  const receiving = matchCues(sentence, { reversing: cues.reversing });
  const proposals: Proposal[] = [];
  for (const cue of matchCues(sentence, cues.relations)) {
    const symmetric = ontology.relationTypes[cue.label]?.symmetric ?? false;
    const reversed = receiving.some((r) => r.at >= cue.at && r.at - cue.end <= REVERSING_WINDOW);
    for (const pair of pairsForCue(mentions, { cue, sentence, symmetric, passive, reversed })) {
      const verdict = ontologyFit(ontology, cue.label, pair.from, pair.to);
      if (verdict === 'no' || pair.from.id === pair.to.id) continue;
      const [from, to] = verdict === 'fits' ? [pair.from, pair.to] : [pair.to, pair.from];
      proposals.push({ cue, from, to, confidence: score(pair, cue.at, verdict === 'reversed') });
    }
  }
  const status = statusOf(sentence, cues);
  const quote = sentence.replace(/\s+/g, ' ').trim();
  const [amount] = findAmounts(sentence);
  const date = findDate(sentence);
  return governing(proposals).map(({ cue, from, to, confidence }) => ({
    type: cue.label,
    from: from.id,
    to: to.id,
    status,
    quote,
    confidence,
    date,
    amount: cue.label === 'INVESTS_IN' || cue.label === 'SUPPORTS' ? amount : undefined,
  }));
}
