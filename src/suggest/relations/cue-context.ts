import type { Ontology } from '../../schema/ontology';
import type { CueHit } from '../cues/cue-match';
import type { Mention } from '../mentions/mentions';
import { CONFIDENCE } from './confidence';
import { ontologyFit } from './ontology-fit';

/** What direction finding needs to know about the cue and the sentence. */
export interface CueContext {
  cue: CueHit;
  /** Every relation cue of the sentence: an argument belongs to the first cue after it. */
  cues: readonly CueHit[];
  /** The text the sentence is in: the cue's and the mentions' offsets are offsets in it. */
  text: string;
  symmetric: boolean;
  /** "by"/"from" right before a name: the name is the giver. */
  passive: RegExp;
  /** A Korean verb of receiving after the cue. */
  reversed: boolean;
  /** A Korean passive ending right after the cue (인수됐다): the marked other party acted. */
  passiveVoice: boolean;
  /** A verb of appointment (선임, 임명): the person it acts on takes the office. */
  appointing: boolean;
  /** Nouns of a contract (계약, 협약): a 과/와 partner before one is the counterparty, not a co-actor. */
  contract: RegExp;
  /** The ontology, which tells which pairs the cue's relation type allows. */
  ontology: Ontology;
  /** A Korean adnominal ending and space, the whole gap between a cue and the name it describes. */
  adnominal: RegExp;
  /** The gap from a home noun to the name that holds it: 본사[를 둔 스포츠웨어 업체 ]데상트. */
  homeHeld: RegExp;
  /** The gap from a cue to what a verb of building joined to it describes: 투자해 용인에 조성 중인 '…. */
  builtWith: RegExp;
}

/** The types whose winner of an order supplies or makes for the party it is won from. */
export const SUPPLY_OR_MAKING: ReadonlySet<string> = new Set(['SUPPLIES', 'MANUFACTURES_FOR']);

/** A directed pair that a cue states, with its confidence. */
export interface CuedPair {
  cue: CueHit;
  from: Mention;
  to: Mention;
  confidence: number;
}

/**
 * The pair that a construction's words state between two names, its cue two characters where they start (SK하이닉스의
 * HBM[을] 쓰고); none when the names are one or the ontology refuses the pair.
 */
export function statedPair(
  ontology: Ontology,
  label: string,
  from: Mention,
  to: Mention,
  at: number,
  korean: boolean,
): CuedPair[] {
  if (from.id === to.id || ontologyFit(ontology, label, from, to) !== 'fits') return [];
  return [{ cue: { label, at, end: at + 2, korean }, from, to, confidence: CONFIDENCE.cue + CONFIDENCE.marked }];
}
