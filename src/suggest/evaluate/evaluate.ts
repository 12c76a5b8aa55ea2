import type { Dataset } from '../../load/dataset';
import type { Cues } from '../../schema/cues';
import type { Relation } from '../../schema/data';
import type { Ontology } from '../../schema/ontology';
import { buildDictionary } from '../mentions/dictionary';
import type { SuggestedRelation } from '../relations/relations';
import { relationKey, suggest } from '../suggest';

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

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

function scoreOf(article: string, counts: Pick<Score, 'gold' | 'suggested' | 'matched' | 'statusCorrect'>): Score {
  const precision = ratio(counts.matched, counts.suggested);
  const recall = ratio(counts.matched, counts.gold);
  const f1 = precision + recall === 0 ? 0 : Math.round(((2 * precision * recall) / (precision + recall)) * 1000) / 1000;
  return { article, ...counts, precision, recall, f1, statusAccuracy: ratio(counts.statusCorrect, counts.matched) };
}

/** Scores one article's suggestions; symmetric relation types match in either direction. */
export function scoreArticle(
  article: string,
  suggested: readonly SuggestedRelation[],
  gold: readonly Pick<Relation, 'type' | 'from' | 'to' | 'status'>[],
  ontology: Ontology,
): Score {
  const goldByKey = new Map(gold.map((relation) => [relationKey(relation, ontology), relation]));
  const keys = new Set(suggested.map((relation) => relationKey(relation, ontology)));
  let matched = 0;
  let statusCorrect = 0;
  for (const relation of suggested) {
    const hit = goldByKey.get(relationKey(relation, ontology));
    if (!hit) continue;
    matched++;
    if (hit.status === relation.status) statusCorrect++;
  }
  return scoreOf(article, { gold: goldByKey.size, suggested: keys.size, matched, statusCorrect });
}

/** Runs `suggest` on every article of a labelled dataset and scores it against the article's relations. */
export function evaluate(dataset: Dataset, cues: Cues): { articles: Score[]; micro: Score } {
  const dictionary = buildDictionary(dataset.entities.map((entity) => entity.value));
  const known = new Set(dictionary.types.keys());
  const articles = dataset.articles.map(({ value: article }) => {
    const gold = dataset.relations
      .map((relation) => relation.value)
      .filter((relation) => relation.evidence.some((evidence) => evidence.article === article.id));
    const suggested = suggest(article.body, dictionary, { cues, ontology: dataset.ontology }).relations.filter(
      (relation) => known.has(relation.from) && known.has(relation.to),
    );
    return scoreArticle(article.id, suggested, gold, dataset.ontology);
  });
  const sum = (field: 'gold' | 'suggested' | 'matched' | 'statusCorrect') =>
    articles.reduce((total, score) => total + score[field], 0);
  const micro = scoreOf('micro', {
    gold: sum('gold'),
    suggested: sum('suggested'),
    matched: sum('matched'),
    statusCorrect: sum('statusCorrect'),
  });
  return { articles, micro };
}
