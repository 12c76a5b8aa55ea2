import { UserError } from '../util/user-error';
import type { Diagnostic } from './diagnostics';

/** The data did not validate; `diagnostics` lists every problem found. */
export class ValidationError extends UserError {
  override name = 'ValidationError';
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(`${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'} in the data`);
  }
}

/** A folder or file the command needs does not exist or cannot be read. */
export class InputNotFoundError extends UserError {
  override name = 'InputNotFoundError';
  constructor(
    readonly path: string,
    hint: string,
  ) {
    super(`${path} does not exist or cannot be read`, hint);
  }
}
