/** An error caused by input or environment that the user can fix; the CLI prints it with its hint, without a stack. */
export class UserError extends Error {
  override name: string = 'UserError';
  constructor(
    message: string,
    readonly hint?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Wrong command-line usage, such as a bad flag value. */
export class UsageError extends UserError {
  override name = 'UsageError';
}
