import { type Alignment, markdownTable } from './markdown-table';
import type { BenchResults, DatasetInfo, StageResult } from './results';
import { STAGE } from './stage';
import { medianRatio, type PageFigures } from './viewer-figures';

const MiB = 2 ** 20;
const HEADER = ['stage', 'time', 'throughput', 'peak RSS', 'peak heap', 'baseline', 'time ×', 'memory ×'];
const ALIGNMENTS: Alignment[] = ['left', 'right', 'right', 'right', 'right', 'left', 'right', 'right'];

/** A table of results; why a stage failed or was not measured follows it, as the reason is often long. */
function table(results: readonly StageResult[]): string[] {
  const reasons = results.flatMap((r) => (r.status === 'ok' ? [] : [`- ${r.stage}: ${outcomeOf(r)} (${r.note}).`]));
  return [...markdownTable(HEADER, ALIGNMENTS, results.map(cells)), ...(reasons.length > 0 ? ['', ...reasons] : [])];
}

const outcomeOf = (result: StageResult) => (result.status === 'missing' ? 'not measured' : result.status);

/** The results as markdown: the machine, one table per dataset size, then the targets. */
export function renderMarkdown(results: BenchResults, targets: readonly string[]): string {
  const { machine } = results;
  const lines = [
    `Measured ${results.date.slice(0, 10)} on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGiB} GiB), ${machine.os}, Node ${machine.node}; every stage in its own process with a ${results.heapLimitMiB} MiB heap.`,
    '',
  ];
  for (const dataset of results.datasets) {
    lines.push(`### ${sizeLabel(dataset.relations)} relations`, '', datasetLine(dataset), '');
    const rows = results.results.filter((r) => r.relations === dataset.relations && !isViewerStage(r.stage));
    lines.push(...table(rows), '');
  }
  const viewer = results.results.filter((r) => isViewerStage(r.stage));
  if (viewer.length > 0) lines.push(...viewerSection(viewer), '');
  lines.push('### Targets', '', ...targets.map((target) => `- ${target}`), '');
  return lines.join('\n');
}

const isViewerStage = (stage: string) => stage === STAGE.viewer || stage === STAGE.viewerCurated;

const VIEWER_HEADER = [
  'graph',
  'page',
  'first frame, min / median',
  'heap, median',
  'hover JS, median',
  'hover drawn, median',
];
const VIEWER_ALIGNMENTS: Alignment[] = ['left', 'left', 'right', 'right', 'right', 'right'];

/** The explorer beside plain sigma on each graph, and their ratios; stages that did not run are listed after. */
function viewerSection(results: readonly StageResult[]): string[] {
  const rows = results.flatMap((result) => {
    if (result.status !== 'ok' || !result.viewer) return [];
    const v = result.viewer;
    const page = (name: string, p: PageFigures) => [
      name,
      `${formatMs(p.firstFrameMs.min)} / ${formatMs(p.firstFrameMs.median)}`,
      formatMiB(p.heapBytes.median),
      formatMs(p.hoverJsMs.median),
      formatMs(p.hoverDrawnMs.median),
    ];
    const ratio = (key: keyof PageFigures) => medianRatio(v, key).toFixed(2);
    const minRatio = (v.explorer.firstFrameMs.min / v.floor.firstFrameMs.min).toFixed(2);
    return [
      [name(result), ...page('explorer', v.explorer)],
      ['', ...page('plain sigma (hover: its example)', v.floor)],
      [
        '',
        'explorer ÷ sigma',
        `${minRatio} / ${ratio('firstFrameMs')}`,
        ratio('heapBytes'),
        ratio('hoverJsMs'),
        ratio('hoverDrawnMs'),
      ],
    ];
  });
  const reasons = results.flatMap((r) => (r.status === 'ok' ? [] : [`- ${r.stage}: ${outcomeOf(r)} (${r.note}).`]));
  return [
    `### ${STAGE.viewer}`,
    '',
    "Headless Chromium (SwiftShader, no GPU), 1280×800. Each round loads the explorer and the floor page (the same site graph.json, only what the explorer draws by default, in plain `new Sigma(graph, container)` with default settings; bench/floor) in fresh browser contexts, in alternating order. First frame: from `page.goto` until the first frame is drawn (WebGL finished). Heap: live JS heap after a full collection at that point. Hover: one node of high degree, after the pointer has rested on an empty spot; on the floor page with sigma's hover-highlight example (reducers); JS is from the `mousemove` to the end of the next frame's JavaScript, drawn until that frame is drawn. Ratios are of the medians (first frame: of the minimums, then of the medians).",
    '',
    ...markdownTable(VIEWER_HEADER, VIEWER_ALIGNMENTS, rows),
    ...(reasons.length > 0 ? ['', ...reasons] : []),
  ];
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

function cells(result: StageResult): string[] {
  if (result.status !== 'ok') return [result.stage, outcomeOf(result)];
  const seconds = result.ms / 1000;
  const rates = [
    ...(result.unit === 'bytes' ? [] : [`${compact(result.items / seconds)} ${result.unit}/s`]),
    ...(result.bytes === undefined ? [] : [`${(result.bytes / 1e6 / seconds).toFixed(1)} MB/s`]),
  ];
  const ratio = (value: number | undefined) => (value === undefined ? '' : value.toFixed(2));
  return [
    name(result),
    formatMs(result.ms),
    rates.join(', '),
    formatMiB(result.peakRss),
    result.peakHeap === undefined ? '' : formatMiB(result.peakHeap),
    result.baseline ?? '',
    ratio(result.timeRatio),
    ratio(result.memoryRatio),
  ];
}

export function formatMiB(bytes: number): string {
  return `${Math.round(bytes / MiB)} MiB`;
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
