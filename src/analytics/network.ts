import { DirectedGraph, UndirectedGraph } from 'graphology';
import { isEntityNode, isRelationEdge, type KnowledgeGraph } from '../graph/types';

/** A simple weighted graph: parallel relations between two entities add up to one edge's weight. */
type Weighted =
  | DirectedGraph<Record<string, never>, { weight: number }>
  | UndirectedGraph<Record<string, never>, { weight: number }>;

/**
 * The industry network: entities and relations only, without Article nodes and MENTIONS edges.
 * Directed for PageRank (a symmetric relation counts both ways), undirected for betweenness and communities.
 */
export function industryNetwork(graph: KnowledgeGraph, type: 'directed' | 'undirected'): Weighted {
  const network: Weighted = type === 'directed' ? new DirectedGraph() : new UndirectedGraph();
  graph.forEachNode((node, attributes) => {
    if (isEntityNode(attributes)) network.addNode(node);
  });
  const add = (source: string, target: string) =>
    network.updateEdge(source, target, (attributes) => ({ weight: (attributes.weight ?? 0) + 1 }));
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (!isRelationEdge(attributes)) return;
    add(source, target);
    if (type === 'directed' && attributes.symmetric) add(target, source);
  });
  return network;
}

/** Each entity's number of relations, in and out, parallel relations counted; MENTIONS edges are not relations. */
export function relationDegrees(graph: KnowledgeGraph): Map<string, number> {
  const degrees = new Map<string, number>();
  graph.forEachNode((node, attributes) => {
    if (isEntityNode(attributes)) degrees.set(node, 0);
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (!isRelationEdge(attributes)) return;
    for (const end of [source, target]) degrees.set(end, (degrees.get(end) ?? 0) + 1);
  });
  return degrees;
}
