import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadOntology } from '../src/load/ontology';
import type { Ontology } from '../src/schema/ontology';
import { writeFileAtomic } from '../src/util/atomic-write';
import { datasetCounts, generateDataset } from './generate';
import { describeMachine } from './machine';
import { DEFAULTS as MEASURE_DEFAULTS, measureStage } from './measure';
import { startBenchNeo4j } from './neo4j-server';
import { checkReadmeMarkers, writeResultsIntoReadme } from './readme';
import { renderMarkdown, sizeLabel } from './report';
import { type BenchResults, type DatasetInfo, isMeasured, type StageResult } from './results';
import { measuredAt, type Stage } from './stage';
import { ALL_STAGES, STAGES, VIEWER, VIEWER_CURATED } from './stages';
import { inputBytes } from './stages/pipeline';
import { evaluateTargets } from './targets';

/** The key of the curated graph's results, which are not of a generated size. */
const CURATED_RELATIONS = 0;

/** In the viewer's sizes, the curated graph of data/: `--viewer-nodes curated` measures only that one. */
const CURATED_LABEL = 'curated';

export const SIZES: Record<string, number> = { '1k': 1e3, '10k': 1e4, '100k': 1e5, '1m': 1e6, '50k': 5e4 };

export const DEFAULTS = {
  sizes: [1e3, 1e4, 1e5, 1e6],
  /** Graph sizes, in nodes, for the viewer's first render. */
  viewerNodes: [1e4, 5e4],
  /** Measure the viewer on the curated graph of data/ too. */
  viewerCurated: true,
  outDir: 'bench',
  dataDir: 'bench/data',
  ontologyPath: 'graph-schema/ontology.yaml',
  /** Keep the results already in outDir/results.json that this run does not measure again. */
  merge: false,
  /** Only the stages whose names start with one of these (setup stages always run); all when empty. */
  stages: [] as string[],
  /** Use a dataset already generated in dataDir instead of generating it again (the generator is deterministic). */
  reuseData: false,
  /** A README to write results.md into as well, between its results markers, when the run ends; none if undefined. */
  readmePath: undefined as string | undefined,
  log: (line: string) => console.log(line),
};

/**
 * Generates each dataset, measures every stage on it in its own process, and writes results.json and results.md
 * (and the README's results, if asked).
 */
export async function runBench(options: Partial<typeof DEFAULTS> = {}): Promise<BenchResults> {
  const {
    sizes,
    viewerNodes,
    viewerCurated,
    outDir,
    dataDir,
    ontologyPath,
    merge,
    stages,
    reuseData,
    readmePath,
    log,
  } = {
    ...DEFAULTS,
    ...options,
  };
  // A README without its markers fails now, not after an hour of measuring.
  if (readmePath) await checkReadmeMarkers(readmePath);
  const chosen = STAGES.filter(
    (s) => s.setup || stages.length === 0 || stages.some((prefix) => s.name.startsWith(prefix)),
  );
  const { ontology } = await loadOntology(ontologyPath);
  if (!ontology) throw new Error(`${ontologyPath} is not a valid ontology; run npx ikg validate`);
  const datasets: DatasetInfo[] = [];
  const results: StageResult[] = [];
  const previous = merge ? await readResults(join(outDir, 'results.json')) : undefined;
  // Results of stages the bench no longer has (renamed or replaced) are not merged into the tables.
  if (previous) previous.results = previous.results.filter((r) => ALL_STAGES.some((stage) => stage.name === r.stage));
  let bench: BenchResults | undefined;
  /** Written after every stage, so a long run that is stopped keeps what it measured. */
  const save = async () => {
    bench = {
      date: new Date().toISOString(),
      machine: describeMachine(),
      heapLimitMiB: MEASURE_DEFAULTS.heapLimitMiB,
      datasets: mergeBy(previous?.datasets, datasets, (d) => String(d.relations)).sort(
        (a, b) => a.relations - b.relations,
      ),
      results: withRatios(inStageOrder(mergeBy(previous?.results, results, (r) => `${r.stage}|${r.relations}`))),
    };
    await writeFileAtomic(join(outDir, 'results.json'), `${JSON.stringify(bench, null, 2)}\n`);
    await writeFileAtomic(join(outDir, 'results.md'), markdownOf(bench));
    return bench;
  };
  const measure = async (relations: number, stages: readonly Stage[], isDataset: boolean) => {
    const dir = join(dataDir, `r${relations}`);
    const dataset = await generate(dir, relations, ontology, reuseData);
    if (isDataset) datasets.push(dataset);
    log(`${sizeLabel(relations)} relations: ${dataset.entities} entities, ${dataset.articles} articles`);
    const sized = stages.filter((stage) => measuredAt(stage, relations));
    const stopNeo4j = sized.some((stage) => stage.neo4j) ? await startBenchNeo4j(dir, log) : undefined;
    try {
      for (const stage of sized) {
        const result = await measureOn(stage, { dataDir: dir, outDir: join(dir, 'out'), ontologyPath, relations });
        if (result) results.push(result);
        log(`  ${stage.name}: ${result ? summary(result) : 'done'}`);
        await save();
      }
    } finally {
      await stopNeo4j?.();
    }
  };
  for (const relations of sizes) await measure(relations, chosen, true);
  for (const nodes of viewerNodes) await measure(relationsForNodes(nodes), [VIEWER], false);
  if (viewerCurated) {
    // The curated graph of data/ (the stage reads it from there); results keep it under 0 relations.
    const input = { dataDir: join(dataDir, 'curated'), outDir: join(dataDir, 'curated', 'out'), ontologyPath };
    const result = await measureOn(VIEWER_CURATED, { ...input, relations: CURATED_RELATIONS });
    if (result) results.push(result);
    log(`  ${VIEWER_CURATED.name}: ${result ? summary(result) : 'done'}`);
    await save();
  }
  const done = bench ?? (await save());
  if (readmePath) await writeResultsIntoReadme(readmePath, markdownOf(done));
  return done;
}

/** What results.md holds, and the README between its markers. */
function markdownOf(bench: BenchResults): string {
  return renderMarkdown(bench, evaluateTargets(bench));
}

async function generate(dir: string, relations: number, ontology: Ontology, reuse: boolean): Promise<DatasetInfo> {
  const existing = reuse ? await stat(join(dir, 'relations', 'relations.jsonl')).catch(() => undefined) : undefined;
  const counts = existing ? datasetCounts(relations) : await generateDataset(dir, relations, ontology);
  return { ...counts, bytes: await inputBytes(dir) };
}

/** One stage in its own process; undefined for a setup stage that went well. */
async function measureOn(stage: Stage, input: Parameters<Stage['prepare']>[0]): Promise<StageResult | undefined> {
  await mkdir(input.outDir, { recursive: true });
  const outcome = await measureStage(stage.name, input, stage.heapLimitMiB ? { heapLimitMiB: stage.heapLimitMiB } : {});
  await rm(input.outDir, { recursive: true, force: true });
  if (stage.setup && outcome.status === 'ok') return undefined;
  return {
    ...outcome,
    stage: stage.name,
    relations: input.relations,
    ...(stage.baseline ? { baseline: stage.baseline } : {}),
  };
}

function summary(result: StageResult): string {
  if (!isMeasured(result)) return `${result.status}: ${result.note}`;
  return `${Math.round(result.ms)} ms, peak ${Math.round(result.peakRss / 2 ** 20)} MiB`;
}

/** The generator makes one entity per 10 relations and one article per 20: 0.15 nodes per relation. */
export function relationsForNodes(nodes: number): number {
  return Math.round(nodes / 0.15);
}

async function readResults(path: string): Promise<BenchResults | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  return text ? (JSON.parse(text) as BenchResults) : undefined;
}

/** The earlier items this run did not measure again, then this run's, in their order. */
function mergeBy<T>(earlier: readonly T[] = [], now: readonly T[], key: (item: T) => string): T[] {
  const fresh = new Set(now.map(key));
  return [...earlier.filter((item) => !fresh.has(key(item))), ...now];
}

/** By dataset size, then in the order the bench runs its stages; the viewer's sizes last. */
function inStageOrder(results: readonly StageResult[]): StageResult[] {
  const rank = (result: StageResult) => ALL_STAGES.findIndex((stage) => stage.name === result.stage);
  const viewerLast = (result: StageResult) =>
    result.stage === VIEWER_CURATED.name ? 1 : result.stage === VIEWER.name ? 2 : 0;
  return [...results].sort((a, b) => viewerLast(a) - viewerLast(b) || a.relations - b.relations || rank(a) - rank(b));
}

/** Each result next to its baseline from the same run and size: time and peak memory as ratios. */
function withRatios(results: readonly StageResult[]): StageResult[] {
  return results.map((result) => {
    const baseline = results.find((r) => r.stage === result.baseline && r.relations === result.relations);
    if (!isMeasured(result) || !baseline || !isMeasured(baseline)) return result;
    return { ...result, timeRatio: result.ms / baseline.ms, memoryRatio: result.peakRss / baseline.peakRss };
  });
}

/** `--sizes 1k,10k`: sizes are 1k, 10k, 50k, 100k and 1m; `none` for no size. */
export function parseSizes(list: string): number[] {
  if (list === 'none') return [];
  return list.split(',').flatMap((label) => {
    if (label.trim().toLowerCase() === CURATED_LABEL) return [];
    const size = SIZES[label.trim().toLowerCase()];
    if (size === undefined)
      throw new Error(`unknown size "${label}"; use ${Object.keys(SIZES).join(', ')}, ${CURATED_LABEL} or none`);
    return size;
  });
}
