import { MENTIONS } from '../graph/types';
import { ENTITY_TYPE_NAME, type Ontology, RELATION_TYPE_NAME } from '../schema/ontology';
import { UserError } from '../util/user-error';

/** A label or relationship type that is not a declared, safe ontology name: it must never reach query text. */
export class UnsafeNameError extends UserError {
  override name = 'UnsafeNameError';
}

export const ENTITY_LABEL = 'Entity';
export const ARTICLE_LABEL = 'Article';

/** The entity type as a Cypher label, only if the ontology declares it and it matches the strict pattern. */
export function entityLabel(type: string, ontology: Ontology): string {
  return checked(type, ENTITY_TYPE_NAME, Object.hasOwn(ontology.entityTypes, type), 'entity type');
}

/** The relation type as a Cypher relationship type, under the same rules (MENTIONS is built in). */
export function relationshipType(type: string, ontology: Ontology): string {
  const declared = type === MENTIONS || Object.hasOwn(ontology.relationTypes, type);
  return checked(type, RELATION_TYPE_NAME, declared, 'relation type');
}

function checked(name: string, pattern: RegExp, declared: boolean, what: string): string {
  if (!declared || !pattern.test(name))
    throw new UnsafeNameError(
      `${what} ${JSON.stringify(name)} is not a declared ontology name of the form ${pattern.source}`,
      'declare the type in graph-schema/ontology.yaml, then rebuild',
    );
  return name;
}
