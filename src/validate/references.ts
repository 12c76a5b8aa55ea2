import type { Dataset } from '../load/dataset';
import { type Diagnostic, diagnosticAt } from '../load/diagnostics';
import type { Entity } from '../schema/data';
import { isEntityType, relationTypeOf } from '../schema/ontology';
import { didYouMean, nearest } from './nearest';

/**
 * Checks that entity types, relation types, entity ids and article ids are all defined, and types fit.
 * Names from the data are looked up as own keys or in Maps, never as plain object keys, so that a type named
 * "constructor" or "__proto__" is unknown like any other.
 */
export function checkReferences(dataset: Dataset): Diagnostic[] {
  const { ontology } = dataset;
  const entityTypes = Object.keys(ontology.entityTypes);
  const relationTypes = Object.keys(ontology.relationTypes);
  const entities = new Map<string, Entity>(dataset.entities.map((e) => [e.value.id, e.value]));
  const articleIds = new Set(dataset.articles.map((a) => a.value.id));
  const diagnostics: Diagnostic[] = [];

  for (const entity of dataset.entities) {
    const { type } = entity.value;
    if (!isEntityType(ontology, type)) {
      diagnostics.push(diagnosticAt(entity, ['type'], `unknown entity type "${type}"`, useOneOf(type, entityTypes)));
    }
  }

  for (const relation of dataset.relations) {
    const { type, evidence } = relation.value;
    const definition = relationTypeOf(ontology, type);
    if (!definition) {
      diagnostics.push(
        diagnosticAt(relation, ['type'], `unknown relation type "${type}"`, useOneOf(type, relationTypes)),
      );
    }
    for (const side of ['from', 'to'] as const) {
      const id = relation.value[side];
      const entity = entities.get(id);
      if (!entity) {
        diagnostics.push(
          diagnosticAt(
            relation,
            [side],
            `unknown entity "${id}"`,
            `${didYouMean(id, entities.keys())} Define it in entities/ first.`,
          ),
        );
      } else if (definition && isEntityType(ontology, entity.type) && !definition[side].includes(entity.type)) {
        diagnostics.push(
          diagnosticAt(
            relation,
            [side],
            `${type} cannot have a ${entity.type} ("${id}") as its ${side === 'from' ? 'source' : 'target'}`,
            `${type} allows ${side}: ${definition[side].join(', ')}`,
          ),
        );
      }
    }
    evidence.forEach((item, index) => {
      if (!articleIds.has(item.article)) {
        diagnostics.push(
          diagnosticAt(
            relation,
            ['evidence', index, 'article'],
            `unknown article "${item.article}"`,
            `${didYouMean(item.article, articleIds)} Articles are defined in articles/.`,
          ),
        );
      }
    });
  }
  return diagnostics;
}

function useOneOf(unknown: string, known: readonly string[]): string {
  const close = nearest(unknown, known, 1);
  return `${close.length > 0 ? `did you mean "${close[0]}"? ` : ''}use one of: ${known.join(', ')}`;
}
