import { isEntityNode, isRelationEdge, type KnowledgeGraph } from '../graph/types';

export interface GraphStats {
  articles: number;
  entities: number;
  relations: number;
  quotes: number;
  entityTypes: Record<string, number>;
  relationTypes: Record<string, number>;
  statuses: Record<string, number>;
  mostConnected: { id: string; label: string; type: string; relations: number }[];
}

export const DEFAULTS = { top: 10 };

/** Counts by entity type, relation type and status, and the entities with the most relations. */
export function graphStats(graph: KnowledgeGraph, options: Partial<typeof DEFAULTS> = {}): GraphStats {
  const { top } = { ...DEFAULTS, ...options };
  const stats: GraphStats = {
    articles: 0,
    entities: 0,
    relations: 0,
    quotes: 0,
    entityTypes: {},
    relationTypes: {},
    statuses: {},
    mostConnected: [],
  };
  const relationCount = new Map<string, number>();
  graph.forEachNode((node, attributes) => {
    if (!isEntityNode(attributes)) {
      stats.articles++;
      return;
    }
    stats.entities++;
    increment(stats.entityTypes, attributes.type);
    relationCount.set(node, 0);
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (!isRelationEdge(attributes)) return;
    stats.relations++;
    stats.quotes += attributes.evidence.length;
    increment(stats.relationTypes, attributes.type);
    increment(stats.statuses, attributes.status);
    for (const end of [source, target]) relationCount.set(end, (relationCount.get(end) ?? 0) + 1);
  });
  stats.mostConnected = [...relationCount]
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1))
    .slice(0, top)
    .map(([id, relations]) => {
      const attributes = graph.getNodeAttributes(id);
      return { id, label: attributes.label, type: attributes.type, relations };
    });
  return stats;
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}
