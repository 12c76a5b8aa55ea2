import { Command, CommanderError } from 'commander';
import { buildCommand } from './commands/build';
import { exportCommand } from './commands/export';
import { pushCommand } from './commands/push';
import { queryCommand } from './commands/query';
import { schemaCommand } from './commands/schema';
import { serveCommand } from './commands/serve';
import { statsCommand } from './commands/stats';
import { suggestCommand } from './commands/suggest';
import { validateCommand } from './commands/validate';
import { EXIT } from './run';

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

// A usage error (unknown option or command, a bad or missing argument) exits 2, as other problems of the call do;
// commander has already printed it.
for (const command of [program, ...program.commands]) command.exitOverride();
try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (!(error instanceof CommanderError)) throw error;
  process.exitCode = error.exitCode === 0 ? 0 : EXIT.userError;
}
