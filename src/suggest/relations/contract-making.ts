import type { Ontology } from '../../schema/ontology';
import { ontologyFit } from './ontology-fit';
import type { SuggestedRelation } from './relations';

const SUPPLIES = 'SUPPLIES';
const MANUFACTURES_FOR = 'MANUFACTURES_FOR';

/** SUPPLIES from an organisation the dictionary describes as a foundry is MANUFACTURES_FOR, where the ontology allows it. */
export function asContractMaking(
  relation: SuggestedRelation,
  contractMakers: ReadonlySet<string>,
  types: ReadonlyMap<string, string>,
  ontology: Ontology,
): SuggestedRelation {
  if (relation.type !== SUPPLIES || !contractMakers.has(relation.from)) return relation;
  const from = { type: types.get(relation.from) };
  const to = { type: types.get(relation.to) };
  return ontologyFit(ontology, MANUFACTURES_FOR, from, to) === 'fits'
    ? { ...relation, type: MANUFACTURES_FOR }
    : relation;
}
