import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_END, RESULTS_START } from '../../bench/readme';
import type { BenchResults } from '../../bench/results';
import { runBench } from '../../bench/run';
import { measuredAt } from '../../bench/stage';
import { STAGES, VIEWER, VIEWER_CURATED } from '../../bench/stages';
import { ONTOLOGY } from '../helpers/fixture';

/** The 1k run end to end, every stage in its own process; no timed assertions. */
describe('npm run bench (1k smoke run)', () => {
  let dir: string;
  let results: BenchResults;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ikg-bench-'));
    await writeFile(join(dir, 'README.md'), `# Bench\n\n${RESULTS_START}\n${RESULTS_END}\n`);
    results = await runBench({
      sizes: [1000],
      viewerNodes: [150],
      outDir: dir,
      dataDir: join(dir, 'data'),
      ontologyPath: ONTOLOGY,
      readmePath: join(dir, 'README.md'),
      log: () => {},
    });
  }, 600_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('measures every stage meant for 1k relations once, and none fails', () => {
    const measured = STAGES.filter((stage) => !stage.setup && measuredAt(stage, 1000)).map((stage) => stage.name);
    expect(measured.length).toBeGreaterThan(15);
    expect(results.results.map((result) => result.stage)).toEqual([...measured, VIEWER_CURATED.name, VIEWER.name]);
    const failed = results.results.filter((result) => result.status === 'failed');
    expect(failed).toEqual([]);
  });

  it('runs load, validation, build and their baseline on a generated dataset that validates', () => {
    const core = ['load', 'validate', 'build', 'load + validate + build', 'baseline: JSON.parse + graphology import'];
    for (const name of core) {
      const result = results.results.find((r) => r.stage === name);
      expect(result, name).toMatchObject({ status: 'ok', relations: 1000, unit: 'relations', items: 1000 });
      if (result?.status === 'ok') expect(result.peakRss).toBeGreaterThan(result.startRss / 2);
    }
    expect(results.datasets).toEqual([expect.objectContaining({ relations: 1000, entities: 100, articles: 50 })]);
  });

  it('sets each measured stage beside its measured baseline', () => {
    for (const result of results.results.filter((r) => r.baseline && r.status === 'ok')) {
      const baseline = results.results.find((r) => r.stage === result.baseline);
      if (baseline?.status !== 'ok') continue;
      expect(result.timeRatio, result.stage).toBeGreaterThan(0);
      expect(result.memoryRatio, result.stage).toBeGreaterThan(0);
    }
    const pipeline = results.results.find((r) => r.stage === 'load + validate + build');
    expect(pipeline?.timeRatio).toBeGreaterThan(0);
  });

  it('measures the explorer beside plain sigma in headless Chromium, on a generated and on the curated graph', () => {
    const viewer = results.results.find((r) => r.stage === VIEWER.name);
    expect(viewer).toMatchObject({ status: 'ok', items: 150, unit: 'nodes', relations: 1000 });
    const curated = results.results.find((r) => r.stage === VIEWER_CURATED.name);
    expect(curated).toMatchObject({ status: 'ok', unit: 'nodes', relations: 0 });
    for (const result of [viewer, curated]) {
      const figures = result?.status === 'ok' ? result.viewer : undefined;
      expect(figures?.rounds).toBeGreaterThan(2);
      for (const page of [figures?.explorer, figures?.floor]) {
        expect(page?.firstFrameMs.min).toBeGreaterThan(0);
        expect(page?.firstFrameMs.median).toBeGreaterThanOrEqual(page?.firstFrameMs.min ?? 0);
        expect(page?.heapBytes.median).toBeGreaterThan(0);
        expect(page?.hoverJsMs.median).toBeGreaterThan(0);
        expect(page?.hoverDrawnMs.median).toBeGreaterThanOrEqual(page?.hoverJsMs.median ?? 0);
      }
    }
  });

  it('writes results.json and a markdown table with the machine and the targets', async () => {
    const written = JSON.parse(await readFile(join(dir, 'results.json'), 'utf8'));
    expect(written).toEqual(JSON.parse(JSON.stringify(results)));
    const markdown = await readFile(join(dir, 'results.md'), 'utf8');
    expect(markdown).toContain(results.machine.cpu);
    expect(markdown).toContain('### 1k relations');
    const firstCells = markdown
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) => line.split('|')[1]?.trim() ?? '');
    for (const { stage } of results.results)
      expect(
        firstCells.some((cell) => cell.startsWith(stage)),
        stage,
      ).toBe(true);
    expect(markdown).toMatch(/### Targets\n\n- At 1M relations.*not measured in this run/);
  });

  it('writes the same markdown into the README it is given, between the markers', async () => {
    const markdown = await readFile(join(dir, 'results.md'), 'utf8');
    const readme = await readFile(join(dir, 'README.md'), 'utf8');
    expect(readme).toBe(`# Bench\n\n${RESULTS_START}\n\n${markdown.trim()}\n\n${RESULTS_END}\n`);
  });
});
