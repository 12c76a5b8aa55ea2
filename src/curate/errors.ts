import type { Diagnostic } from '../load/diagnostics';
import { UserError } from '../util/user-error';

/** A curation request that cannot be carried out; `status` is its HTTP status. */
export class CurateError extends UserError {
  override name = 'CurateError';
  readonly status: number = 400;
}

/** The request body does not have the expected shape. */
export class BadRequestError extends CurateError {
  override name = 'BadRequestError';
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(message, 'send the fields the curation API documents (docs/curation.md)');
  }
}

/** The article, relation or entity named does not exist. */
export class NotFoundError extends CurateError {
  override name = 'NotFoundError';
  override readonly status = 404;
}

/** A file the edit touches changed on disk since the page read it, or an id is already taken. */
export class ConflictError extends CurateError {
  override name = 'ConflictError';
  override readonly status = 409;
}

/** A file the edit touches changed on disk (an editor, a git checkout, another tab) since the page loaded it. */
export class StaleDataError extends ConflictError {
  override name = 'StaleDataError';
  constructor(readonly files: string[]) {
    super(
      `${files.join(', ')} changed on disk since this page loaded it, so nothing was written`,
      'reload the data to see the current files, then make the change again',
    );
  }
}

/** The new entity's name or an alias already belongs to another entity. */
export class DuplicateEntityError extends ConflictError {
  override name = 'DuplicateEntityError';
  constructor(readonly duplicates: { id: string; name: string }[]) {
    super(
      `probable duplicate: ${duplicates.map(({ id, name }) => `"${name}" is already a name of ${id}`).join('; ')}`,
      'use the existing entity (or add an alias to it); create the new one only if it is really another entity',
    );
  }
}

/** The edit would make the data invalid; `diagnostics` are what `ikg validate` would report. */
export class EditRefusedError extends CurateError {
  override name = 'EditRefusedError';
  override readonly status = 422;
  constructor(readonly diagnostics: Diagnostic[]) {
    const first = diagnostics[0];
    super(
      `the edit was refused, as it would make the data invalid: ${first ? `${first.file}:${first.line}:${first.col} ${first.message}` : 'unknown problem'}${diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more)` : ''}`,
      first?.hint ?? 'fix the values and try again; nothing was written',
    );
  }
}
