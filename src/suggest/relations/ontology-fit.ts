import type { Ontology } from '../../schema/ontology';
import type { Mention } from '../mentions/mentions';

type Fit = 'fits' | 'reversed' | 'no';
type Typed = Pick<Mention, 'type'>;

/** Whether the ontology allows the pair's entity types, as given or reversed; unknown types are allowed. */
export function ontologyFit(ontology: Ontology, type: string, from: Typed, to: Typed): Fit {
  const def = ontology.relationTypes[type];
  if (!def) return 'no';
  if (allows(def.from, from) && allows(def.to, to)) return 'fits';
  return allows(def.from, to) && allows(def.to, from) ? 'reversed' : 'no';
}

const allows = (side: readonly string[], { type }: Typed) => type === undefined || side.includes(type);

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

/** The acts a country's government does in its name: founding, partnering, investing, supporting, regulating. */
const GOVERNMENT_ACTS = new Set(['FOUNDED', 'PARTNERS_WITH', 'INVESTS_IN', 'SUPPORTS', 'REGULATES']);

/** Between a possessor's 의 and the cue noun it owns, at most two words: 미국의 [전폭적인 ]지원. */
const POSSESSED_ACT = /^(?:\([^)]*\))?의\s+(?:[^\s,.]+\s+){0,2}$/;

/**
 * A country marked as the subject of an act that governments do stands for its government: 일본은 라피더스를
 * 설립했다, 미국과 일본은 협력을 강화했다. So does the possessor of the act's noun (미국과 EU의 전폭적인 지원), and a partner
 * (과/와) of a symmetric type that is not coordinated with the next name (미국과 일본 정부의 협력); a country in any other
 * slot stays a place (일본에 투자했다).
 */
export function actingGovernments(
  text: string,
  mentions: readonly Mention[],
  cue: { label: string; at: number },
  ontology: Ontology,
): readonly Mention[] {
  if (!GOVERNMENT_ACTS.has(cue.label) || !mentions.some((m) => m.government)) return mentions;
  const symmetric = ontology.relationTypes[cue.label]?.symmetric ?? false;
  // 미국과 일본 정부의 협력: the possessors of a symmetric act are its parties, no one else's partners.
  const possessor = (m: Mention) => !symmetric && m.particle === '의' && POSSESSED_ACT.test(text.slice(m.end, cue.at));
  // A government itself acts where a country would: it may close the list (미국과 유럽연합의 지원).
  const acting = (m: Mention, next: Mention | undefined): boolean => {
    if (m.government === undefined) return m.type === 'Government' && possessor(m);
    if (m.role === 'subject' || possessor(m)) return true;
    if (m.role !== 'with') return false;
    const coordinated = next !== undefined && /^\s*$/.test(text.slice(m.end + (m.particle?.length ?? 0), next.start));
    return coordinated ? acting(next, undefined) : symmetric;
  };
  return mentions.map((m, i) =>
    m.government !== undefined && acting(m, mentions[i + 1]) ? { ...m, id: m.government, type: 'Government' } : m,
  );
}
