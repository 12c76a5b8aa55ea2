import { Command, Option } from 'commander';
import { DEFAULT_DATASET } from '../../cypher/rows';
import { defaultExportPath, type ExportFormat, exportGraph, FORMATS } from '../../export';
import { loadGraph } from '../../pipeline/read-graph';
import {
  analyticsOptions,
  DEFAULT_OUT_DIR,
  dataOption,
  loadOptions,
  noAnalyticsOption,
  ontologyOption,
  positiveInteger,
} from '../options';
import { run } from '../run';

/** The options that say where the graph comes from: built from --data, or read from --graph. */
export const graphSourceOptions = (command: Command): Command =>
  command
    .addOption(dataOption())
    .addOption(ontologyOption())
    .option('--graph <file>', 'read a graph.json written by `ikg build` instead of building from --data')
    .addOption(noAnalyticsOption())
    .option('--dataset <name>', 'the dataset property that scopes nodes and relationships', DEFAULT_DATASET);

export interface GraphSourceFlags {
  data: string;
  ontology: string;
  graph?: string;
  analytics: boolean;
  dataset: string;
}

/** Loads the graph the flags describe, noting on stderr any metric skipped on a large graph. */
export function graphFromFlags(flags: GraphSourceFlags) {
  return loadGraph({ ...loadOptions(flags), graph: flags.graph, ...analyticsOptions(flags) });
}

export const exportCommand = () =>
  graphSourceOptions(
    new Command('export')
      .description('write the graph as JSON, GEXF, GraphML, neo4j-admin CSV or a Cypher script')
      .addOption(new Option('--format <format>', 'output format').choices(FORMATS).makeOptionMandatory())
      .option(
        '--out <path>',
        `output file (CSV: folder); default ${DEFAULT_OUT_DIR}/graph.<format>, ${DEFAULT_OUT_DIR}/graph-csv`,
      )
      .option('--batch-size <n>', 'rows per UNWIND statement in the Cypher script', positiveInteger, 1000)
      .option('--array-delimiter <char>', 'separator of list items in CSV cells', ';'),
  ).action(
    run(
      async (
        flags: GraphSourceFlags & { format: ExportFormat; out?: string; batchSize: number; arrayDelimiter: string },
      ) => {
        const graph = await graphFromFlags(flags);
        const path = flags.out ?? defaultExportPath(flags.format, DEFAULT_OUT_DIR);
        const files = await exportGraph(graph, flags.format, path, flags);
        process.stdout.write(
          `✓ exported ${graph.order} nodes and ${graph.size} edges as ${flags.format} → ${files.join(', ')}\n`,
        );
      },
    ),
  );
