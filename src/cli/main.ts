import { Command } from 'commander';
import { buildCommand } from './commands/build';
import { schemaCommand } from './commands/schema';
import { statsCommand } from './commands/stats';
import { validateCommand } from './commands/validate';

const program = new Command('ikg')
  .description('industry-kg: build a knowledge graph of industry relationships from curated, quoted news')
  .version('0.1.0')
  .showHelpAfterError()
  .addCommand(validateCommand())
  .addCommand(buildCommand())
  .addCommand(statsCommand())
  .addCommand(schemaCommand());

await program.parseAsync(process.argv);
