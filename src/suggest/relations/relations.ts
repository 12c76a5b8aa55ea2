import type { Cues } from '../../schema/cues';
import type { AmountInput, RelationStatus } from '../../schema/data';
import type { Ontology } from '../../schema/ontology';
import { compileCues } from '../cues/compiled-cues';
import type { CueHit } from '../cues/cue-match';
import { implied, type Mention, span } from '../mentions/mentions';
import type { Sentence } from '../sentences/sentences';
import { isUpperLatinCode } from '../text';
import { type AdjacentRelation, adjacentRelations } from './adjacency';
import { findAmounts } from './amounts';
import { CONFIDENCE } from './confidence';
import type { CuedPair } from './cue-context';
import { cueProposals } from './cue-proposals';
import { findDate } from './dates';
import { entrustedMaking } from './entrusted-making';
import { eventParticipants } from './events';
import { withOrigins } from './groups';
import { jointProjectPartners } from './joint-projects';
import { listedAmong } from './listed-among';
import { madeForOwners } from './made-for';
import { marketPlayers } from './market-players';
import { ontologyFit } from './ontology-fit';
import { builtBy, openedAt } from './openings';
import { withoutOwnProducts } from './product-rivals';
import { renamedProducts } from './renamed-products';
import { roleNounRelations } from './role-nouns';
import { sharedOut } from './shared-out';
import { denied, deniesAll, statusFor, trueDenials } from './status';
import { predecessorsOfTopic, withPredecessors } from './succession';
import { trainedOn } from './trained-on';
import { usedGoodsSupplies } from './used-goods';

/** Where in the text a relation's evidence is: the quoted sentence and the two names, as [start, end) offsets. */
export interface RelationOffsets {
  quote: [number, number];
  from: [number, number];
  to: [number, number];
}

/** A proposed relation: the project's relation fields plus the evidence sentence and a confidence in [0, 1]. */
export interface SuggestedRelation {
  type: string;
  from: string;
  to: string;
  status: RelationStatus;
  quote: string;
  confidence: number;
  /** Offsets in the article text of the quoted sentence and of the two mentions. */
  offsets: RelationOffsets;
  date?: string;
  amount?: AmountInput;
  /** For LEADS: the person's role, from the title written next to the name. */
  role?: string;
}

/**
 * White space that is more than one space: a run of it, or a line break or tab. Replaced by a space, it
 * collapses white space as /\s+/ would, but leaves a sentence with single spaces as it is, without a copy.
 */
const LOOSE_SPACE = /\s{2,}|[^\S ]/g;

/** The relation types that carry the amount their sentence states. */
const WITH_AMOUNT = new Set(['INVESTS_IN', 'SUPPORTS']);

/** The relations that word order and role nouns state, less those the sentence denies or the ontology refuses. */
function statedByOrder(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  found: ReturnType<ReturnType<typeof compileCues>['cueWords']['match']>,
  cues: Cues,
  ontology: Ontology,
): AdjacentRelation[] {
  const compiled = compileCues(cues);
  // An implied subject is not written next to anything.
  const written = mentions.some(implied) ? mentions.filter((m) => !implied(m)) : mentions;
  let stated = adjacentRelations(text, written, compiled.titles, compiled.located);
  const attending = eventParticipants(text, sentence.start, mentions);
  if (attending.length > 0) stated = [...stated, ...attending];
  const makers = marketPlayers(text, written);
  if (makers.length > 0) stated = [...stated, ...makers];
  const opened = [...openedAt(text, sentence, written), ...builtBy(text, sentence, written)];
  if (opened.length > 0) stated = [...stated, ...opened];
  const predecessors = predecessorsOfTopic(text, sentence.start, written);
  if (predecessors.length > 0) stated = [...stated, ...predecessors];
  if (found.roles.length > 0) {
    const described = roleNounRelations(text, mentions, compiled.roleNouns);
    if (described.length > 0) stated = [...stated, ...described];
  }
  if (stated.length === 0 || deniesAll(text, found.negation)) return [];
  return stated.filter((r) => r.from.id !== r.to.id && ontologyFit(ontology, r.type, r.from, r.to) === 'fits');
}

/** The quoted sentence, with its white space collapsed, and where it lies in the text. */
function quoteOf(text: string, sentence: Sentence): { quote: string; at: [number, number] } {
  const body = text.slice(sentence.start, sentence.end);
  const lead = body.length - body.trimStart().length;
  const trail = body.length - body.trimEnd().length;
  return { quote: body.replace(LOOSE_SPACE, ' ').trim(), at: [sentence.start + lead, sentence.end - trail] };
}

/** The cue words that are not part of a name: 김[철수] holds the cue 철수, 한국[투자]증권 the cue 투자, the Public [Investment] Fund. */
function outsideNames<Found extends Record<string, CueHit[]>>(
  text: string,
  found: Found,
  mentions: readonly Mention[],
): Found {
  for (const part of Object.keys(found) as (keyof Found)[]) {
    const hits = found[part] as CueHit[];
    if (hits.some((hit) => inName(text, hit, mentions)))
      found[part] = hits.filter((hit) => !inName(text, hit, mentions)) as Found[keyof Found];
  }
  return found;
}

function inName(text: string, hit: CueHit, mentions: readonly Mention[]): boolean {
  for (const m of mentions) if (hit.at < m.end && m.start < hit.end) return true;
  return !hit.korean && inProperName(text, hit, mentions);
}

/** The rest of an English word, then the next word on the line when it is capitalised and no function word: [ Forum]. */
const CAPITALISED_NEXT = /[\w'’-]*[^\S\n]+(?!(?:In|On|At|To|For|From|By|With|And|Or|Of|The|A|An|As)\b)[A-Z]/y;

/** An English cue written with a capital inside the name of something not known: the Public [Investment] Fund. */
function inProperName(text: string, hit: CueHit, mentions: readonly Mention[]): boolean {
  if (!isUpperLatinCode(text.charCodeAt(hit.at))) return false;
  CAPITALISED_NEXT.lastIndex = hit.end;
  if (!CAPITALISED_NEXT.test(text)) return false;
  // A known name next to it is no such name: "Microsoft Invests In Mistral".
  const next = CAPITALISED_NEXT.lastIndex - 1;
  return !mentions.some((m) => m.start === next);
}

/** A proposal of developing by the maker that a cue of making for another names, from that cue. */
const sameMaking = (p: CuedPair, made: CuedPair) =>
  p.cue.label === 'DEVELOPS' && p.from.id === made.from.id && p.cue.at >= made.cue.at && p.cue.at < made.cue.end;

/** Two proposals between the same two names, either way round. */
const samePair = (p: CuedPair, q: CuedPair) =>
  (p.from.id === q.from.id && p.to.id === q.to.id) || (p.from.id === q.to.id && p.to.id === q.from.id);

/** A proposal between the two names of a making, the other way round. */
const makingTurnedRound = (p: CuedPair, made: CuedPair) =>
  p.from.id === made.to.id && p.to.id === made.from.id && MAKING_TYPES.has(p.cue.label);
const MAKING_TYPES = new Set(['MANUFACTURES_FOR', 'SUPPLIES', 'DEVELOPS']);

/** The relations the sentence text[start, end) suggests: per cue, the directed pairs that the ontology allows. */
export function relationsInSentence(
  text: string,
  sentence: Sentence,
  all: readonly Mention[],
  cues: Cues,
  ontology: Ontology,
): SuggestedRelation[] {
  const compiled = compileCues(cues);
  const mentions = withOrigins(text, all);
  const found = outsideNames(text, compiled.cueWords.match(text, sentence), mentions);
  found.negation = trueDenials(text, found.negation);
  const adjacent = statedByOrder(text, sentence, mentions, found, cues, ontology);
  let kept: CuedPair[] =
    found.relations.length > 0
      ? withoutOwnProducts(
          text,
          cueProposals(text, sentence, mentions, adjacent, found, compiled, ontology),
          adjacent,
          mentions,
        )
      : [];
  if (!deniesAll(text, found.negation)) {
    for (const joint of found.projects.length > 0 ? jointProjectPartners(text, found.projects, mentions, ontology) : [])
      if (!denied(text, joint.cue, found.negation)) kept.push(joint);
    const used = usedGoodsSupplies(text, sentence, mentions, compiled, ontology);
    // "Nvidia's chips, which Google buys": goods bought are supply, no ownership of their maker.
    if (used.length > 0)
      kept = [...kept.filter((p) => !(p.cue.label === 'OWNS' && used.some((u) => samePair(p, u)))), ...used];
    kept.push(...renamedProducts(text, sentence, mentions, ontology));
    kept.push(...trainedOn(text, sentence, mentions, ontology));
    kept.push(...listedAmong(text, sentence, mentions, compiled.roleNouns, ontology));
    const entrusted = entrustedMaking(text, mentions, ontology);
    // "MS는 … TSMC의 5나노 공정으로 생산한다": the maker makes for the owner, not the owner for the maker.
    if (entrusted.length > 0)
      kept = [...kept.filter((p) => !entrusted.some((e) => makingTurnedRound(p, e))), ...entrusted];
    kept.push(...sharedOut(text, kept, mentions));
    const madeFor = madeForOwners(text, sentence, mentions, compiled, ontology);
    // "Nvidia's H100 … is made by TSMC": the maker makes it for its owner, and develops nothing.
    if (madeFor.length > 0) kept = [...kept.filter((p) => !madeFor.some((m) => sameMaking(p, m))), ...madeFor];
  }
  if (kept.length === 0 && adjacent.length === 0) return [];
  const { quote, at } = quoteOf(text, sentence);
  // 한국금융연구원 원장을 지냈다: a title that a verb of the same relation says is past.
  const pastByVerb = (type: string, from: Mention, to: Mention) =>
    kept.some(
      (p) =>
        p.cue.label === type &&
        p.from.id === from.id &&
        p.to.id === to.id &&
        statusFor(p.cue, found.status, text, sentence, cues) === 'ended',
    );
  // Word order states a standing fact: a title or a home, with the fallback status unless the title is past or to come.
  const relations: SuggestedRelation[] = adjacent.map(({ type, from, to, role, ended, coming, basis }) => ({
    type,
    from: from.id,
    to: to.id,
    status: ended || pastByVerb(type, from, to) ? 'ended' : coming ? 'announced' : cues.status.fallback,
    quote,
    confidence: CONFIDENCE[basis],
    offsets: { quote: at, from: span(from), to: span(to) },
    role,
  }));
  if (kept.length === 0) return withPredecessors(text, mentions, relations);
  const body = text.slice(sentence.start, sentence.end);
  const date = findDate(body);
  const amount = kept.some(({ cue }) => WITH_AMOUNT.has(cue.label)) ? findAmounts(body)[0] : undefined;
  for (const { cue, from, to, confidence } of kept) {
    relations.push({
      type: cue.label,
      from: from.id,
      to: to.id,
      status: statusFor(cue, found.status, text, sentence, cues),
      quote,
      confidence,
      offsets: { quote: at, from: span(from), to: span(to) },
      date,
      amount: WITH_AMOUNT.has(cue.label) ? amount : undefined,
    });
  }
  return withPredecessors(text, mentions, relations);
}
