import type { Dataset } from '../load/dataset';
import { compareDiagnostics, type Diagnostic } from '../load/diagnostics';
import type { EvidenceInput } from '../schema/data';
import { checkDuplicateRelations } from './duplicate-relations';
import type { QuoteSpan } from './quote-index';
import { checkQuotes } from './quotes';
import { checkReferences } from './references';
import { checkUniqueIds } from './unique-ids';

export interface ValidationResult {
  diagnostics: Diagnostic[];
  /** Where each evidence quote was found in its article. */
  spans: Map<EvidenceInput, QuoteSpan>;
}

/** Every check that needs more than one record: ids, references, duplicates and quotes. */
export function validateDataset(dataset: Dataset): ValidationResult {
  const quotes = checkQuotes(dataset);
  const diagnostics = [
    ...checkUniqueIds(dataset.articles, 'article'),
    ...checkUniqueIds(dataset.entities, 'entity'),
    ...checkReferences(dataset),
    ...checkDuplicateRelations(dataset),
    ...quotes.diagnostics,
  ].sort(compareDiagnostics);
  return { diagnostics, spans: quotes.spans };
}
