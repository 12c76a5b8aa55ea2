import type { z } from 'zod';
import { type Diagnostic, diagnosticAt, type Located } from './diagnostics';

/** Turns zod issues into located diagnostics; the issue path is relative to the record. */
export function diagnosticsFromZod(record: Pick<Located<unknown>, 'origin' | 'path'>, error: z.ZodError): Diagnostic[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        diagnosticAt(record, [...path, key], `unknown field "${key}"`, hintForUnknownField(path)),
      );
    }
    const field = path.length > 0 ? `${path.join('.')}: ` : '';
    return [diagnosticAt(record, path, `${field}${messageOf(issue)}`)];
  });
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return `missing required field (${issue.expected})`;
  return issue.message;
}

function hintForUnknownField(path: readonly (string | number)[]): string {
  return `remove it or check its spelling; the allowed fields are listed in the JSON Schema in graph-schema/ (at ${path.join('.') || 'top level'})`;
}
