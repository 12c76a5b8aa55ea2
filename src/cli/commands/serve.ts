import { Command, Option } from 'commander';
import { compileGraph } from '../../build/pipeline';
import { DEFAULTS, serveSite } from '../../serve/server';
import { writeSite } from '../../site/write-site';
import { UsageError } from '../../util/user-error';
import { dataOption, loadOptions, ontologyOption } from '../options';
import { run } from '../run';

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be a number from 0 to 65535, got "${value}"`, 'for example --port 8080');
  return port;
}

export const serveCommand = () =>
  new Command('serve')
    .description('build the graph and the viewer, then serve the interactive explorer')
    .addOption(dataOption())
    .addOption(ontologyOption())
    .addOption(new Option('--port <n>', 'port to listen on (0 picks a free one)').default(String(DEFAULTS.port)))
    .option('--host <host>', 'address to bind', DEFAULTS.host)
    .option('--site <dir>', 'folder to write the site into before serving', 'out/site')
    .action(
      run(async (options: { data: string; ontology: string; port: string; host: string; site: string }) => {
        const port = parsePort(options.port);
        const graph = await compileGraph(loadOptions(options));
        await writeSite(graph, options.site);
        const { url } = await serveSite(options.site, { host: options.host, port });
        process.stdout.write(
          `✓ serving ${graph.order} nodes and ${graph.size} edges at ${url}\n  press Ctrl+C to stop\n`,
        );
      }),
    );
