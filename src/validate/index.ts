import type { Dataset } from '../load/dataset';
import { compareDiagnostics, type Diagnostic } from '../load/diagnostics';
import type { EvidenceInput } from '../schema/data';
import { checkDuplicateEntities } from './duplicate-entities';
import { checkDuplicateRelations } from './duplicate-relations';
import type { QuoteSpan } from './quote-index';
import { checkQuotes } from './quotes';
import { checkReferences } from './references';
import { checkRelationRules } from './relation-rules';
import { checkUniqueIds } from './unique-ids';

export interface ValidationResult {
  /** Every error: the dataset is valid when this is empty. */
  diagnostics: Diagnostic[];
  /**
   * Things worth a look that do not make the data invalid, such as probable duplicate entities; each has
   * `severity: 'warning'`. Kept apart from `diagnostics` so that a build with warnings still succeeds.
   */
  warnings: Diagnostic[];
  /** Where each evidence quote was found in its article. */
  spans: Map<EvidenceInput, QuoteSpan>;
}

/** Every check that needs more than one record: ids, references, duplicates, relation rules and quotes. */
export function validateDataset(dataset: Dataset): ValidationResult {
  const quotes = checkQuotes(dataset);
  const diagnostics = [
    ...checkUniqueIds(dataset.articles, 'article'),
    ...checkUniqueIds(dataset.entities, 'entity'),
    ...checkReferences(dataset),
    ...checkDuplicateRelations(dataset),
    ...checkRelationRules(dataset),
    ...quotes.diagnostics,
  ].sort(compareDiagnostics);
  const warnings = checkDuplicateEntities(dataset.entities).sort(compareDiagnostics);
  return { diagnostics, warnings, spans: quotes.spans };
}
