import { type Dataset, type LoadOptions, loadDataset } from '../load/dataset';
import type { Diagnostic } from '../load/diagnostics';
import { ValidationError } from '../load/errors';
import type { EvidenceInput } from '../schema/data';
import { validateDataset } from '../validate';
import type { QuoteSpan } from '../validate/quote-index';
import { buildGraph } from './graph';
import type { KnowledgeGraph } from './types';

export interface CheckResult {
  /** Every problem found, in file order; empty when the data is valid. */
  diagnostics: Diagnostic[];
  dataset?: Dataset;
  spans?: Map<EvidenceInput, QuoteSpan>;
}

/** Loads and validates everything, collecting all problems instead of stopping at the first. */
export async function checkData(options: LoadOptions): Promise<CheckResult> {
  const loaded = await loadDataset(options);
  if (!loaded.dataset) return loaded;
  const validation = validateDataset(loaded.dataset);
  return {
    dataset: loaded.dataset,
    spans: validation.spans,
    diagnostics: [...loaded.diagnostics, ...validation.diagnostics],
  };
}

/** Loads, validates and builds the graph; throws a ValidationError listing every problem. */
export async function compileGraph(options: LoadOptions): Promise<KnowledgeGraph> {
  const { dataset, spans, diagnostics } = await checkData(options);
  if (!dataset || !spans || diagnostics.length > 0) throw new ValidationError(diagnostics);
  return buildGraph(dataset, spans);
}
