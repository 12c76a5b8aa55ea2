import type { Cues } from '../../schema/cues';
import type { Ontology } from '../../schema/ontology';
import { buildDictionary } from '../mentions/dictionary';
import { suggest } from '../suggest';
import { PAIR_TYPES, type PairLine, type PairRecord } from './pair-records';
import { type BandScore, bandScores, prf, ratio } from './ratios';

/** What the assistant proposed between a pair: a type and which side it goes from. */
interface PairRelation {
  type: string;
  from: 'subject' | 'object';
}

/** One pair, its label and what was proposed. */
export interface PairOutcome {
  line: number;
  id?: string;
  pattern: string;
  gold: PairRelation | null;
  proposed: (PairRelation & { confidence: number }) | null;
  correct: boolean;
}

/** Counts and scores over a group of pairs. */
export interface PairScore {
  group: string;
  pairs: number;
  positives: number;
  proposed: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
  /** Negative pairs that were given a relation, and their share of the negatives. */
  falsePositiveNegatives: number;
  negativeRate: number;
}

export interface PairEvaluation {
  overall: PairScore;
  byType: PairScore[];
  byPattern: PairScore[];
  bands: BandScore[];
  outcomes: PairOutcome[];
}

const SHARED = new Set<string>(PAIR_TYPES);

/** Runs `suggest` on the sentence with a dictionary of just the two marked entities, and reads what links them. */
function proposeForPair(record: PairRecord, cues: Cues, ontology: Ontology): PairOutcome['proposed'] {
  const { subject, object, sentence } = record;
  if (subject.text === object.text) return null;
  const entity = ({ text, type }: PairRecord['subject']) => ({
    id: text,
    type,
    names: { en: text, ko: text },
    aliases: [],
  });
  const dictionary = buildDictionary([entity(subject), entity(object)]);
  let best: PairOutcome['proposed'] = null;
  for (const relation of suggest(sentence, dictionary, { cues, ontology }).relations) {
    if (!SHARED.has(relation.type)) continue;
    const ids = `${relation.from}\u0000${relation.to}`;
    const from =
      ids === `${subject.text}\u0000${object.text}`
        ? 'subject'
        : ids === `${object.text}\u0000${subject.text}`
          ? 'object'
          : undefined;
    if (from && (!best || relation.confidence > best.confidence))
      best = { type: relation.type, from, confidence: relation.confidence };
  }
  return best;
}

function scoreGroup(group: string, outcomes: readonly PairOutcome[], type?: string): PairScore {
  const isGold = (o: PairOutcome) => o.gold !== null && (type === undefined || o.gold.type === type);
  const isProposed = (o: PairOutcome) => o.proposed !== null && (type === undefined || o.proposed.type === type);
  const positives = outcomes.filter(isGold).length;
  const proposed = outcomes.filter(isProposed).length;
  const correct = outcomes.filter((o) => o.correct && isGold(o)).length;
  const negatives = outcomes.filter((o) => o.gold === null);
  const falsePositiveNegatives = negatives.filter(isProposed).length;
  return {
    group,
    pairs: outcomes.length,
    positives,
    proposed,
    correct,
    ...prf(correct, proposed, positives),
    falsePositiveNegatives,
    negativeRate: ratio(falsePositiveNegatives, negatives.length),
  };
}

/** Scores the assistant on benchmark-shaped pairs: type and direction between the two marked entities. */
export function evaluatePairs(records: readonly PairLine[], cues: Cues, ontology: Ontology): PairEvaluation {
  const outcomes = records.map((record): PairOutcome => {
    const proposed = proposeForPair(record, cues, ontology);
    const gold = record.relation;
    const correct = gold !== null && proposed !== null && gold.type === proposed.type && gold.from === proposed.from;
    return { line: record.line, id: record.id, pattern: record.pattern, gold, proposed, correct };
  });
  const patterns = [...new Set(outcomes.map((o) => o.pattern))].sort();
  return {
    overall: scoreGroup('all', outcomes),
    byType: PAIR_TYPES.map((type) => scoreGroup(type, outcomes, type)),
    byPattern: patterns.map((pattern) =>
      scoreGroup(
        pattern,
        outcomes.filter((o) => o.pattern === pattern),
      ),
    ),
    bands: bandScores(
      outcomes.flatMap((o) => (o.proposed ? [{ confidence: o.proposed.confidence, correct: o.correct }] : [])),
    ),
    outcomes,
  };
}
