import type { MultiDirectedGraph } from 'graphology';
import type { AmountInput, Article, Entity, RelationStatus } from '../schema/data';
import type { Ontology } from '../schema/ontology';

/** Scores computed by the analytics stage; absent until it runs. */
export interface NodeMetrics {
  degree?: number;
  pagerank?: number;
  betweenness?: number;
  community?: number;
}

export interface EntityNode extends Omit<Entity, 'id'>, NodeMetrics {
  kind: 'entity';
  /** The English name, for tools that show one label. */
  label: string;
  x?: number;
  y?: number;
}

export interface ArticleNode extends Omit<Article, 'id'>, NodeMetrics {
  kind: 'article';
  type: 'Article';
  articleId: string;
  label: string;
  x?: number;
  y?: number;
}

export type NodeAttributes = EntityNode | ArticleNode;

export interface EvidenceAttributes {
  article: string;
  quote: string;
  /** UTF-16 offsets of the quote in the article body as stored on its Article node. */
  start: number;
  end: number;
  articleTitle: string;
  articleDate: string;
  articleUrl?: string;
  publisher: string;
}

export interface RelationEdge {
  kind: 'relation';
  type: string;
  label: string;
  symmetric: boolean;
  status: RelationStatus;
  date?: string;
  start?: string;
  end?: string;
  role?: string;
  topic?: string;
  amount?: AmountInput;
  evidence: EvidenceAttributes[];
}

/** An article gives evidence for relations of this entity. */
export interface MentionEdge {
  kind: 'mention';
  type: 'MENTIONS';
  label: string;
  /** Keys of the relation edges this article supports for the entity. */
  relations: string[];
}

export type EdgeAttributes = RelationEdge | MentionEdge;

export interface GraphAttributes {
  name: string;
  ontology: Ontology;
}

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const MENTIONS = 'MENTIONS';

export function articleNodeKey(articleId: string): string {
  return `article:${articleId}`;
}

export function relationEdgeKey(relation: { from: string; type: string; to: string }): string {
  return `${relation.from}|${relation.type}|${relation.to}`;
}

export function isEntityNode(attributes: NodeAttributes): attributes is EntityNode {
  return attributes.kind === 'entity';
}

export function isRelationEdge(attributes: EdgeAttributes): attributes is RelationEdge {
  return attributes.kind === 'relation';
}
