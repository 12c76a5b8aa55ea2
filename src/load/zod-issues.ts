import type { z } from 'zod';
import { type Diagnostic, diagnosticAt, type Located } from './diagnostics';

/** Turns zod issues into located diagnostics; the issue path is relative to the record. */
export function diagnosticsFromZod(record: Located<unknown>, error: z.ZodError): Diagnostic[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        diagnosticAt(record, [...path, key], `unknown field "${key}"`, hintForUnknownField(path)),
      );
    }
    const field = path.length > 0 ? `${path.join('.')}: ` : '';
    const message = isMissing(record.value, path) ? 'missing required field' : messageOf(issue);
    return [diagnosticAt(record, path, `${field}${message}`, hintOf(issue))];
  });
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_key') return `invalid name: ${issue.issues.map((inner) => inner.message).join('; ')}`;
  return issue.message;
}

/** The hint a schema refinement attached to its issue, as `params.hint`. */
function hintOf(issue: z.core.$ZodIssue): string | undefined {
  const hint = issue.code === 'custom' ? issue.params?.hint : undefined;
  return typeof hint === 'string' ? hint : undefined;
}

/** True when the path's last key is absent from an object that is present. */
function isMissing(value: unknown, path: readonly (string | number)[]): boolean {
  if (path.length === 0) return false;
  let parent: unknown = value;
  for (const segment of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return false;
    parent = (parent as Record<string | number, unknown>)[segment];
  }
  return typeof parent === 'object' && parent !== null && !(String(path[path.length - 1]) in parent);
}

function hintForUnknownField(path: readonly (string | number)[]): string {
  return `remove it or check its spelling; the allowed fields are listed in the JSON Schema in graph-schema/ (at ${path.join('.') || 'top level'})`;
}
