import {
  type Document,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from 'yaml';
import type { Diagnostic, Origin, PathSegment } from './diagnostics';

export interface ParsedYaml {
  value: unknown;
  origin: Origin;
  errors: Diagnostic[];
}

/**
 * How many nodes aliases may add when the document becomes plain values (yaml's `maxAliasCount`): enough for
 * any hand-written reuse, far too few for a "billion laughs" alias bomb.
 */
export const MAX_ALIAS_COUNT = 100;

const SYNTAX_HINT =
  'check the indentation and quoting around this line; quote strings that contain ": " or start with a special character';

/**
 * Parses YAML text, keeping enough of the document to map any path back to a line and column. Plain YAML 1.2
 * only: every syntax error, tag, complex key, undefined alias or alias bomb is a located diagnostic, never a throw.
 */
export function parseYamlFile(file: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  const tooDeep = nestingProblem(text);
  if (tooDeep !== undefined) {
    const line = text.slice(0, tooDeep).split('\n').length;
    const col = tooDeep - (text.lastIndexOf('\n', tooDeep - 1) + 1) + 1;
    const diagnostic = {
      file,
      line,
      col,
      message: `invalid YAML: lists and maps are nested more than ${MAX_NESTING} levels deep`,
      hint: 'data files need only a few levels; check for unbalanced [ or { and for runs of "- - -"',
    };
    return { value: undefined, origin: { file, locate: () => ({ line: 1, col: 1 }) }, errors: [diagnostic] };
  }
  let doc: Document;
  try {
    doc = parseDocument(text, {
      lineCounter,
      uniqueKeys: true,
      logLevel: 'silent',
      merge: false,
      resolveKnownTags: false,
      prettyErrors: true,
    });
  } catch (error) {
    return { value: undefined, origin: { file, locate: () => at(0) }, errors: [unreadable(file, error)] };
  }
  const locate = (path: readonly PathSegment[]) => {
    try {
      return at(offsetOf(doc, path));
    } catch {
      return { line: 1, col: 1 };
    }
  };
  const origin = { file, locate };
  const errors: Diagnostic[] = uniqueErrors([...doc.errors, ...doc.warnings]).map((error) => ({
    file,
    line: error.linePos?.[0].line ?? 1,
    col: error.linePos?.[0].col ?? 1,
    message: `invalid YAML: ${firstLine(error.message)}`,
    hint:
      error.code === 'TAG_RESOLVE_FAILED'
        ? 'data files use plain YAML: remove the tag (the word starting with "!")'
        : error.code === 'DUPLICATE_KEY'
          ? 'each key may appear once in a mapping; remove or rename one of them'
          : SYNTAX_HINT,
  }));
  if (errors.length === 0) errors.push(...structureProblems(file, doc, at));
  if (errors.length > 0) return { value: undefined, origin, errors };
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), origin, errors };
  } catch (error) {
    return { value: undefined, origin, errors: [aliasProblem(file, doc, at, error)] };
  }
}

type At = (offset: number) => { line: number; col: number };

/** The parser reports an error per unclosed bracket, often at the same place: each is reported once. */
function uniqueErrors<T extends { message: string; pos: [number, number] }>(errors: readonly T[]): T[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.pos[0]}|${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * How deep lists and maps may nest. The parser recurses once per level, and near the end of the stack V8 can fail
 * fatally (not with a catchable error), so anything deeper is refused before parsing. Data files use about five.
 */
export const MAX_NESTING = 100;

/**
 * The offset where the nesting first goes deeper than MAX_NESTING, or undefined. An estimate that never
 * undercounts: unclosed [ and { (quoted or not), plus the block levels of the line (a stack of indents) and its
 * compact "- " and "? " indicators.
 */
function nestingProblem(text: string): number | undefined {
  let flow = 0;
  const indents: number[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const end = text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart);
    let at = lineStart;
    while (at < end && (text[at] === ' ' || text[at] === '\t')) at++;
    if (at < end && text[at] !== '#' && text[at] !== '\r') {
      const indent = at - lineStart;
      while (indents.length > 0 && (indents[indents.length - 1] as number) >= indent) indents.pop();
      indents.push(indent);
      let compact = 0;
      while ((text[at] === '-' || text[at] === '?') && (text[at + 1] === ' ' || text[at + 1] === '\t')) {
        if (indents.length + ++compact + flow > MAX_NESTING) return at;
        at += 2;
        while (text[at] === ' ' || text[at] === '\t') at++;
      }
      if (indents.length + compact + flow > MAX_NESTING) return at;
      for (; at < end; at++) {
        const char = text[at];
        if (char === '[' || char === '{') {
          if (++flow + indents.length + compact > MAX_NESTING) return at;
        } else if ((char === ']' || char === '}') && flow > 0) flow--;
      }
    }
    lineStart = end + 1;
  }
  return undefined;
}

/** Keys that are lists or maps, and aliases used before (or without) their anchor. */
function structureProblems(file: string, doc: Document, at: At): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const anchors = new Set<string>();
  visit(doc, {
    Pair: (_key, pair) => {
      if (isCollection(pair.key)) {
        problems.push({
          file,
          ...at(rangeStart(pair.key)),
          message: 'invalid YAML: a key must be a plain name, not a list or a map',
          hint: 'write the key as a plain word, such as `names:`; a "? " at the start of a line starts such a key',
        });
      }
    },
    Node: (_key, node) => {
      if (isAlias(node)) {
        if (!anchors.has(node.source)) {
          problems.push({
            file,
            ...at(rangeStart(node)),
            message: `invalid YAML: the alias *${node.source} refers to no anchor defined before it`,
            hint: `define the anchor first (&${node.source} before the value to reuse), or write the value out instead of the alias`,
          });
        }
      } else if (node.anchor) anchors.add(node.anchor);
    },
  });
  return problems;
}

/** What toJS threw: yaml's alias-count guard (an alias bomb), or anything else, located at the first alias. */
function aliasProblem(file: string, doc: Document, at: At, error: unknown): Diagnostic {
  let first: Node | undefined;
  visit(doc, {
    Alias: (_key, node) => {
      first = node;
      return visit.BREAK;
    },
  });
  const message = error instanceof Error ? error.message : String(error);
  if (/excessive alias count/i.test(message)) {
    return {
      file,
      ...at(first ? rangeStart(first) : 0),
      message: `invalid YAML: the aliases (*name) expand to too many values (more than ${MAX_ALIAS_COUNT}); this looks like an alias bomb`,
      hint: 'write the values out, or reuse fewer nested anchors (&name) through aliases (*name)',
    };
  }
  return unreadable(file, error, first ? at(rangeStart(first)) : undefined);
}

function unreadable(file: string, error: unknown, position = { line: 1, col: 1 }): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  return {
    file,
    ...position,
    message: `invalid YAML: ${firstLine(message)}`,
    hint: /call stack/i.test(message)
      ? 'the lists and maps are nested too deeply; data files need only a few levels'
      : SYNTAX_HINT,
  };
}

function rangeStart(node: unknown): number {
  return hasRange(node) ? node.range[0] : 0;
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
