import { writeFileSync } from 'node:fs';
import { peakRss, resetPeakRss, trackPeakHeap } from './memory';
import type { StageOutcome } from './results';
import { StageMissingError } from './stage';
import { ALL_STAGES } from './stages';

/** Runs one stage in this process and writes its outcome as JSON: argv is stage, result file, then the input. */
async function main(): Promise<void> {
  const [name, resultPath, dataDir, outDir, ontologyPath, relations] = process.argv.slice(2) as string[] as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const stage = ALL_STAGES.find((candidate) => candidate.name === name);
  let outcome: StageOutcome;
  try {
    if (!stage) throw new Error(`unknown stage "${name}"`);
    const timed = await stage.prepare({ dataDir, outDir, ontologyPath, relations: Number(relations) });
    globalThis.gc?.();
    const startRss = process.memoryUsage().rss;
    const exact = resetPeakRss();
    const heapPeak = trackPeakHeap();
    const started = performance.now();
    const work = await timed();
    const ms = performance.now() - started;
    outcome = {
      status: 'ok',
      ms,
      ...work,
      peakRss: peakRss(),
      peakHeap: heapPeak(),
      startRss,
      ...(exact ? {} : { note: 'peak includes setup' }),
    };
  } catch (error) {
    const { name: kind, message } = error as Error;
    outcome =
      error instanceof StageMissingError
        ? { status: 'missing', note: message }
        : { status: 'failed', note: `${kind}: ${message.split('\n')[0]}` };
  }
  writeFileSync(resultPath, JSON.stringify(outcome));
}

await main();
// A stage may leave a server or a browser open; the outcome is written, so end here.
process.exit(0);
