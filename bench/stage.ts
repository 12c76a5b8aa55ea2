import type { ViewerComparison } from './viewer-figures';

/** What every stage is given: one generated dataset and a folder for its output. */
export interface StageInput {
  dataDir: string;
  outDir: string;
  ontologyPath: string;
  /** The dataset's size, in relations. */
  relations: number;
}

/** What the timed part did, for throughput: `items` of `unit`, and `bytes` read or written. */
export interface Work {
  items: number;
  /** 'bytes' when the stage's throughput is only its bytes per second. */
  unit: string;
  bytes?: number;
  /** Said beside the stage's name, e.g. the dictionary size. */
  note?: string;
  /** The viewer stages' figures: the explorer beside plain sigma. */
  viewer?: ViewerComparison;
}

export interface Stage {
  name: string;
  /** The stage this one is measured against, by name. */
  baseline?: string;
  /** Prepares later stages and is left out of the results. */
  setup?: boolean;
  /** Needs the bench's own Neo4j, which the runner starts for each dataset size (see bench/neo4j-server.ts). */
  neo4j?: boolean;
  /** Measured only on datasets of at least this many relations. */
  minRelations?: number;
  /** Measured only on datasets of at most this many relations. */
  maxRelations?: number;
  /** A heap limit other than the bench's, for setup that must not fail where the stage itself may. */
  heapLimitMiB?: number;
  /**
   * Does everything the stage needs before the clock starts (e.g. builds the graph)
   * and returns the part that is timed.
   */
  prepare(input: StageInput): Promise<() => Promise<Work>>;
}

/** Whether the stage is measured on a dataset of this many relations. */
export function measuredAt(stage: Stage, relations: number): boolean {
  return relations >= (stage.minRelations ?? 0) && relations <= (stage.maxRelations ?? Number.POSITIVE_INFINITY);
}

/** The code a stage measures does not exist (yet); the bench reports it as not measured. */
export class StageMissingError extends Error {
  override name = 'StageMissingError';
}

/** Names of the stages the targets refer to. */
export const STAGE = {
  pipeline: 'load + validate + build',
  fullPipeline: 'load + validate + build + analytics',
  suggest: 'suggest',
  viewer: 'viewer vs plain sigma',
  viewerCurated: 'viewer vs plain sigma, curated graph',
  exportOf: (format: string) => `export ${format}`,
  neo4jImport: 'neo4j-admin import of the CSV export',
  neo4jScript: 'cypher-shell -f the Cypher script',
  neo4jPush: 'ikg push',
  neo4jRepush: 'ikg push again, unchanged',
};
