import type { Dataset } from '../../load/dataset';
import type { Cues } from '../../schema/cues';
import type { Relation } from '../../schema/data';
import type { Ontology } from '../../schema/ontology';
import { buildDictionary } from '../mentions/dictionary';
import type { SuggestedRelation } from '../relations/relations';
import { relationKey, suggest } from '../suggest';
import { type BandScore, bandScores, prf, ratio } from './ratios';

/** Counts and scores of suggestions against gold relations, over (type, from, to). */
export interface Score {
  article: string;
  gold: number;
  suggested: number;
  matched: number;
  statusCorrect: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of matched relations whose status is right. */
  statusAccuracy: number;
}

type GoldRelation = Pick<Relation, 'type' | 'from' | 'to' | 'status'>;

/** One article's suggestions judged against its gold relations. */
interface Judged {
  score: Score;
  /** Each distinct suggestion, with whether it matched a gold relation, and that relation's status. */
  suggestions: (SuggestedRelation & { correct: boolean; goldStatus?: string })[];
  gold: readonly GoldRelation[];
  /** The gold relations that no suggestion matched. */
  missed: GoldRelation[];
}

/** The whole evaluation: per article, micro-averaged, per relation type, per confidence band, and the mistakes. */
export interface Evaluation {
  articles: Score[];
  micro: Score;
  byType: (Omit<Score, 'article' | 'statusCorrect' | 'statusAccuracy'> & { type: string })[];
  bands: BandScore[];
  wrong: { article: string; type: string; from: string; to: string; quote: string; confidence: number }[];
  missed: { article: string; type: string; from: string; to: string }[];
  /** Matched relations whose status is wrong: the status proposed and the gold one. */
  wrongStatus: {
    article: string;
    type: string;
    from: string;
    to: string;
    status: string;
    gold: string;
    quote: string;
  }[];
}

function scoreOf(article: string, counts: Pick<Score, 'gold' | 'suggested' | 'matched' | 'statusCorrect'>): Score {
  const { precision, recall, f1 } = prf(counts.matched, counts.suggested, counts.gold);
  return { article, ...counts, precision, recall, f1, statusAccuracy: ratio(counts.statusCorrect, counts.matched) };
}

/** Judges one article's suggestions; symmetric relation types match in either direction. */
function judgeArticle(
  article: string,
  suggested: readonly SuggestedRelation[],
  gold: readonly GoldRelation[],
  ontology: Ontology,
): Judged {
  const goldByKey = new Map(gold.map((relation) => [relationKey(relation, ontology), relation]));
  const distinct = new Map<string, SuggestedRelation>();
  for (const relation of suggested) {
    const key = relationKey(relation, ontology);
    const kept = distinct.get(key);
    if (!kept || relation.confidence > kept.confidence) distinct.set(key, relation);
  }
  let statusCorrect = 0;
  const suggestions = [...distinct].map(([key, relation]) => {
    const hit = goldByKey.get(key);
    if (hit && hit.status === relation.status) statusCorrect++;
    return { ...relation, correct: hit !== undefined, goldStatus: hit?.status };
  });
  const matched = suggestions.filter((s) => s.correct).length;
  const missed = [...goldByKey].filter(([key]) => !distinct.has(key)).map(([, relation]) => relation);
  const score = scoreOf(article, { gold: goldByKey.size, suggested: distinct.size, matched, statusCorrect });
  return { score, suggestions, gold, missed };
}

function scoresByType(judged: readonly Judged[]): Evaluation['byType'] {
  const types = new Set(judged.flatMap((j) => [...j.gold, ...j.suggestions].map((r) => r.type)));
  return [...types].sort().map((type) => {
    const gold = judged.reduce((n, j) => n + j.gold.filter((r) => r.type === type).length, 0);
    const mine = judged.flatMap((j) => j.suggestions.filter((s) => s.type === type));
    const matched = mine.filter((s) => s.correct).length;
    return { type, gold, suggested: mine.length, matched, ...prf(matched, mine.length, gold) };
  });
}

/** Runs `suggest` on every article of a labelled dataset and scores it against the article's relations. */
export function evaluate(dataset: Dataset, cues: Cues): Evaluation {
  const dictionary = buildDictionary(dataset.entities.map((entity) => entity.value));
  const known = new Set(dictionary.types.keys());
  const judged = dataset.articles.map(({ value: article }) => {
    const gold = dataset.relations
      .map((relation) => relation.value)
      .filter((relation) => relation.evidence.some((evidence) => evidence.article === article.id));
    const suggested = suggest(article.body, dictionary, { cues, ontology: dataset.ontology }).relations.filter(
      (relation) => known.has(relation.from) && known.has(relation.to),
    );
    return judgeArticle(article.id, suggested, gold, dataset.ontology);
  });
  const articles = judged.map((j) => j.score);
  const sum = (field: 'gold' | 'suggested' | 'matched' | 'statusCorrect') =>
    articles.reduce((total, score) => total + score[field], 0);
  const micro = scoreOf('micro', {
    gold: sum('gold'),
    suggested: sum('suggested'),
    matched: sum('matched'),
    statusCorrect: sum('statusCorrect'),
  });
  return {
    articles,
    micro,
    byType: scoresByType(judged),
    bands: bandScores(judged.flatMap((j) => j.suggestions)),
    wrong: judged.flatMap((j) =>
      j.suggestions
        .filter((s) => !s.correct)
        .map(({ type, from, to, quote, confidence }) => ({
          article: j.score.article,
          type,
          from,
          to,
          quote,
          confidence,
        })),
    ),
    missed: judged.flatMap((j) => j.missed.map(({ type, from, to }) => ({ article: j.score.article, type, from, to }))),
    wrongStatus: judged.flatMap((j) =>
      j.suggestions
        .filter((s) => s.correct && s.goldStatus !== s.status)
        .map(({ type, from, to, status, goldStatus, quote }) => ({
          article: j.score.article,
          ...{ type, from, to, status, gold: goldStatus ?? '', quote },
        })),
    ),
  };
}
