import type { Writable } from 'node:stream';
import type { KnowledgeGraph } from '../graph/types';
import { writeStreamAtomic } from '../util/atomic-write';
import { writeCsvFolder } from './csv';
import { writeCypher } from './cypher';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { writeJson } from './json';

export const FORMATS = ['json', 'gexf', 'graphml', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export interface ExportOptions {
  /** The `dataset` property of nodes and relationships in the CSV and Cypher outputs. */
  dataset?: string;
  /** Rows per UNWIND statement in the Cypher script. */
  batchSize?: number;
  /** Separator of list items in CSV cells. */
  arrayDelimiter?: string;
}

const FILE_WRITERS: Record<
  Exclude<ExportFormat, 'csv'>,
  (g: KnowledgeGraph, out: Writable, o: ExportOptions) => Promise<void>
> = {
  json: writeJson,
  gexf: writeGexf,
  graphml: writeGraphml,
  cypher: writeCypher,
};

/** The default output: out/graph.<format>, or the folder out/graph-csv for CSV. */
export function defaultExportPath(format: ExportFormat, outDir = 'out'): string {
  return format === 'csv' ? `${outDir}/graph-csv` : `${outDir}/graph.${format}`;
}

/** Streams the graph to PATH in FORMAT, atomically (CSV: a folder of files, each atomic); returns the files written. */
export async function exportGraph(
  graph: KnowledgeGraph,
  format: ExportFormat,
  path: string,
  options: ExportOptions = {},
): Promise<string[]> {
  if (format === 'csv') return writeCsvFolder(graph, path, options);
  await writeStreamAtomic(path, (out) => FILE_WRITERS[format](graph, out, options));
  return [path];
}
