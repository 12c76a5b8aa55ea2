import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { ViewerGraph } from './types';

/** ForceAtlas2 in a web worker: the main thread only paints the positions it sends back. */
export function createLayout(graph: ViewerGraph) {
  const settings = forceAtlas2.inferSettings(graph);
  return new FA2Layout(graph, { settings: { ...settings, barnesHutOptimize: graph.order > 500 } });
}
