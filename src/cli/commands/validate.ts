import { Command } from 'commander';
import { checkData } from '../../build/pipeline';
import { ValidationError } from '../../load/errors';
import { dataOption, loadOptions, ontologyOption } from '../options';
import { run } from '../run';

export const validateCommand = () =>
  new Command('validate')
    .description('check the ontology and every data file; report all problems as file:line:col')
    .addOption(dataOption())
    .addOption(ontologyOption())
    .option('--json', 'print the problems as JSON on stdout')
    .action(
      run(async (options: { data: string; ontology: string; json?: boolean }) => {
        const { dataset, diagnostics } = await checkData(loadOptions(options));
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ ok: diagnostics.length === 0, diagnostics }, null, 2)}\n`);
          if (diagnostics.length > 0) process.exitCode = 1;
          return;
        }
        if (diagnostics.length > 0) throw new ValidationError(diagnostics);
        const quotes = dataset?.relations.reduce((sum, r) => sum + r.value.evidence.length, 0) ?? 0;
        process.stdout.write(
          `✓ valid: ${dataset?.articles.length} articles, ${dataset?.entities.length} entities, ${dataset?.relations.length} relations, ${quotes} quotes found in their articles\n`,
        );
      }),
    );
