import { type Diagnostic, formatDiagnostic, isWarning } from '../load/diagnostics';

/** Prints every diagnostic to stderr with a closing count; warnings are labelled and counted apart from problems. */
export function reportDiagnostics(diagnostics: readonly Diagnostic[]): void {
  for (const diagnostic of diagnostics) process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
  const warnings = diagnostics.filter(isWarning).length;
  const count = diagnostics.length - warnings;
  const problems = `✖ ${count} problem${count === 1 ? '' : 's'} found`;
  const warned = `${warnings} warning${warnings === 1 ? '' : 's'}`;
  if (warnings === 0) process.stderr.write(`\n${problems}\n`);
  else process.stderr.write(`\n${count > 0 ? `${problems}, ${warned}` : `⚠ ${warned}`}\n`);
}
