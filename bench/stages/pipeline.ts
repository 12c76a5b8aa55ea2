import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { networkMetrics } from '../../src/analytics/metrics';
import { graphStats } from '../../src/analytics/stats';
import { buildGraph } from '../../src/graph/build-graph';
import type { KnowledgeGraph } from '../../src/graph/types';
import { type Dataset, loadDataset } from '../../src/load/dataset';
import { ValidationError } from '../../src/load/errors';
import { compileGraph } from '../../src/pipeline/compile-graph';
import { validateDataset } from '../../src/validate';
import { readGraphCache, writeGraphCache } from '../graph-cache';
import { STAGE, type Stage, type StageInput, type Work } from '../stage';

/** The bytes of JSON Lines a dataset holds. */
export async function inputBytes(dataDir: string): Promise<number> {
  const files = ['entities/entities.jsonl', 'articles/articles.jsonl', 'relations/relations.jsonl'];
  const sizes = await Promise.all(files.map(async (file) => (await stat(join(dataDir, file))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}

async function load(input: StageInput): Promise<Dataset> {
  const { dataset, diagnostics } = await loadDataset(input);
  if (!dataset || diagnostics.length > 0) throw new ValidationError(diagnostics);
  return dataset;
}

const GRAPH_CACHE = 'graph.cache.jsonl';

/**
 * The graph every later stage starts from, built by the real pipeline (analytics is measured on its own);
 * read back from the cache CACHE_GRAPH wrote when there is one.
 */
export async function compiledGraph(input: StageInput): Promise<KnowledgeGraph> {
  const cache = join(input.dataDir, GRAPH_CACHE);
  if (await stat(cache).catch(() => undefined)) return readGraphCache(cache);
  return compileWithoutAnalytics(input);
}

function compileWithoutAnalytics(input: StageInput): Promise<KnowledgeGraph> {
  return compileGraph({ ...input, analytics: false });
}

/** Bench setup, not a measurement: builds the graph once and caches it for the stages after it. */
export const CACHE_GRAPH: Stage = {
  name: 'setup: cache the built graph',
  setup: true,
  heapLimitMiB: 16_384,
  async prepare(input) {
    const cache = join(input.dataDir, GRAPH_CACHE);
    const graph = (await stat(cache).catch(() => undefined)) ? undefined : await compileWithoutAnalytics(input);
    return async () => {
      if (graph) await writeGraphCache(graph, cache);
      return relations(input);
    };
  },
};

export const BASELINE_BUILD = 'baseline: JSON.parse + graphology import';

const relations = (input: StageInput, bytes?: number): Work => ({ items: input.relations, unit: 'relations', bytes });

/** A stage that reads the whole dataset: its throughput is relations and bytes of JSON Lines per second. */
export function readsInput(name: string, read: (input: StageInput) => Promise<unknown>, baseline?: string): Stage {
  return {
    name,
    ...(baseline ? { baseline } : {}),
    async prepare(input) {
      const bytes = await inputBytes(input.dataDir);
      return async () => {
        await read(input);
        return relations(input, bytes);
      };
    },
  };
}

export const LOAD = readsInput('load', load);

export const VALIDATE: Stage = {
  name: 'validate',
  async prepare(input) {
    const dataset = await load(input);
    return async () => {
      const { diagnostics } = validateDataset(dataset);
      if (diagnostics.length > 0) throw new ValidationError(diagnostics);
      return relations(input);
    };
  },
};

export const BUILD: Stage = {
  name: 'build',
  async prepare(input) {
    const dataset = await load(input);
    const { spans } = validateDataset(dataset);
    return async () => {
      buildGraph(dataset, spans);
      return relations(input);
    };
  },
};

/** Load, validate and build together, through `compileGraph` without analytics: what the baseline also does. */
export const PIPELINE = readsInput(STAGE.pipeline, compileWithoutAnalytics, BASELINE_BUILD);

/** What `ikg build` computes before it writes: `compileGraph` with its default analytics. */
export const FULL_PIPELINE = readsInput(STAGE.fullPipeline, compileGraph, BASELINE_BUILD);

export const ANALYTICS: Stage = {
  name: 'analytics',
  async prepare(input) {
    const graph = await compiledGraph(input);
    return async () => {
      networkMetrics.assign(graph);
      graphStats(graph);
      return relations(input);
    };
  },
};
