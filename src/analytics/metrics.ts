import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { isRelationEdge, type KnowledgeGraph, type NodeMetrics } from '../graph/types';
import { industryNetwork, relationDegrees } from './network';
import { seededRandom } from './random';

export const METRICS_DEFAULTS = {
  /** Seed of the random generator Louvain uses, so the same data always gives the same communities. */
  seed: 42,
  /** Betweenness is O(V·E): above this many relations it is skipped. */
  betweennessMaxRelations: 20_000,
  /** Louvain communities are skipped above this many relations. */
  communitiesMaxRelations: 2_000_000,
};

export type MetricsOptions = typeof METRICS_DEFAULTS;

export interface MetricsResult {
  /** Scores per entity node; Article nodes get none. */
  metrics: Map<string, NodeMetrics>;
  /** Metrics left out because the graph is above their size threshold. */
  skipped: (keyof NodeMetrics)[];
}

/** Degree, PageRank, betweenness and Louvain community of every entity, on the entity/relation subgraph. */
export function networkMetrics(graph: KnowledgeGraph, options: Partial<MetricsOptions> = {}): MetricsResult {
  const { seed, betweennessMaxRelations, communitiesMaxRelations } = { ...METRICS_DEFAULTS, ...options };
  const metrics = new Map<string, NodeMetrics>();
  for (const [node, degree] of relationDegrees(graph)) metrics.set(node, { degree });
  const relations = graph.filterEdges((_edge, attributes) => isRelationEdge(attributes)).length;
  const merge = (scores: Record<string, number>, key: keyof NodeMetrics) => {
    for (const [node, score] of Object.entries(scores)) (metrics.get(node) as NodeMetrics)[key] = score;
  };
  const skipped: (keyof NodeMetrics)[] = [];
  merge(pagerank(industryNetwork(graph, 'directed'), { getEdgeWeight: 'weight' }), 'pagerank');
  const undirected = industryNetwork(graph, 'undirected');
  if (relations <= betweennessMaxRelations) merge(betweenness(undirected, { normalized: true }), 'betweenness');
  else skipped.push('betweenness');
  if (relations > communitiesMaxRelations) skipped.push('community');
  else if (undirected.size > 0)
    merge(louvain(undirected, { getEdgeWeight: 'weight', rng: seededRandom(seed) }), 'community');
  return { metrics, skipped };
}

/** Computes the metrics and stores them as attributes of the entity nodes. */
networkMetrics.assign = (graph: KnowledgeGraph, options: Partial<MetricsOptions> = {}): MetricsResult => {
  const result = networkMetrics(graph, options);
  for (const [node, scores] of result.metrics) graph.mergeNodeAttributes(node, scores);
  return result;
};
