import { type MetricsOptions, networkMetrics } from '../analytics/metrics';
import { buildGraph } from '../graph/build-graph';
import type { KnowledgeGraph } from '../graph/types';
import { type Dataset, type LoadOptions, loadDataset } from '../load/dataset';
import { compareDiagnostics, type Diagnostic } from '../load/diagnostics';
import { ValidationError } from '../load/errors';
import type { EvidenceInput } from '../schema/data';
import { validateDataset } from '../validate';
import type { QuoteSpan } from '../validate/quote-index';

export interface CheckResult {
  /** Every problem found, in file order; empty when the data is valid. */
  diagnostics: Diagnostic[];
  /** Probable mistakes that do not stop a build, such as two entities with the same name. */
  warnings: Diagnostic[];
  dataset?: Dataset;
  spans?: Map<EvidenceInput, QuoteSpan>;
}

/** Loads and validates everything, collecting all problems instead of stopping at the first. */
export async function checkData(options: LoadOptions): Promise<CheckResult> {
  const loaded = await loadDataset(options);
  if (!loaded.dataset) return { ...loaded, warnings: [] };
  const validation = validateDataset(loaded.dataset);
  return {
    dataset: loaded.dataset,
    spans: validation.spans,
    diagnostics: [...loaded.diagnostics, ...validation.diagnostics].sort(compareDiagnostics),
    warnings: validation.warnings,
  };
}

export interface CompileOptions extends LoadOptions {
  /** Options of the analytics stage (degree, PageRank, betweenness, communities), or false to skip it. */
  analytics?: Partial<MetricsOptions> | false;
  /** Told which metrics were skipped because the graph is above their size threshold. */
  onSkippedMetrics?: (metrics: string[]) => void;
  /** Told the warnings of a dataset that builds. */
  onWarnings?: (warnings: Diagnostic[]) => void;
}

/** Loads, validates and builds the graph, with analytics by default; throws a ValidationError listing every problem. */
export async function compileGraph(options: CompileOptions): Promise<KnowledgeGraph> {
  const { dataset, spans, diagnostics, warnings } = await checkData(options);
  if (!dataset || !spans || diagnostics.length > 0)
    throw new ValidationError([...diagnostics, ...warnings].sort(compareDiagnostics));
  if (warnings.length > 0) options.onWarnings?.(warnings);
  const graph = buildGraph(dataset, spans);
  if (options.analytics !== false) {
    const { skipped } = networkMetrics.assign(graph, options.analytics);
    if (skipped.length > 0) options.onSkippedMetrics?.(skipped);
  }
  return graph;
}
