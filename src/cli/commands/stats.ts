import { Command } from 'commander';
import { graphStats } from '../../analytics/stats';
import { compileGraph } from '../../pipeline/compile-graph';
import { layoutTable } from '../../util/text-table';
import { dataOption, integerIn, loadOptions, ontologyOption } from '../options';
import { reportDiagnostics } from '../report';
import { run } from '../run';

export const statsCommand = () =>
  new Command('stats')
    .description('print counts per entity type, relation type and status, and the most connected entities')
    .addOption(dataOption())
    .addOption(ontologyOption())
    .option('--top <n>', 'how many of the most connected entities to list', integerIn(0), 10)
    .option('--json', 'print the statistics as JSON')
    .action(
      run(async (options: { data: string; ontology: string; top: number; json?: boolean }) => {
        const graph = await compileGraph({ ...loadOptions(options), onWarnings: reportDiagnostics });
        const stats = graphStats(graph, { top: options.top });
        if (options.json) {
          process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
          return;
        }
        const lines = [
          `${stats.articles} articles, ${stats.entities} entities, ${stats.relations} relations, ${stats.quotes} evidence quotes`,
          '',
          'Entities by type',
          ...table(stats.entityTypes),
          '',
          'Relations by type',
          ...table(stats.relationTypes),
          '',
          'Relations by status',
          ...table(stats.statuses),
          '',
          'Most connected entities',
          ...indented(stats.mostConnected.map((e) => [String(e.relations), `${e.label} (${e.id}, ${e.type})`])),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      }),
    );

function table(counts: Record<string, number>): string[] {
  const sorted = Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return indented(sorted.map(([name, count]) => [String(count), name]));
}

/** Count and name columns, the counts right-aligned, as the whole listing aligns them. */
function indented(rows: string[][]): string[] {
  return layoutTable([['    ', ''], ...rows], { align: ['right', 'left'], separator: '  ', ruleJoin: '' })
    .slice(1)
    .map((line) => `  ${line}`);
}
