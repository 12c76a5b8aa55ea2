import { readFile } from 'node:fs/promises';
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { type CompileOptions, compileGraph } from '../build/pipeline';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../build/types';
import { UserError } from '../util/user-error';

/** A graph file is missing or is not graphology's serialization. */
export class GraphFileError extends UserError {
  override name = 'GraphFileError';
}

/** Reads a graph.json written by `ikg build` or `ikg export --format json`. */
export async function readGraph(path: string): Promise<KnowledgeGraph> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new GraphFileError(
      `cannot read ${path}: ${error.code ?? error.message}`,
      'run `ikg build` first, or check the path',
    );
  });
  try {
    const data = JSON.parse(text) as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
    return MultiDirectedGraph.from(data) as KnowledgeGraph;
  } catch (error) {
    throw new GraphFileError(`${path} is not a graph.json: ${(error as Error).message}`, 'rebuild it with `ikg build`');
  }
}

/** The graph from a graph.json when `graph` is given, else built in-process from the data. */
export function loadGraph(options: CompileOptions & { graph?: string }): Promise<KnowledgeGraph> {
  return options.graph ? readGraph(options.graph) : compileGraph(options);
}
