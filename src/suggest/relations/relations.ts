import type { Cues } from '../../schema/cues';
import type { AmountInput, RelationStatus } from '../../schema/data';
import type { Ontology } from '../../schema/ontology';
import { compileCues } from '../cues/compiled-cues';
import type { CueHit } from '../cues/cue-match';
import type { Mention } from '../mentions/mentions';
import type { Sentence } from '../sentences/sentences';
import { adjacentRelations } from './adjacency';
import { findAmounts } from './amounts';
import { findDate } from './dates';
import { type Pair, pairsForCue } from './direction';

/** A proposed relation: the project's relation fields plus the evidence sentence and a confidence in [0, 1]. */
export interface SuggestedRelation {
  type: string;
  from: string;
  to: string;
  status: RelationStatus;
  quote: string;
  confidence: number;
  date?: string;
  amount?: AmountInput;
  /** For LEADS: the person's role, from the title written next to the name. */
  role?: string;
}

export const CONFIDENCE = { base: 0.45, marked: 0.25, cueBetween: 0.1, reversed: -0.15, adjacent: 0.75 } as const;

/**
 * White space that is more than one space: a run of it, or a line break or tab. Replaced by a space, it
 * collapses white space as /\s+/ would, but leaves a sentence with single spaces as it is, without a copy.
 */
const LOOSE_SPACE = /\s{2,}|[^\S ]/g;

/** The relation types that carry the amount their sentence states. */
const WITH_AMOUNT = new Set(['INVESTS_IN', 'SUPPORTS']);

/** How far after a cue (in characters) a Korean verb of receiving still turns it round. */
const REVERSING_WINDOW = 15;

type Fit = 'fits' | 'reversed' | 'no';

/** Whether the ontology allows the pair's entity types, as given or reversed; unknown types are allowed. */
function ontologyFit(ontology: Ontology, type: string, from: Mention, to: Mention): Fit {
  const def = ontology.relationTypes[type];
  if (!def) return 'no';
  const allows = (side: string[], mention: Mention) => mention.type === undefined || side.includes(mention.type);
  if (allows(def.from, from) && allows(def.to, to)) return 'fits';
  return allows(def.from, to) && allows(def.to, from) ? 'reversed' : 'no';
}

/**
 * The mentions whose type can stand on either side of the relation type: a place or a person does not take the
 * place of a company as the target of 생산 (얼티엄셀즈는 오하이오와 테네시 공장에서 GM … 셀을 생산한다).
 */
function takingPart(mentions: readonly Mention[], def: Ontology['relationTypes'][string] | undefined) {
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

/** The entity types of either side of each relation type, made once per ontology object. */
const SIDES = new WeakMap<object, Set<string>>();

interface Proposal {
  cue: CueHit;
  from: Mention;
  to: Mention;
  confidence: number;
}

/** Whether the cue sits between the two names. */
const cueBetween = (at: number, from: Mention, to: Mention) =>
  Math.min(from.start, to.start) < at && at < Math.max(from.start, to.start);
const isBetween = ({ cue, from, to }: Proposal) => cueBetween(cue.at, from, to);
const samePair = (a: Proposal, b: Proposal) =>
  (a.from.id === b.from.id && a.to.id === b.to.id) || (a.from.id === b.to.id && a.to.id === b.from.id);

/**
 * One predicate per pair: Korean is verb-final, so a cue after both names outranks a cue between them;
 * in English the first cue between the names is the verb, and later ones between them modify the object.
 */
function governing(proposals: readonly Proposal[]): Proposal[] {
  return proposals.filter((p) => {
    if (!isBetween(p)) return true;
    const rivals = proposals.filter((q) => q !== p && samePair(p, q));
    if (p.cue.korean) return !rivals.some((q) => q.cue.at > Math.max(q.from.end, q.to.end));
    return !rivals.some((q) => isBetween(q) && q.cue.at < p.cue.at);
  });
}

function score(pair: Pair, cueAt: number, reversed: boolean): number {
  const value =
    CONFIDENCE.base +
    (pair.marked ? CONFIDENCE.marked : 0) +
    (cueBetween(cueAt, pair.from, pair.to) ? CONFIDENCE.cueBetween : 0) +
    (reversed ? CONFIDENCE.reversed : 0);
  return Math.round(Math.min(0.95, Math.max(0.05, value)) * 100) / 100;
}

/** The status a sentence's modality cues suggest: the first label in `order` with a cue present, else the fallback. */
function statusOf(statusCues: readonly CueHit[], cues: Cues): RelationStatus {
  return cues.status.order.find((label) => statusCues.some((hit) => hit.label === label)) ?? cues.status.fallback;
}

/** The relations the sentence text[start, end) suggests: per cue, the directed pairs that the ontology allows. */
export function relationsInSentence(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  cues: Cues,
  ontology: Ontology,
): SuggestedRelation[] {
  const { cueWords, passive, adnominal, titles, located } = compileCues(cues);
  const found = cueWords.match(text, sentence);
  const proposals: Proposal[] = [];
  for (const cue of found.relations) {
    const symmetric = ontology.relationTypes[cue.label]?.symmetric ?? false;
    const reversed = found.reversing.some((r) => r.at >= cue.at && r.at - cue.end <= REVERSING_WINDOW);
    const parties = takingPart(mentions, ontology.relationTypes[cue.label]);
    for (const pair of pairsForCue(parties, { cue, text, symmetric, passive, reversed, adnominal })) {
      const verdict = ontologyFit(ontology, cue.label, pair.from, pair.to);
      if (verdict === 'no' || pair.from.id === pair.to.id) continue;
      const turned = verdict === 'reversed';
      const from = turned ? pair.to : pair.from;
      const to = turned ? pair.from : pair.to;
      proposals.push({ cue, from, to, confidence: score(pair, cue.at, turned) });
    }
  }
  const kept = governing(proposals);
  let adjacent = adjacentRelations(text, mentions, titles, located);
  if (adjacent.length > 0) {
    adjacent = adjacent.filter((r) => r.from.id !== r.to.id && ontologyFit(ontology, r.type, r.from, r.to) === 'fits');
  }
  if (kept.length === 0 && adjacent.length === 0) return [];
  const body = text.slice(sentence.start, sentence.end);
  const quote = body.replace(LOOSE_SPACE, ' ').trim();
  // Word order states a standing fact: a title or a home, with the fallback status, whatever the verb says.
  const relations: SuggestedRelation[] = adjacent.map(({ type, from, to, role }) => ({
    type,
    from: from.id,
    to: to.id,
    status: cues.status.fallback,
    quote,
    confidence: CONFIDENCE.adjacent,
    role,
  }));
  if (kept.length === 0) return relations;
  const status = statusOf(found.status, cues);
  const date = findDate(body);
  const amount = kept.some(({ cue }) => WITH_AMOUNT.has(cue.label)) ? findAmounts(body)[0] : undefined;
  for (const { cue, from, to, confidence } of kept) {
    const type = cue.label;
    relations.push({
      type,
      from: from.id,
      to: to.id,
      status,
      quote,
      confidence,
      date,
      amount: WITH_AMOUNT.has(type) ? amount : undefined,
    });
  }
  return relations;
}
