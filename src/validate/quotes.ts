import type { Dataset } from '../load/dataset';
import { type Diagnostic, diagnosticAt } from '../load/diagnostics';
import type { EvidenceInput } from '../schema/data';
import { QuoteIndex, type QuoteSpan } from './quote-index';

/** Finds every evidence quote in its article; reports those not found with the closest passage. */
export function checkQuotes(dataset: Dataset): { diagnostics: Diagnostic[]; spans: Map<EvidenceInput, QuoteSpan> } {
  const index = new QuoteIndex(new Map(dataset.articles.map((a) => [a.value.id, a.value.body])));
  const spans = new Map<EvidenceInput, QuoteSpan>();
  const diagnostics: Diagnostic[] = [];
  for (const relation of dataset.relations) {
    relation.value.evidence.forEach((item, position) => {
      if (!index.has(item.article)) return;
      const span = index.find(item.article, item.quote);
      if (span) {
        spans.set(item, span);
        return;
      }
      const closest = index.closestPassage(item.article, item.quote);
      diagnostics.push(
        diagnosticAt(
          relation,
          ['evidence', position, 'quote'],
          `quote not found in article "${item.article}"`,
          `copy the words exactly from the article; the closest passage is: "${closest}"`,
        ),
      );
    });
  }
  return { diagnostics, spans };
}
