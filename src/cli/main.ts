import { Command } from 'commander';
import { buildCommand } from './commands/build';
import { exportCommand } from './commands/export';
import { pushCommand } from './commands/push';
import { queryCommand } from './commands/query';
import { schemaCommand } from './commands/schema';
import { serveCommand } from './commands/serve';
import { statsCommand } from './commands/stats';
import { suggestCommand } from './commands/suggest';
import { validateCommand } from './commands/validate';

const program = new Command('ikg')
  .description('industry-kg: build a knowledge graph of industry relationships from curated, quoted news')
  .version('0.1.0')
  .showHelpAfterError()
  .addCommand(validateCommand())
  .addCommand(buildCommand())
  .addCommand(statsCommand())
  .addCommand(schemaCommand())
  .addCommand(suggestCommand())
  .addCommand(exportCommand())
  .addCommand(pushCommand())
  .addCommand(queryCommand())
  .addCommand(serveCommand());

await program.parseAsync(process.argv);
