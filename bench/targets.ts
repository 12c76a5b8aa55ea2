import { sizeLabel } from './report';
import { isMeasured, type StageResult } from './results';
import { STAGE } from './stage';

const MB = 1e6;

/** Each target of issue 6, met or missed, with the figure that says so. */
export function evaluateTargets(results: readonly StageResult[]): string[] {
  const at = (stage: string, relations: number) => results.find((r) => r.stage === stage && r.relations === relations);
  return [heapTarget(at), pipelineTarget(at), ...gexfTargets(results), suggestTarget(results)];
}

type Lookup = (stage: string, relations: number) => StageResult | undefined;

function heapTarget(at: Lookup): string {
  const what = 'At 1M relations, build and export to JSON, CSV, GEXF and GraphML within a 4 GiB heap';
  const stages = [STAGE.pipeline, ...['json', 'csv', 'gexf', 'graphml'].map(STAGE.exportOf)];
  const outcomes = stages.map((stage) => ({ stage, result: at(stage, 1e6) }));
  if (outcomes.every(({ result }) => result === undefined)) return `${what}: not measured in this run.`;
  const short = outcomes.filter(({ result }) => result?.status !== 'ok');
  if (short.length === 0) return `${what}: **met**.`;
  const why = short.map(({ stage, result }) => `${stage} ${result ? `${result.status}: ${result.note}` : 'not run'}`);
  return `${what}: **missed** (${why.join('; ')}).`;
}

function pipelineTarget(at: Lookup): string {
  const what = 'The full pipeline within 3× its baseline at 100k relations';
  const result = at(STAGE.pipeline, 1e5);
  if (result?.timeRatio === undefined) return `${what}: not measured in this run.`;
  const full = at(STAGE.fullPipeline, 1e5)?.timeRatio;
  const figure = `load + validate + build ${result.timeRatio.toFixed(2)}× JSON.parse + graphology import${full === undefined ? '' : `; ${full.toFixed(2)}× with analytics`}`;
  return `${what}: **${result.timeRatio <= 3 ? 'met' : 'missed'}** (${figure}).`;
}

function gexfTargets(results: readonly StageResult[]): string[] {
  const what = 'GEXF export faster than graphology-gexf, with less peak memory';
  const gexf = results.filter((r) => r.stage === STAGE.exportOf('gexf'));
  if (!gexf.some(isMeasured)) return [`${what}: not measured${gexf[0] ? ` (${gexf[0].note})` : ''}.`];
  return gexf.map((r) => {
    const size = sizeLabel(r.relations);
    if (r.timeRatio === undefined || r.memoryRatio === undefined) {
      return `${what}, ${size}: no comparison (${r.status === 'ok' ? 'the baseline did not run' : r.note}).`;
    }
    const met = r.timeRatio < 1 && r.memoryRatio < 1;
    return `${what}, ${size}: **${met ? 'met' : 'missed'}** (time ${r.timeRatio.toFixed(2)}×, peak memory ${r.memoryRatio.toFixed(2)}× graphology-gexf).`;
  });
}

function suggestTarget(results: readonly StageResult[]): string {
  const what = 'Suggest at 5 MB/s or more';
  const runs = results.filter((r) => r.stage === STAGE.suggest);
  const ok = runs.filter(isMeasured);
  if (ok.length === 0) return `${what}: not measured${runs[0]?.status === 'missing' ? ` (${runs[0].note})` : ''}.`;
  const rates = ok.map((r) => `${((r.bytes ?? 0) / MB / (r.ms / 1000)).toFixed(1)} MB/s at ${sizeLabel(r.relations)}`);
  const met = ok.every((r) => (r.bytes ?? 0) / MB / (r.ms / 1000) >= 5);
  return `${what}: **${met ? 'met' : 'missed'}** (${rates.join(', ')}).`;
}
