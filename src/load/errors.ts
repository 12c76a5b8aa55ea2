import { UserError } from '../util/user-error';
import type { Diagnostic } from './diagnostics';

/** The data did not validate; `diagnostics` lists every problem found. */
export class ValidationError extends UserError {
  override name = 'ValidationError';
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(`${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'} in the data`);
  }
}

/** Why an input file was refused; see src/load/read-input.ts. */
export type InputProblem =
  | 'missing'
  | 'unreadable'
  | 'directory'
  | 'not-a-file'
  | 'symlink-loop'
  | 'too-large'
  | 'invalid-utf8'
  | 'nul-byte'
  | 'io';

/**
 * An input file that cannot be used as text: missing, unreadable, not a regular file, too large, not UTF-8.
 * `reason` completes a sentence whose subject is the file ("is a directory, not a file"); `position` is where
 * in the file the problem is, when it is in the content.
 */
export class InputFileError extends UserError {
  override name: string = 'InputFileError';
  /** Where in the file the problem is, when it is in the content (a bad byte). */
  readonly position?: { line: number; col: number };
  /** The file's size in bytes, when it is too large. */
  readonly size?: number;

  constructor(
    readonly path: string,
    readonly problem: InputProblem,
    readonly reason: string,
    hint: string,
    details: { position?: { line: number; col: number }; size?: number; cause?: unknown } = {},
  ) {
    const { position, size, cause } = details;
    const at = position ? ` (line ${position.line}, col ${position.col})` : '';
    super(`${path} ${reason}${at}`, hint, cause === undefined ? undefined : { cause });
    if (position) this.position = position;
    if (size !== undefined) this.size = size;
  }

  /** The same problem as a diagnostic located in the file, for files inside the data folder. */
  toDiagnostic(subject = 'this file'): Diagnostic {
    return {
      file: this.path,
      line: this.position?.line ?? 1,
      col: this.position?.col ?? 1,
      message: `cannot use ${subject}: it ${this.reason}`,
      hint: this.hint ?? 'check the file',
    };
  }
}

/** A folder or file the command needs does not exist or cannot be read. */
export class InputNotFoundError extends InputFileError {
  override name = 'InputNotFoundError';
  constructor(path: string, hint: string, reason = 'does not exist or cannot be read', cause?: unknown) {
    super(path, 'missing', reason, hint, { cause });
  }
}
