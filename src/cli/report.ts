import { type Diagnostic, formatDiagnostic } from '../load/diagnostics';

/** Prints every diagnostic to stderr with a closing count. */
export function reportDiagnostics(diagnostics: readonly Diagnostic[]): void {
  for (const diagnostic of diagnostics) process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
  const count = diagnostics.length;
  process.stderr.write(`\n✖ ${count} problem${count === 1 ? '' : 's'} found\n`);
}
