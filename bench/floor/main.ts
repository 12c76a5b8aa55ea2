/**
 * The bench's floor page: the explorer's graph, only what it draws by default (entities and relations, with the
 * explorer's positions, sizes and colours), in plain `new Sigma(graph, container)` with default settings. For hover
 * it then installs sigma's own hover-highlight example (its use-reducers story).
 */
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { radius, STATUS_LOOK, shrinkFor } from '../../src/graph/appearance';
import type { NodeAttributes } from '../../src/graph/types';
import type { SiteGraph, SiteRelation } from '../../src/layout/site-payload';

type Data = ReturnType<SiteGraph['export']>;

const started = performance.now();
const floor: Record<string, unknown> = {};
(window as unknown as { __floor: typeof floor }).__floor = floor;

const url = new URLSearchParams(location.search).get('graph') ?? '../graph.json';
const data = (await (await fetch(url)).json()) as Data;
const colors = data.attributes?.ontology.entityTypes ?? {};
const entities = data.nodes.filter((node): node is { key: string; attributes: NodeAttributes } => {
  return node.attributes?.kind === 'entity';
});
const degree = (attributes: NodeAttributes) => attributes.degree ?? 0;
const max = entities.reduce((highest, node) => Math.max(highest, degree(node.attributes)), 0);
const shrink = shrinkFor(entities.length);
const graph = new MultiDirectedGraph();
for (const { key, attributes } of entities) {
  const { x, y, label } = attributes;
  const color = attributes.kind === 'entity' ? colors[attributes.type]?.color : undefined;
  graph.addNode(key, { x, y, label, color, size: radius(degree(attributes), max, shrink) });
}
for (const { key, source, target, attributes } of data.edges) {
  const relation = attributes as SiteRelation | undefined;
  if (relation?.kind === 'relation') graph.addEdgeWithKey(key, source, target, { ...STATUS_LOOK[relation.status] });
}

const renderer = new Sigma(graph, document.getElementById('graph') as HTMLElement);
floor.firstRenderMs = performance.now() - started;

/** sigma's hover-highlight example: UI state outside the graph, reducers fade other nodes and hide other edges. */
function enableHover() {
  const state: { hoveredNode?: string; hoveredNeighbors?: Set<string> } = {};
  const setHoveredNode = (node?: string) => {
    state.hoveredNode = node;
    state.hoveredNeighbors = node === undefined ? undefined : new Set(graph.neighbors(node));
    renderer.refresh({ skipIndexation: true });
  };
  renderer.on('enterNode', ({ node }) => setHoveredNode(node));
  renderer.on('leaveNode', () => setHoveredNode(undefined));
  renderer.setSetting('nodeReducer', (node, data) => {
    const res = { ...data };
    if (state.hoveredNeighbors && !state.hoveredNeighbors.has(node) && state.hoveredNode !== node) {
      res.label = '';
      res.color = '#f6f6f6';
    }
    return res;
  });
  renderer.setSetting('edgeReducer', (edge, data) => {
    const res = { ...data };
    if (state.hoveredNode && !graph.hasExtremity(edge, state.hoveredNode)) res.hidden = true;
    return res;
  });
  floor.hovered = () => state.hoveredNode;
}

const toViewport = (node: string) =>
  renderer.graphToViewport(graph.getNodeAttributes(node) as { x: number; y: number });

/** The node of highest degree in the middle of the canvas: the one the bench hovers. */
function hoverTarget(): string | undefined {
  const { width, height } = renderer.getDimensions();
  let best: string | undefined;
  graph.forEachNode((node) => {
    const { x, y } = toViewport(node);
    if (x < width * 0.25 || x > width * 0.75 || y < height * 0.25 || y > height * 0.75) return;
    if (best === undefined || graph.degree(node) > graph.degree(best)) best = node;
  });
  return best;
}

Object.assign(floor, { enableHover, toViewport, hoverTarget });
