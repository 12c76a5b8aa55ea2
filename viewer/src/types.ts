import type Graph from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../src/graph/types';

export type { EdgeAttributes, GraphAttributes, NodeAttributes };
export type ViewerGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type Lang = 'en' | 'ko';
export const STATUSES = ['considered', 'announced', 'active', 'ended'] as const;
export type Status = (typeof STATUSES)[number];
