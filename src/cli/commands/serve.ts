import { Command, Option } from 'commander';
import { compileGraph } from '../../pipeline/compile-graph';
import { SERVE_DEFAULTS, serveSite } from '../../serve/server';
import { writeSite } from '../../site/write-site';
import { dataOption, loadOptions, ontologyOption, port } from '../options';
import { reportDiagnostics } from '../report';
import { run } from '../run';

export const serveCommand = () =>
  new Command('serve')
    .description('build the graph and the viewer, then serve the interactive explorer')
    .addOption(dataOption())
    .addOption(ontologyOption())
    .addOption(
      new Option('--port <n>', 'port to listen on (0 picks a free one)').argParser(port).default(SERVE_DEFAULTS.port),
    )
    .option('--host <host>', 'address to bind', SERVE_DEFAULTS.host)
    .option('--site <dir>', 'folder to write the site into before serving', 'out/site')
    .action(
      run(async (options: { data: string; ontology: string; port: number; host: string; site: string }) => {
        const graph = await compileGraph({ ...loadOptions(options), onWarnings: reportDiagnostics });
        const { url } = await serveSite(options.site, {
          host: options.host,
          port: options.port,
          prepare: () => writeSite(graph, options.site),
        });
        process.stdout.write(
          `✓ serving ${graph.order} nodes and ${graph.size} edges at ${url}\n  press Ctrl+C to stop\n`,
        );
      }),
    );
