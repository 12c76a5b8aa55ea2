import { type AttributeSchema, inferSchema } from './attribute-schema';
import { type FlatAttributes, flattenAttributes } from './flatten';
import { isEntityNode, type KnowledgeGraph } from './types';

export interface FlatNode {
  key: string;
  attributes: FlatAttributes;
}

export interface FlatEdge extends FlatNode {
  source: string;
  target: string;
}

/** Nodes with flattened attributes (only those of one `kind` if given), computed one at a time as they are written. */
export function* flatNodes(graph: KnowledgeGraph, kind?: string): Generator<FlatNode> {
  for (const { node, attributes } of graph.nodeEntries())
    if (!kind || attributes.kind === kind) yield { key: node, attributes: flattenAttributes(attributes) };
}

export function* flatEdges(graph: KnowledgeGraph, kind?: string): Generator<FlatEdge> {
  for (const { edge, attributes, source, target } of graph.edgeEntries())
    if (!kind || attributes.kind === kind)
      yield { key: edge, source, target, attributes: flattenAttributes(attributes) };
}

/** The node and edge attribute types, from a first pass over the graph. */
export function graphSchema(graph: KnowledgeGraph): { node: AttributeSchema; edge: AttributeSchema } {
  const attributesOf = function* (items: Iterable<FlatNode>) {
    for (const item of items) yield item.attributes;
  };
  return { node: inferSchema(attributesOf(flatNodes(graph))), edge: inferSchema(attributesOf(flatEdges(graph))) };
}

/** The id a node has outside graphology (Neo4j, CSV): the entity id, or the article id without its `article:` prefix. */
export function externalId(graph: KnowledgeGraph, key: string): string {
  const attributes = graph.getNodeAttributes(key);
  return isEntityNode(attributes) ? key : attributes.articleId;
}
