import { join } from 'node:path';
import { Command } from 'commander';
import { renderJsonSchemas } from '../../schema/json-schema';
import { writeFileAtomic } from '../../util/atomic-write';
import { run } from '../run';

export const schemaCommand = () =>
  new Command('schema')
    .description('regenerate the JSON Schema files for the data files from the zod schemas')
    .option('--out <dir>', 'where to write them', 'graph-schema')
    .action(
      run(async (options: { out: string }) => {
        for (const [file, text] of Object.entries(renderJsonSchemas())) {
          await writeFileAtomic(join(options.out, file), text);
          process.stdout.write(`wrote ${join(options.out, file)}\n`);
        }
      }),
    );
