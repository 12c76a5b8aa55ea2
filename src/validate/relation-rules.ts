import type { Dataset } from '../load/dataset';
import { type Diagnostic, diagnosticAt } from '../load/diagnostics';
import { isRelationType } from '../schema/ontology';
import { normalizeForMatch } from './quote-index';

/** The only relation type that may carry a `role` (the role of a person who leads an organisation). */
export const ROLE_RELATION_TYPE = 'LEADS';

/**
 * Rules on a relation's own fields that the schema alone cannot state:
 * an amount's text must appear in one of the relation's quotes (with the tolerance quotes are matched with:
 * runs of white space and Unicode normalization), and only LEADS relations have a role.
 */
export function checkRelationRules(dataset: Dataset): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const relation of dataset.relations) {
    const { type, from, to, role, amount, evidence } = relation.value;
    if (role !== undefined && type !== ROLE_RELATION_TYPE && isRelationType(dataset.ontology, type)) {
      diagnostics.push(
        diagnosticAt(
          relation,
          ['role'],
          `role is only allowed on ${ROLE_RELATION_TYPE} relations, not on ${type}`,
          `remove "role: ${role}", or, if the quote says that ${from} leads ${to}, make it a ${ROLE_RELATION_TYPE} relation from a Person`,
        ),
      );
    }
    if (amount) {
      const text = normalizeForMatch(amount.text).text.trim();
      const quoted = evidence.some((item) => normalizeForMatch(item.quote).text.includes(text));
      if (text !== '' && !quoted) {
        const quotes = evidence.map((item) => `"${item.quote}"`).join(', ');
        diagnostics.push(
          diagnosticAt(
            relation,
            ['amount', 'text'],
            `the amount "${amount.text}" is not in any of the relation's quotes`,
            `write the amount exactly as a quote has it, or add the quote that states it as evidence; the quotes are: ${quotes}`,
          ),
        );
      }
    }
  }
  return diagnostics;
}
