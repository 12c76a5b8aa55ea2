import { MultiDirectedGraph } from 'graphology';
import type { Dataset } from '../load/dataset';
import type { Article, EvidenceInput, Relation } from '../schema/data';
import type { QuoteSpan } from '../validate/quote-index';
import {
  articleNodeKey,
  type EdgeAttributes,
  type EvidenceAttributes,
  type GraphAttributes,
  type KnowledgeGraph,
  MENTIONS,
  type NodeAttributes,
  relationEdgeKey,
} from './types';

export const GRAPH_DEFAULTS = { name: 'industry-kg' };

/** Compiles a validated dataset into a graph; the same dataset always gives the same graph, in the same order. */
export function buildGraph(
  dataset: Dataset,
  spans: ReadonlyMap<EvidenceInput, QuoteSpan>,
  options: Partial<typeof GRAPH_DEFAULTS> = {},
): KnowledgeGraph {
  const { name } = { ...GRAPH_DEFAULTS, ...options };
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({ name, ontology: dataset.ontology });
  const byId = <T extends { id: string }>(a: T, b: T) => compare(a.id, b.id);

  for (const { id, ...entity } of dataset.entities.map((e) => e.value).sort(byId)) {
    graph.addNode(id, { kind: 'entity', label: entity.names.en, ...entity });
  }
  const articles = new Map<string, Article>();
  for (const { id, ...article } of dataset.articles.map((a) => a.value).sort(byId)) {
    articles.set(id, { id, ...article });
    graph.addNode(articleNodeKey(id), {
      kind: 'article',
      type: 'Article',
      articleId: id,
      label: article.title,
      ...article,
    });
  }

  const relations = dataset.relations
    .map((r) => ({ key: relationEdgeKey(r.value), relation: r.value }))
    .sort((a, b) => compare(a.key, b.key));
  const mentions = new Map<string, Set<string>>();
  for (const { key, relation } of relations) {
    const definition = dataset.ontology.relationTypes[relation.type];
    const evidence = relation.evidence.map((item) => evidenceAttributes(item, articles, spans));
    graph.addDirectedEdgeWithKey(key, relation.from, relation.to, {
      kind: 'relation',
      label: definition?.label.en ?? relation.type,
      symmetric: definition?.symmetric ?? false,
      ...relationAttributes(relation),
      evidence,
    });
    for (const item of relation.evidence) {
      for (const entity of [relation.from, relation.to]) {
        const mentionKey = `${articleNodeKey(item.article)}|${MENTIONS}|${entity}`;
        const supported = mentions.get(mentionKey) ?? new Set<string>();
        supported.add(key);
        mentions.set(mentionKey, supported);
      }
    }
  }
  for (const [key, supported] of [...mentions].sort(([a], [b]) => compare(a, b))) {
    const [source, , target] = key.split('|') as [string, string, string];
    graph.addDirectedEdgeWithKey(key, source, target, {
      kind: 'mention',
      type: MENTIONS,
      label: 'mentions',
      relations: [...supported],
    });
  }
  return graph;
}

/** The relation's own attributes: its ends become the edge's source and target. */
function relationAttributes({ evidence: _evidence, from: _from, to: _to, ...rest }: Relation) {
  return rest;
}

function evidenceAttributes(
  item: EvidenceInput,
  articles: ReadonlyMap<string, Article>,
  spans: ReadonlyMap<EvidenceInput, QuoteSpan>,
): EvidenceAttributes {
  const article = articles.get(item.article);
  const span = spans.get(item);
  if (!article || !span)
    throw new Error(`evidence for unvalidated article ${item.article}; validate the dataset first`);
  return {
    article: item.article,
    quote: item.quote,
    start: span.start,
    end: span.end,
    articleTitle: article.title,
    articleDate: article.published,
    ...(article.url ? { articleUrl: article.url } : {}),
    publisher: article.publisher,
  };
}

/** Code-point order, independent of the locale, so builds are identical everywhere. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
