import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { KnowledgeGraph } from '../../src/graph/types';
import { compileGraph } from '../../src/pipeline/compile-graph';
import { loadOptionsFor, MINI } from '../helpers/fixture';

export const PYTHON = '/usr/bin/python3';

export function miniGraph(): Promise<KnowledgeGraph> {
  return compileGraph(loadOptionsFor(MINI));
}

export interface NetworkxSummary {
  nodes: number;
  edges: number;
  nodeData: Record<string, Record<string, unknown>>;
  edgeData: Record<string, { source: string; target: string; data: Record<string, unknown> }>;
}

/** Fails loudly, never skips, when Debian's networkx is missing. */
export function assertNetworkx(): void {
  const probe = spawnSync(PYTHON, ['-c', 'import networkx'], { encoding: 'utf8' });
  if (probe.status !== 0)
    throw new Error(
      `${PYTHON} cannot import networkx: install it with \`apt-get install python3-networkx\`\n${probe.stderr}`,
    );
}

/** Reads an export with networkx, the independent reader. */
export function readWithNetworkx(format: string, path: string): NetworkxSummary {
  const result = spawnSync(PYTHON, [join(import.meta.dirname, 'read_with_networkx.py'), format, path], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`networkx could not read ${path}:\n${result.stderr}`);
  return JSON.parse(result.stdout) as NetworkxSummary;
}
