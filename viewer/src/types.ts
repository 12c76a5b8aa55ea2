import type Graph from 'graphology';
import type {
  MentionEdge,
  NodeAttributes,
  RelationEdge,
  GraphAttributes as StoredGraphAttributes,
} from '../../src/graph/types';
import type { SiteGraphAttributes, SiteRelation } from '../../src/layout/site-payload';

/** A relation as built (evidence with its article's metadata) or as the site stores it (metadata once per article). */
export type Relation = RelationEdge | SiteRelation;
export type EdgeAttributes = Relation | MentionEdge;
export type GraphAttributes = StoredGraphAttributes & Partial<SiteGraphAttributes>;
export type { NodeAttributes };
export type ViewerGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type Lang = 'en' | 'ko';
export const STATUSES = ['considered', 'announced', 'active', 'ended'] as const;
export type Status = (typeof STATUSES)[number];
