import type { Dataset } from '../load/dataset';
import { type Diagnostic, diagnosticAt, type Located } from '../load/diagnostics';
import type { Relation } from '../schema/data';
import { relationTypeOf } from '../schema/ontology';

/** The identity of a relation: (from, type, to), with the ends sorted for symmetric types. */
export function relationKey(relation: Pick<Relation, 'from' | 'type' | 'to'>, symmetric: boolean): string {
  const [a, b] = symmetric && relation.to < relation.from ? [relation.to, relation.from] : [relation.from, relation.to];
  return `${a}|${relation.type}|${b}`;
}

/** Reports a (from, type, to) defined twice, naming both places. */
export function checkDuplicateRelations(dataset: Dataset): Diagnostic[] {
  const seen = new Map<string, Located<Relation>>();
  const diagnostics: Diagnostic[] = [];
  for (const relation of dataset.relations) {
    const symmetric = relationTypeOf(dataset.ontology, relation.value.type)?.symmetric ?? false;
    const key = relationKey(relation.value, symmetric);
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, relation);
      continue;
    }
    const { line } = earlier.origin.locate(earlier.path);
    const { from, type, to } = relation.value;
    diagnostics.push(
      diagnosticAt(
        relation,
        [],
        `${from} ${type} ${to} is defined twice; it is also at ${earlier.origin.file}:${line}`,
        'keep one definition and list every quote under its evidence',
      ),
    );
  }
  return diagnostics;
}
