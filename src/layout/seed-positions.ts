import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Attributes } from 'graphology-types';
import type { NodeAttributes } from '../graph/types';
import { stringHash } from '../util/string-hash';

/** Any graph of this model's nodes, whatever its edges carry. */
type PlacedGraph<E extends Attributes> = Graph<NodeAttributes, E>;

export const LAYOUT_DEFAULTS = { iterations: 300, radius: 100 };

const hash = (text: string) => stringHash(text) / 2 ** 32;

/**
 * A node's seed position: angle and distance inside a disc of `radius`, both from hashes of its key, so that it does
 * not depend on insertion order or on chance.
 */
export function seedPosition(node: string, radius: number = LAYOUT_DEFAULTS.radius): { x: number; y: number } {
  const angle = 2 * Math.PI * hash(node);
  const distance = radius * Math.sqrt(hash(`${node}#r`));
  return { x: Math.cos(angle) * distance, y: Math.sin(angle) * distance };
}

/** Whether every node has numeric x and y. */
export function isPlaced<E extends Attributes>(graph: PlacedGraph<E>): boolean {
  return !graph.someNode((_, a) => typeof a.x !== 'number' || typeof a.y !== 'number');
}

/** Stable x/y for every node: seeded by key, then settled by ForceAtlas2, so the viewer paints at once. */
export function seedPositions<E extends Attributes>(
  graph: PlacedGraph<E>,
  options: Partial<typeof LAYOUT_DEFAULTS> = {},
): Map<string, { x: number; y: number }> {
  const { iterations, radius } = { ...LAYOUT_DEFAULTS, ...options };
  const copy = graph.copy();
  copy.updateEachNodeAttributes((node, attributes) => ({ ...attributes, ...seedPosition(node, radius) }));
  if (copy.order > 1 && iterations > 0)
    forceAtlas2.assign(copy, { iterations, settings: forceAtlas2.inferSettings(copy) });
  return new Map(copy.mapNodes((node, { x, y }) => [node, { x: x ?? 0, y: y ?? 0 }] as const));
}

seedPositions.assign = <E extends Attributes>(graph: PlacedGraph<E>, options: Partial<typeof LAYOUT_DEFAULTS> = {}) => {
  for (const [node, position] of seedPositions(graph, options)) graph.mergeNodeAttributes(node, position);
};
