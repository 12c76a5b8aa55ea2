import { compileGraph } from '../../src/pipeline/compile-graph';
import type { ViewerGraph } from '../../viewer/src/types';

const built = await compileGraph({ dataDir: 'tests/fixtures/mini', ontologyPath: 'graph-schema/ontology.yaml' });

/** A fresh copy of the mini fixture graph, as the viewer loads it. */
export function miniGraph(): ViewerGraph {
  return built.copy() as ViewerGraph;
}
