import { Command, Option } from 'commander';
import { Workbench } from '../../curate/workbench';
import { compileGraph } from '../../pipeline/compile-graph';
import { curateApi, newEditToken } from '../../serve/curate-api';
import { isLoopback, SERVE_DEFAULTS, serveSite } from '../../serve/server';
import { writeSiteData } from '../../site/site-data';
import { writeSite } from '../../site/write-site';
import { UsageError } from '../../util/user-error';
import { dataOption, loadOptions, ontologyOption, port } from '../options';
import { reportDiagnostics } from '../report';
import { run } from '../run';

interface ServeCommandOptions {
  data: string;
  ontology: string;
  port: number;
  host: string;
  site: string;
  edit?: boolean;
  allowRemoteEdit?: boolean;
  cues?: string;
}

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
    .option('--edit', 'serve the explorer with its Curate mode, which writes to the data folder')
    .option(
      '--allow-remote-edit',
      'allow --edit on an address other than loopback (anyone who can reach it and has the token can write)',
    )
    .option('--cues <file>', 'the cue lexicon of the extraction assistant, with --edit')
    .action(
      run(async (options: ServeCommandOptions) => {
        if (options.edit && !isLoopback(options.host) && !options.allowRemoteEdit)
          throw new UsageError(
            `--edit writes to ${options.data}, so it binds to loopback only; --host ${options.host} is not loopback`,
            'drop --host (or use 127.0.0.1), or add --allow-remote-edit if every machine that can reach this address is trusted',
          );
        const load = loadOptions(options);
        const graph = await compileGraph({ ...load, onWarnings: reportDiagnostics });
        const token = options.edit ? newEditToken() : undefined;
        const workbench =
          token &&
          new Workbench({
            ...load,
            cuesPath: options.cues,
            onChange: async () => writeSiteData(await compileGraph(load), options.site),
          });
        const { url } = await serveSite(options.site, {
          host: options.host,
          port: options.port,
          prepare: () => writeSite(graph, options.site),
          ...(workbench && token ? { api: curateApi({ workbench, token, onInternalError: reportInternal }) } : {}),
        });
        process.stdout.write(`✓ serving ${graph.order} nodes and ${graph.size} edges at ${url}\n`);
        if (token)
          process.stdout.write(
            `  curate (writes to ${options.data}): ${url}?edit=${token}\n  the token in this URL lets its holder write; don't share it\n`,
          );
        process.stdout.write('  press Ctrl+C to stop\n');
      }),
    );

function reportInternal(error: unknown): void {
  process.stderr.write(
    `internal error in the curation API: ${error instanceof Error ? error.message : String(error)}\n`,
  );
}
