import forceAtlas2 from 'graphology-layout-forceatlas2';
import type FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { ViewerGraph } from './types';

/**
 * ForceAtlas2 in a web worker: the main thread only paints the positions it sends back. The worker's code is
 * fetched and the worker started at the first "Run layout", so a page that never runs it pays nothing for it.
 */
export function createLayout(graph: ViewerGraph) {
  let layout: FA2Layout | undefined;
  return {
    isRunning: () => layout?.isRunning() ?? false,
    /** Starts the layout, or stops it when it runs. */
    async toggle() {
      if (!layout) {
        const { default: Worker } = await import('graphology-layout-forceatlas2/worker');
        const settings = forceAtlas2.inferSettings(graph);
        layout = new Worker(graph, { settings: { ...settings, barnesHutOptimize: graph.order > 500 } });
      }
      if (layout.isRunning()) layout.stop();
      else layout.start();
    },
    stop: () => layout?.stop(),
    kill: () => layout?.kill(),
  };
}
