import type { Dataset } from '../load/dataset';
import { type Diagnostic, diagnosticAt } from '../load/diagnostics';
import type { Entity } from '../schema/data';
import { didYouMean } from './nearest';

/** Checks that entity types, relation types, entity ids and article ids are all defined, and types fit. */
export function checkReferences(dataset: Dataset): Diagnostic[] {
  const { ontology } = dataset;
  const entityTypes = Object.keys(ontology.entityTypes);
  const relationTypes = Object.keys(ontology.relationTypes);
  const entities = new Map<string, Entity>(dataset.entities.map((e) => [e.value.id, e.value]));
  const articleIds = new Set(dataset.articles.map((a) => a.value.id));
  const diagnostics: Diagnostic[] = [];

  for (const entity of dataset.entities) {
    if (!(entity.value.type in ontology.entityTypes)) {
      diagnostics.push(
        diagnosticAt(
          entity,
          ['type'],
          `unknown entity type "${entity.value.type}"`,
          `use one of: ${entityTypes.join(', ')}`,
        ),
      );
    }
  }

  for (const relation of dataset.relations) {
    const { type, evidence } = relation.value;
    const definition = ontology.relationTypes[type];
    if (!definition) {
      diagnostics.push(
        diagnosticAt(relation, ['type'], `unknown relation type "${type}"`, `use one of: ${relationTypes.join(', ')}`),
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
      } else if (definition && entity.type in ontology.entityTypes && !definition[side].includes(entity.type)) {
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
