import type { Diagnostic, Origin, PathSegment } from './diagnostics';

export interface JsonLine {
  value: unknown;
  origin: Origin;
}

/** Parses JSON Lines: one record per non-blank line; a line's diagnostics point at that line. */
export function parseJsonLines(file: string, text: string): { records: JsonLine[]; errors: Diagnostic[] } {
  const records: JsonLine[] = [];
  const errors: Diagnostic[] = [];
  let lineStart = 0;
  for (let lineNumber = 1; lineStart < text.length; lineNumber++) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    lineStart = lineEnd + 1;
    if (line.trim() === '') continue;
    try {
      records.push({ value: JSON.parse(line), origin: lineOrigin(file, lineNumber, line) });
    } catch (error) {
      errors.push({
        file,
        line: lineNumber,
        col: 1,
        message: `invalid JSON: ${(error as Error).message}`,
        hint: 'each line of a .jsonl file must be one complete JSON object',
      });
    }
  }
  return { records, errors };
}

function lineOrigin(file: string, line: number, text: string): Origin {
  const locate = (path: readonly PathSegment[]) => {
    const key = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
    const at = key === undefined ? -1 : text.indexOf(`"${key}"`);
    return { line, col: at + 1 || 1 };
  };
  return { file, locate };
}
