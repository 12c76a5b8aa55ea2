import { isEntityNode, isRelationEdge, type KnowledgeGraph } from '../graph/types';
import { relationDegrees } from './network';

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

export const STATS_DEFAULTS = { top: 10 };

/** Counts by entity type, relation type and status, and the entities with the most relations. */
export function graphStats(graph: KnowledgeGraph, options: Partial<typeof STATS_DEFAULTS> = {}): GraphStats {
  const { top } = { ...STATS_DEFAULTS, ...options };
  const stats: GraphStats = {
    articles: 0,
    entities: 0,
    relations: 0,
    quotes: 0,
    entityTypes: counts(),
    relationTypes: counts(),
    statuses: counts(),
    mostConnected: [],
  };
  graph.forEachNode((_node, attributes) => {
    if (!isEntityNode(attributes)) {
      stats.articles++;
      return;
    }
    stats.entities++;
    increment(stats.entityTypes, attributes.type);
  });
  graph.forEachEdge((_edge, attributes) => {
    if (!isRelationEdge(attributes)) return;
    stats.relations++;
    stats.quotes += attributes.evidence.length;
    increment(stats.relationTypes, attributes.type);
    increment(stats.statuses, attributes.status);
  });
  stats.mostConnected = [...relationDegrees(graph)]
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1))
    .slice(0, top)
    .map(([id, relations]) => {
      const attributes = graph.getNodeAttributes(id);
      return { id, label: attributes.label, type: attributes.type, relations };
    });
  return stats;
}

/** A count per name taken from data: no inherited keys, so a type named `constructor` counts from 0 too. */
function counts(): Record<string, number> {
  return Object.create(null) as Record<string, number>;
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}
