import { isDeepStrictEqual } from 'node:util';
import { Document, isCollection, isMap, isScalar, isSeq, type Node, parseDocument, stringify, visit } from 'yaml';
import type { PathSegment } from '../load/diagnostics';

/**
 * Edits of a YAML file that keep every byte outside the edited node: comments, key order, quoting, blank lines and
 * flow or block style. The yaml library's Document API finds the node and its source range; the new node is written
 * by the yaml library in the style of its neighbours and spliced in; the result is parsed again and must equal the
 * intended value, or the edit is refused.
 */

/** The edit cannot be made while keeping the file's layout (or the path does not lead to the expected node). */
export class YamlEditError extends Error {
  override name = 'YamlEditError';
}

const PLAIN = { lineWidth: 0, minContentWidth: 0 } as const;

/** Appends `value` to the sequence at `path`; the collections under `flowKeys` of a block item are written in flow style. */
export function appendToSequence(
  text: string,
  path: readonly PathSegment[],
  value: unknown,
  flowKeys: readonly string[] = [],
): string {
  const { seq, doc } = sequenceAt(text, path);
  const items = seq.items as Node[];
  const last = items.at(-1);
  let edited: string;
  if (seq.flow) {
    const rendered = flowText(value);
    const at = last ? rangeOf(last)[1] : rangeOf(seq)[0] + 1;
    edited = splice(text, at, at, last ? `, ${rendered}` : rendered);
  } else {
    if (!last) throw new YamlEditError(`the sequence at ${path.join('.')} is empty and in block style`);
    const indent = ' '.repeat(columnOf(text, dashBefore(text, rangeOf(last)[0])));
    const blank = items.length > 1 && gapHasBlankLine(text, items) ? '\n' : '';
    const block = indentLines(blockItem(value, flowKeys), indent);
    const at = lineEndAfter(text, rangeOf(last)[1]);
    const lead = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
    edited = splice(text, at, at, `${lead}${blank}${block}`);
  }
  const expected = doc.toJS() as unknown;
  (getIn(expected, path) as unknown[]).push(value);
  return verified(edited, expected);
}

/**
 * Sets the value at `path` (a collection is written in flow style), or adds the key to its map when missing: after
 * the key `after` when there is one, else last.
 */
export function setValue(text: string, path: readonly PathSegment[], value: unknown, after?: string): string {
  const doc = parse(text);
  const key = path.at(-1);
  if (typeof key !== 'string') throw new YamlEditError(`cannot set ${path.join('.')}: the last step must be a key`);
  const map = doc.getIn(path.slice(0, -1), true);
  if (!isMap(map)) throw new YamlEditError(`no map at ${path.slice(0, -1).join('.')}`);
  const rendered = flowText(value);
  const existing = map.get(key, true) as Node | undefined;
  let edited: string;
  if (existing) {
    const [start, end] = rangeOf(existing);
    edited = splice(text, start, end, rendered);
  } else if (map.flow) {
    const last = map.items.at(-1)?.value as Node | undefined;
    if (!last) throw new YamlEditError(`the map at ${path.slice(0, -1).join('.')} is empty`);
    const at = rangeOf(last)[1];
    edited = splice(text, at, at, `, ${key}: ${rendered}`);
  } else {
    const pairs = map.items;
    const anchor = pairs.find((pair) => isScalar(pair.key) && pair.key.value === after) ?? pairs.at(-1);
    if (!anchor) throw new YamlEditError(`the map at ${path.slice(0, -1).join('.')} is empty`);
    const firstKey = pairs[0]?.key as Node;
    const indent = ' '.repeat(columnOf(text, rangeOf(firstKey)[0]));
    const at = lineEndAfter(text, rangeOf((anchor.value ?? anchor.key) as Node)[1]);
    const lead = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
    edited = splice(text, at, at, `${lead}${indent}${key}: ${rendered}\n`);
  }
  const expected = doc.toJS() as unknown;
  (getIn(expected, path.slice(0, -1)) as Record<string, unknown>)[key] = value;
  return verified(edited, expected);
}

/** Removes the key at `path` from its block map, with its line. */
export function deleteKey(text: string, path: readonly PathSegment[]): string {
  const doc = parse(text);
  const key = path.at(-1);
  const map = doc.getIn(path.slice(0, -1), true);
  if (typeof key !== 'string' || !isMap(map) || map.flow)
    throw new YamlEditError(`no block map key at ${path.join('.')}`);
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
  if (!pair) return text;
  const start = lineStartOf(text, rangeOf(pair.key as Node)[0]);
  const end = lineEndAfter(text, rangeOf((pair.value ?? pair.key) as Node)[1]);
  const expected = doc.toJS() as Record<string, unknown>;
  delete (getIn(expected, path.slice(0, -1)) as Record<string, unknown>)[key];
  return verified(splice(text, start, end, ''), expected);
}

/** Removes item `index` of the sequence at `path`, with the blank lines after it. */
export function removeFromSequence(text: string, path: readonly PathSegment[], index: number): string {
  const { seq, doc } = sequenceAt(text, path);
  const items = seq.items as Node[];
  const item = items[index];
  if (!item) throw new YamlEditError(`no item ${index} at ${path.join('.')}`);
  let edited: string;
  if (seq.flow) {
    const [start, end] = rangeOf(item);
    const next = items[index + 1];
    const previous = items[index - 1];
    if (next) edited = splice(text, start, rangeOf(next)[0], '');
    else if (previous) edited = splice(text, rangeOf(previous)[1], end, '');
    else edited = splice(text, start, end, '');
  } else {
    const start = lineStartOf(text, dashBefore(text, rangeOf(item)[0]));
    let end = rangeOf(item)[1];
    while (/^[ \t]*\n/.test(text.slice(end)) && items[index + 1]) end = text.indexOf('\n', end) + 1;
    edited = splice(text, start, end, '');
  }
  const expected = doc.toJS() as unknown;
  (getIn(expected, path) as unknown[]).splice(index, 1);
  return verified(edited, expected);
}

/** A new YAML file: a comment line (such as the schema hint), then `value` in block style. */
export function yamlFile(comment: string, value: unknown): string {
  return `# ${comment}\n${stringify(value, PLAIN)}`;
}

/** A new YAML file: a comment line (such as the schema hint), then `key:` with a block sequence of one item. */
export function newYamlFile(comment: string, key: string, item: unknown, flowKeys: readonly string[] = []): string {
  return `# ${comment}\n${key}:\n${indentLines(blockItem(item, flowKeys), '  ')}`;
}

/**
 * A value as a Document in the style of data/: quotes in double quotes, the collections under `flowKeys` (such as
 * `names: { en: …, ko: … }`) in flow style.
 */
function styled(value: unknown, flowKeys: readonly string[] = []): Document {
  const doc = new Document(value);
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (key === 'quote' && isScalar(pair.value) && typeof pair.value.value === 'string')
        pair.value.type = 'QUOTE_DOUBLE';
      if (typeof key === 'string' && flowKeys.includes(key) && isCollection(pair.value)) pair.value.flow = true;
    },
  });
  return doc;
}

function blockItem(value: unknown, flowKeys: readonly string[]): string {
  return styled([value], flowKeys).toString(PLAIN);
}

function flowText(value: unknown): string {
  const doc = styled(value);
  if (isCollection(doc.contents)) doc.contents.flow = true;
  return doc.toString(PLAIN).trimEnd();
}

function parse(text: string) {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new YamlEditError(`the file is not valid YAML: ${doc.errors[0]?.message}`);
  return doc;
}

function sequenceAt(text: string, path: readonly PathSegment[]) {
  const doc = parse(text);
  const seq = doc.getIn(path, true);
  if (!isSeq(seq)) throw new YamlEditError(`no sequence at ${path.join('.')}`);
  return { seq, doc };
}

function verified(edited: string, expected: unknown): string {
  const actual = parse(edited).toJS() as unknown;
  if (!isDeepStrictEqual(actual, expected))
    throw new YamlEditError('the edit would change more than intended, so the file was left as it is');
  return edited;
}

function getIn(value: unknown, path: readonly PathSegment[]): unknown {
  let here = value;
  for (const step of path) {
    if (here === null || typeof here !== 'object' || !Object.hasOwn(here, step))
      throw new YamlEditError(`no value at ${path.join('.')}`);
    here = (here as Record<PathSegment, unknown>)[step];
  }
  return here;
}

function rangeOf(node: Node): [number, number, number] {
  if (!node.range) throw new YamlEditError('the node has no source range');
  return node.range;
}

const splice = (text: string, start: number, end: number, insert: string) =>
  text.slice(0, start) + insert + text.slice(end);

const lineStartOf = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

const columnOf = (text: string, at: number) => at - lineStartOf(text, at);

/** The index just past the end of the line that `at` is on, or `at` itself when it already starts a line. */
function lineEndAfter(text: string, at: number): number {
  if (at > 0 && text[at - 1] === '\n') return at;
  const newline = text.indexOf('\n', at);
  return newline === -1 ? text.length : newline + 1;
}

/** The position of the `-` that opens the block sequence item whose content starts at `at`. */
function dashBefore(text: string, at: number): number {
  const dash = text.lastIndexOf('-', at - 1);
  if (dash < 0 || text.slice(dash + 1, at).trim() !== '') throw new YamlEditError('no "-" before a sequence item');
  return dash;
}

/** Whether the file separates the sequence's items with blank lines. */
function gapHasBlankLine(text: string, items: readonly Node[]): boolean {
  const [first, second] = items as [Node, Node];
  return /^[ \t]*\n/.test(text.slice(rangeOf(first)[1], rangeOf(second)[0]));
}

function indentLines(block: string, indent: string): string {
  return block.replace(/^(?=.)/gm, indent);
}
