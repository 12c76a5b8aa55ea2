import { UserError } from '../../util/user-error';

/** The article file has no text to read. */
export class EmptyInputError extends UserError {
  override name = 'EmptyInputError';
  constructor(path: string) {
    super(
      `${path} is empty`,
      'pass an article with text in it: a .txt file, an article .yaml with its .txt, or a .jsonl record',
    );
  }
}

/** The article file is not UTF-8 text. */
export class BinaryInputError extends UserError {
  override name = 'BinaryInputError';
  constructor(path: string, what: string) {
    super(`${path} is not text: ${what}`, 'save the article as UTF-8 plain text');
  }
}

/** The article file is larger than suggest reads. */
export class InputTooLargeError extends UserError {
  override name = 'InputTooLargeError';
  constructor(path: string, bytes: number, limit: number) {
    super(
      `${path} is ${(bytes / 2 ** 20).toFixed(1)} MiB; suggest reads at most ${limit / 2 ** 20} MiB`,
      'split the text into articles, one file each',
    );
  }
}
