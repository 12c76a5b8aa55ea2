import { type Document, isMap, isPair, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Diagnostic, Origin, PathSegment } from './diagnostics';

export interface ParsedYaml {
  value: unknown;
  origin: Origin;
  errors: Diagnostic[];
}

/** Parses YAML text, keeping enough of the document to map any path back to a line and column. */
export function parseYamlFile(file: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const errors: Diagnostic[] = doc.errors.map((error) => ({
    file,
    line: error.linePos?.[0].line ?? 1,
    col: error.linePos?.[0].col ?? 1,
    message: `invalid YAML: ${firstLine(error.message)}`,
    hint: 'check the indentation and quoting around this line; quote strings that contain ": " or start with a special character',
  }));
  const locate = (path: readonly PathSegment[]) => {
    const offset = offsetOf(doc, path);
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  return { value: errors.length > 0 ? undefined : doc.toJS(), origin: { file, locate }, errors };
}

/** The offset of the deepest node along the path that exists: a map key where there is one, else the node. */
function offsetOf(doc: Document, path: readonly PathSegment[]): number {
  for (let depth = path.length; depth > 0; depth--) {
    const prefix = path.slice(0, depth);
    const key = keyNodeOf(doc, prefix);
    if (key?.range) return key.range[0];
    const node = doc.getIn(prefix, true);
    if (hasRange(node)) return node.range[0];
  }
  return hasRange(doc.contents) ? doc.contents.range[0] : 0;
}

function hasRange(node: unknown): node is { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && 'range' in node && Array.isArray(node.range);
}

/** The key node of the last segment of the path, when its parent is a map. */
function keyNodeOf(doc: Document, path: readonly PathSegment[]) {
  const last = path[path.length - 1];
  if (typeof last !== 'string') return undefined;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === last);
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

/** The parser's message without the position and code excerpt, which the diagnostic already gives. */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
