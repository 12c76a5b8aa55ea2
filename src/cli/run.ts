import { ValidationError } from '../load/errors';
import { redactSecrets } from '../util/secrets';
import { UserError } from '../util/user-error';
import { reportDiagnostics } from './report';

export const EXIT = { invalidData: 1, userError: 2, internal: 70 } as const;

/** Wraps a command action: known errors become a clear message and exit code, never a stack trace. */
export function run<Args extends unknown[]>(action: (...args: Args) => Promise<void> | void) {
  return async (...args: Args) => {
    try {
      await action(...args);
    } catch (error) {
      process.exitCode = reportError(error);
    }
  };
}

function reportError(error: unknown): number {
  if (error instanceof ValidationError) {
    reportDiagnostics(error.diagnostics);
    return EXIT.invalidData;
  }
  if (error instanceof UserError) {
    const hint = error.hint ? `  hint: ${redactSecrets(error.hint)}\n` : '';
    process.stderr.write(`error: ${redactSecrets(error.message)}\n${hint}`);
    return EXIT.userError;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`internal error: ${redactSecrets(message)}\n`);
  if (process.env.IKG_DEBUG && error instanceof Error) process.stderr.write(`${redactSecrets(String(error.stack))}\n`);
  else
    process.stderr.write(
      '  hint: this is a bug in industry-kg; run again with IKG_DEBUG=1 for details and report it\n',
    );
  return EXIT.internal;
}
