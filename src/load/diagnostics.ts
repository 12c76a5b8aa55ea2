/** A problem found in the input, located in a file. */
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  message: string;
  hint?: string;
  /**
   * An error (the default when absent) makes the data invalid; a warning is worth a look, such as a probable
   * duplicate entity, but does not fail validation or the build.
   */
  severity?: 'error' | 'warning';
}

export function isWarning(diagnostic: Diagnostic): boolean {
  return diagnostic.severity === 'warning';
}

export type PathSegment = string | number;

/** Where a record came from, and how to find the line and column of any path inside it. */
export interface Origin {
  file: string;
  locate(path: readonly PathSegment[]): { line: number; col: number };
}

export interface Located<T> {
  value: T;
  origin: Origin;
  /** The record's path inside its file, e.g. ["relations", 3]. */
  path: readonly PathSegment[];
}

export function diagnosticAt(
  located: Pick<Located<unknown>, 'origin' | 'path'>,
  subPath: readonly PathSegment[],
  message: string,
  hint?: string,
): Diagnostic {
  const { line, col } = located.origin.locate([...located.path, ...subPath]);
  return { file: located.origin.file, line, col, message, ...(hint ? { hint } : {}) };
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.message.localeCompare(b.message);
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const label = isWarning(diagnostic) ? 'warning: ' : '';
  const head = `${diagnostic.file}:${diagnostic.line}:${diagnostic.col}  ${label}${diagnostic.message}`;
  return diagnostic.hint ? `${head}\n    hint: ${diagnostic.hint}` : head;
}
