import { Command } from 'commander';
import { writeGraph } from '../../export/write-graph';
import { compileGraph } from '../../pipeline/compile-graph';
import { writeSite } from '../../site/write-site';
import {
  analyticsOptions,
  DEFAULT_OUT_DIR,
  dataOption,
  loadOptions,
  noAnalyticsOption,
  ontologyOption,
} from '../options';
import { run } from '../run';

export const buildCommand = () =>
  new Command('build')
    .description('validate the data and write the graph to OUT/graph.json (graphology serialization)')
    .addOption(dataOption())
    .addOption(ontologyOption())
    .option('--out <dir>', 'output folder', DEFAULT_OUT_DIR)
    .option('--site <dir>', 'also write a self-contained static site (viewer + graph) to DIR')
    .addOption(noAnalyticsOption())
    .action(
      run(async (options: { data: string; ontology: string; out: string; site?: string; analytics: boolean }) => {
        const graph = await compileGraph({ ...loadOptions(options), ...analyticsOptions(options) });
        const path = await writeGraph(graph, options.out);
        process.stdout.write(`✓ built ${graph.order} nodes and ${graph.size} edges → ${path}\n`);
        if (options.site) process.stdout.write(`✓ wrote the static site → ${await writeSite(graph, options.site)}\n`);
      }),
    );
