import type { Work } from './stage';

/** How one stage went in its own process. */
export type StageOutcome =
  | (Work & {
      status: 'ok';
      ms: number;
      /** Highest RSS while the timed part ran, and the RSS when it started (the setup's live data), in bytes. */
      peakRss: number;
      startRss: number;
      /** Most V8 heap in use while the timed part ran, in bytes: what the heap limit bounds. */
      peakHeap?: number;
      note?: string;
    })
  | { status: 'missing' | 'failed'; note: string };

export type StageResult = StageOutcome & {
  stage: string;
  relations: number;
  baseline?: string;
  /** Time and peak memory relative to the baseline, when both ran. */
  timeRatio?: number;
  memoryRatio?: number;
};

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
}

export interface DatasetInfo {
  relations: number;
  entities: number;
  articles: number;
  bytes: number;
}

export interface BenchResults {
  date: string;
  machine: Machine;
  heapLimitMiB: number;
  datasets: DatasetInfo[];
  results: StageResult[];
}

export type MeasuredResult = Extract<StageResult, { status: 'ok' }>;

export function isMeasured(result: StageResult): result is MeasuredResult {
  return result.status === 'ok';
}
