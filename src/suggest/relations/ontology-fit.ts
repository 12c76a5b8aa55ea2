import type { Ontology } from '../../schema/ontology';
import type { Mention } from '../mentions/mentions';

type Fit = 'fits' | 'reversed' | 'no';

/** Whether the ontology allows the pair's entity types, as given or reversed; unknown types are allowed. */
export function ontologyFit(ontology: Ontology, type: string, from: Mention, to: Mention): Fit {
  const def = ontology.relationTypes[type];
  if (!def) return 'no';
  if (allows(def.from, from) && allows(def.to, to)) return 'fits';
  return allows(def.from, to) && allows(def.to, from) ? 'reversed' : 'no';
}

const allows = (side: readonly string[], mention: Mention) => mention.type === undefined || side.includes(mention.type);

/** The entity types of either side of each relation type, made once per ontology object. */
const SIDES = new WeakMap<object, Set<string>>();

/**
 * The mentions whose type can stand on either side of the relation type: a place or a person does not take the
 * place of a company as the target of 생산 (얼티엄셀즈는 오하이오와 테네시 공장에서 GM … 셀을 생산한다).
 */
export function takingPart(mentions: readonly Mention[], def: Ontology['relationTypes'][string] | undefined) {
  if (!def) return mentions;
  let sides = SIDES.get(def);
  if (!sides) {
    sides = new Set([...def.from, ...def.to]);
    SIDES.set(def, sides);
  }
  let fitting = 0;
  for (const m of mentions) if (m.type === undefined || sides.has(m.type)) fitting++;
  if (fitting === mentions.length) return mentions;
  const parties: Mention[] = [];
  for (const m of mentions) if (m.type === undefined || sides.has(m.type)) parties.push(m);
  return parties;
}
