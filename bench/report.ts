import type { BenchResults, DatasetInfo, StageResult } from './results';
import { STAGE } from './stage';

const MiB = 2 ** 20;
const HEADER = '| stage | time | throughput | peak RSS | baseline | time × | memory × |';
const SEPARATOR = '|---|--:|--:|--:|---|--:|--:|';

/** The results as markdown: the machine, one table per dataset size, then the targets. */
export function renderMarkdown(results: BenchResults, targets: readonly string[]): string {
  const { machine } = results;
  const lines = [
    `Measured ${results.date.slice(0, 10)} on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGiB} GiB), ${machine.os}, Node ${machine.node}; every stage in its own process with a ${results.heapLimitMiB} MiB heap.`,
    '',
  ];
  for (const dataset of results.datasets) {
    lines.push(`### ${sizeLabel(dataset.relations)} relations`, '', datasetLine(dataset), '');
    lines.push(HEADER, SEPARATOR);
    const rows = results.results.filter((r) => r.relations === dataset.relations && r.stage !== STAGE.viewer);
    lines.push(...rows.map(row), '');
  }
  const viewer = results.results.filter((r) => r.stage === STAGE.viewer);
  if (viewer.length > 0) {
    lines.push(
      `### ${STAGE.viewer}`,
      '',
      'Headless Chromium (SwiftShader, no GPU), from opening the page to the first frame.',
      '',
    );
    lines.push(HEADER, SEPARATOR, ...viewer.map(row), '');
  }
  lines.push('### Targets', '', ...targets.map((target) => `- ${target}`), '');
  return lines.join('\n');
}

export function sizeLabel(relations: number): string {
  if (relations >= 1e6 && relations % 1e6 === 0) return `${relations / 1e6}M`;
  if (relations >= 1e3 && relations % 1e3 === 0) return `${relations / 1e3}k`;
  return String(relations);
}

function datasetLine(dataset: DatasetInfo): string {
  const count = (n: number) => n.toLocaleString('en-US');
  return `${count(dataset.relations)} relations, ${count(dataset.entities)} entities, ${count(dataset.articles)} articles; ${(dataset.bytes / 1e6).toFixed(1)} MB of JSON Lines.`;
}

function row(result: StageResult): string {
  if (result.status !== 'ok') {
    const what = result.status === 'missing' ? 'not measured' : 'failed';
    return `| ${result.stage} | ${what}: ${result.note} | | | | | |`;
  }
  const seconds = result.ms / 1000;
  const rates = [
    ...(result.unit === 'bytes' ? [] : [`${compact(result.items / seconds)} ${result.unit}/s`]),
    ...(result.bytes === undefined ? [] : [`${(result.bytes / 1e6 / seconds).toFixed(1)} MB/s`]),
  ];
  const ratio = (value: number | undefined) => (value === undefined ? '' : `${value.toFixed(2)}`);
  return `| ${name(result)} | ${formatMs(result.ms)} | ${rates.join(', ')} | ${Math.round(result.peakRss / MiB)} MiB | ${result.baseline ?? ''} | ${ratio(result.timeRatio)} | ${ratio(result.memoryRatio)} |`;
}

function name(result: StageResult): string {
  return result.note ? `${result.stage} (${result.note})` : result.stage;
}

function formatMs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

function compact(value: number): string {
  return new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
