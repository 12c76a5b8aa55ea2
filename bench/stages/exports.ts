import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { KnowledgeGraph } from '../../src/graph/types';
import { writeStreamAtomic } from '../../src/util/atomic-write';
import { STAGE, type Stage } from '../stage';
import { optionalExport } from './optional';
import { compiledGraph } from './pipeline';

type StreamWriter = (graph: KnowledgeGraph, out: Writable) => Promise<void>;
type FolderWriter = (graph: KnowledgeGraph, dir: string) => Promise<string[]>;

const totalSize = async (paths: readonly string[]) =>
  (await Promise.all(paths.map(async (path) => (await stat(path)).size))).reduce((sum, size) => sum + size, 0);

/** A graph export that streams one file: the graph is built before the clock starts. */
function streamExport(format: string, modulePath: string, name: string, baseline?: string): Stage {
  return {
    name: STAGE.exportOf(format),
    ...(baseline ? { baseline } : {}),
    async prepare(input) {
      const write = await optionalExport<StreamWriter>(modulePath, name);
      const graph = await compiledGraph(input);
      const path = join(input.outDir, `graph.${format}`);
      return async () => {
        await writeStreamAtomic(path, (out) => write(graph, out));
        return { items: input.relations, unit: 'relations', bytes: await totalSize([path]) };
      };
    },
  };
}

export const EXPORT_JSON = streamExport(
  'json',
  'src/export/json',
  'writeJson',
  'baseline: JSON.stringify(graph.export())',
);
export const EXPORT_GEXF = streamExport('gexf', 'src/export/gexf', 'writeGexf', 'baseline: graphology-gexf write');
export const EXPORT_GRAPHML = streamExport('graphml', 'src/export/graphml', 'writeGraphml');
export const EXPORT_CYPHER = streamExport('cypher', 'src/export/cypher', 'writeCypher');

/** The neo4j-admin CSV files, written into a folder. */
export const EXPORT_CSV: Stage = {
  name: STAGE.exportOf('csv'),
  async prepare(input) {
    const write = await optionalExport<FolderWriter>('src/export/csv', 'writeCsvFolder');
    const graph = await compiledGraph(input);
    return async () => {
      const paths = await write(graph, join(input.outDir, 'csv'));
      return { items: input.relations, unit: 'relations', bytes: await totalSize(paths) };
    };
  },
};
