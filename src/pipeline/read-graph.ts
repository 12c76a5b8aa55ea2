import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { z } from 'zod';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../graph/types';
import { InputFileError } from '../load/errors';
import { displayPath } from '../load/paths';
import { readInputText } from '../load/read-input';
import { SerializedGraphSchema } from '../schema/graph';
import { UserError } from '../util/user-error';
import { type CompileOptions, compileGraph } from './compile-graph';

/** A graph file is missing, unreadable, or is not a graph.json written by `ikg build`. */
export class GraphFileError extends UserError {
  override name = 'GraphFileError';
}

/** graph.json is read as one JSON document; V8 cannot hold a much longer string. */
export const MAX_GRAPH_BYTES = 512 * 2 ** 20;

const REBUILD =
  'rebuild it with `ikg build` (or `ikg export --format json`), or build from the data by leaving out --graph';

/** How many of a graph file's problems the error lists. */
const SHOWN_PROBLEMS = 5;

/**
 * Reads a graph.json written by `ikg build` or `ikg export --format json`. The file is read by read-input.ts and
 * checked against SerializedGraphSchema (src/schema/graph.ts) before graphology imports it, so a foreign,
 * truncated or hand-edited file is a GraphFileError saying what is wrong and where (as a JSON path).
 */
export async function readGraph(path: string, maxBytes = MAX_GRAPH_BYTES): Promise<KnowledgeGraph> {
  const shown = displayPath(path);
  const text = await readInputText(path, {
    maxBytes,
    what: 'graph file',
    missingHint: 'run `ikg build` first, or check the path given to --graph',
    notAFileHint: 'pass --graph with the path of a graph.json written by `ikg build`',
    tooLargeHint: 'build from the data instead (leave out --graph), or export from a smaller dataset',
  }).catch((error: unknown) => {
    if (!(error instanceof InputFileError)) throw error;
    const at = error.position ? ` (line ${error.position.line}, col ${error.position.col})` : '';
    throw new GraphFileError(`cannot read ${shown}: it ${error.reason}${at}`, error.hint, { cause: error });
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GraphFileError(`${shown} is not JSON (is it truncated?): ${(error as Error).message}`, REBUILD, {
      cause: error,
    });
  }
  const result = SerializedGraphSchema.safeParse(data);
  if (!result.success) throw new GraphFileError(describeProblems(shown, result.error), REBUILD);
  try {
    return MultiDirectedGraph.from(
      data as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>,
    ) as KnowledgeGraph;
  } catch (error) {
    throw new GraphFileError(`${shown} is not a graph.json: ${(error as Error).message}`, REBUILD, { cause: error });
  }
}

function describeProblems(shown: string, error: z.ZodError): string {
  const issues = error.issues;
  const listed = issues.slice(0, SHOWN_PROBLEMS).map((issue) => `  ${jsonPath(issue.path)}: ${messageOf(issue)}`);
  const more = issues.length > SHOWN_PROBLEMS ? [`  … and ${issues.length - SHOWN_PROBLEMS} more`] : [];
  const count = `${issues.length} problem${issues.length === 1 ? '' : 's'}`;
  return [`${shown} is not a graph.json written by ikg build (${count}):`, ...listed, ...more].join('\n');
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message))
    return `missing (expected ${issue.expected})`;
  return issue.message;
}

/** A zod issue path as a JSON path: $.edges[3].attributes.evidence[0].end */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    const name = String(segment);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${text}.${name}` : `${text}[${JSON.stringify(name)}]`;
  }, '$');
}

/** The graph from a graph.json when `graph` is given, else built in-process from the data. */
export function loadGraph(options: CompileOptions & { graph?: string }): Promise<KnowledgeGraph> {
  return options.graph ? readGraph(options.graph) : compileGraph(options);
}
