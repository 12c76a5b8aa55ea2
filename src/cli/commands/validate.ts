import { Command } from 'commander';
import { compareDiagnostics } from '../../load/diagnostics';
import { ValidationError } from '../../load/errors';
import { checkData } from '../../pipeline/compile-graph';
import { dataOption, loadOptions, ontologyOption } from '../options';
import { reportDiagnostics } from '../report';
import { run } from '../run';

export const validateCommand = () =>
  new Command('validate')
    .description('check the ontology and every data file; report all problems as file:line:col')
    .addOption(dataOption())
    .addOption(ontologyOption())
    .option('--json', 'print the problems as JSON on stdout')
    .action(
      run(async (options: { data: string; ontology: string; json?: boolean }) => {
        const { dataset, diagnostics, warnings } = await checkData(loadOptions(options));
        if (options.json) {
          const ok = diagnostics.length === 0;
          process.stdout.write(`${JSON.stringify({ ok, diagnostics, warnings }, null, 2)}\n`);
          if (!ok) process.exitCode = 1;
          return;
        }
        if (diagnostics.length > 0) throw new ValidationError([...diagnostics, ...warnings].sort(compareDiagnostics));
        if (warnings.length > 0) reportDiagnostics(warnings);
        const quotes = dataset?.relations.reduce((sum, r) => sum + r.value.evidence.length, 0) ?? 0;
        process.stdout.write(
          `✓ valid: ${dataset?.articles.length} articles, ${dataset?.entities.length} entities, ${dataset?.relations.length} relations, ${quotes} quotes found in their articles\n`,
        );
      }),
    );
