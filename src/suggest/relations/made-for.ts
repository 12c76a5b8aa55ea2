import type { Ontology } from '../../schema/ontology';
import type { CompiledCues } from '../cues/compiled-cues';
import { isOrganisation, type Mention } from '../mentions/mentions';
import type { Sentence } from '../sentences/sentences';
import { NEGATED_BEFORE_EN, possessiveAt } from '../text';
import { CONFIDENCE } from './confidence';
import { type CuedPair, statedPair } from './cue-context';
import { englishSubjectsBefore, groupEndingAt, groupFrom } from './groups';
import { ontologyFit } from './ontology-fit';

const MANUFACTURES_FOR = 'MANUFACTURES_FOR';

/**
 * Right before the maker: a participle of making and "by", maybe with the owner it is made for ("made for Nvidia by ")
 * and the maker's origin ("made by Taiwan's ").
 */
const MADE_BY =
  /\b(?:made|built|manufactured|produced|fabricated|assembled)\s+(?:(?:for\s+(?:it|them)|(?<owner>for\s+[A-Z][\w.&-]*(?:,?\s+(?:and\s+)?[A-Z][\w.&-]*){0,3})|in\s+[A-Z][\w-]*)\s+)?by\s+(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+)?$/;
/** Right before the maker: a verb of relying on it or choosing it ("has relied on ", "picked "). */
const RELIED_ON =
  /\b(?:(?:relies|relied|rely|relying|depends|depended|depend|depending|turned|turns|turn|turning)\s+on|(?:chose|chosen|picked|tapped|selected|hired))\s+$/;
/** Right after the maker chosen, maybe past its place: what it is chosen to do ("[ in Taiwan] to make its processors"). */
const TO_MAKE = /^(?:\s+in\s+[A-Z][\w-]*)?\s+to\s+(?:make|manufacture|produce|fabricate|assemble|build)\b/;
/** Between the owner and the cue, what sets the maker apart from another: "rather than", "instead of", "not". */
const CONTRAST = /\b(?:rather\s+than|instead\s+of|not)\b/;

/** An English verb of making and up to four words before the goods it makes: [makes AI ]accelerators. */
const MAKING_THEN =
  /\b(?:makes|make|made|making|manufactures|manufactured|manufacturing|produces|produced|producing)\s+(?:[\w-]+\s+){0,3}$/i;
/** Right before the owner: "for". */
const FOR_BEFORE = /\s+for\s+$/;
/** "for" as a word, which every making for an owner named after it contains. */
const FOR_WORD = /\sfor\s/;
/** After the goods an owner possesses, their object marking and an adnominal verb of making: 애플의 칩[을 만드는 ]TSMC. */
const MADE_ADNOMINAL = /^(?:을|를)\s+(?:[^\s,.]+\s+)?(?:만드는|만든|생산하는|생산한|제조하는|제조한)\s+$/;

/**
 * English: what one organisation is said to have another make for it. "Nvidia's current flagship … is made by
 * Taiwan's TSMC", "Google unveiled … a Tensor processor made by TSMC", "Apple, which has relied on TSMC to make its
 * iPhone processors": the maker manufactures for the owner, the possessor of what is made or the sentence's subject.
 */
export function madeForOwners(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  compiled: CompiledCues,
  ontology: Ontology,
): CuedPair[] {
  if (!ontology.relationTypes[MANUFACTURES_FOR]) return [];
  const found: CuedPair[] = [
    ...goodsMadeFor(text, sentence, mentions, compiled, ontology),
    ...ownersGoodsMade(text, mentions, compiled, ontology),
  ];
  for (const maker of mentions) {
    if (!isOrganisation(maker)) continue;
    const before = text.slice(Math.max(sentence.start, maker.start - 60), maker.start);
    const made = MADE_BY.exec(before);
    const chosen = made ? null : RELIED_ON.exec(before);
    if (!made && !(chosen && TO_MAKE.test(text.slice(maker.end, maker.end + 40)))) continue;
    const cueAt = maker.start - before.length + ((made ?? chosen)?.index ?? 0);
    const named = made?.groups?.owner;
    const owner = named
      ? mentions.find((m) => m.start > cueAt && m.end <= maker.start && isOrganisation(m))
      : ownerBefore(text, sentence, mentions, maker, cueAt);
    if (!owner) continue;
    // "Both AMD and Nvidia rely on TSMC", "made for Nvidia and AMD by TSMC": each owner listed as the subject or after "for".
    const owners = (chosen || named) && !possessiveAt(text, owner.end) ? groupFrom(mentions, owner, text) : [owner];
    for (const listed of owners) {
      if (listed.end > maker.start || ontologyFit(ontology, MANUFACTURES_FOR, maker, listed) !== 'fits') continue;
      found.push({
        cue: { label: MANUFACTURES_FOR, at: cueAt, end: maker.start, korean: false },
        from: maker,
        to: listed,
        confidence: CONFIDENCE.cue + CONFIDENCE.marked,
      });
    }
  }
  return found;
}

/** The owner: the nearest organisation before the cue written as a possessor, else the sentence's first one. */
function ownerBefore(text: string, sentence: Sentence, mentions: readonly Mention[], maker: Mention, cueAt: number) {
  const before = mentions.filter(
    (m) => m.end <= cueAt && m.start >= sentence.start && m.id !== maker.id && isOrganisation(m),
  );
  const owner =
    before.findLast((m) => possessiveAt(text, m.end)) ??
    (before[0] && before[0] === mentions.find((m) => m.start >= sentence.start) ? before[0] : undefined);
  return owner && !CONTRAST.test(text.slice(owner.end, cueAt)) ? owner : undefined;
}

/** "TSMC also makes AI accelerators for Nvidia and AMD": the subject makes the goods for each name after "for". */
function goodsMadeFor(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  compiled: CompiledCues,
  ontology: Ontology,
) {
  const found: CuedPair[] = [];
  if (!FOR_WORD.test(text.slice(sentence.start, sentence.end))) return found;
  for (const owner of mentions) {
    if (!isOrganisation(owner)) continue;
    const before = Math.max(sentence.start, owner.start - 60);
    const head = text.slice(before, owner.start);
    const goods = FOR_BEFORE.test(head) ? head.replace(/for\s+$/, '') : undefined;
    const verb =
      goods && compiled.located.goodsAtEnd.test(goods) ? MAKING_THEN.exec(goods.replace(/\S+\s+$/, '')) : null;
    if (!verb) continue;
    const at = before + verb.index;
    if (NEGATED_BEFORE_EN.test(text.slice(Math.max(sentence.start, at - 24), at))) continue;
    // "producing chips for Nvidia's rival AMD": a possessor of another organisation is no owner (but "Apple's iPhones").
    const owners = groupFrom(mentions, owner, text).filter((m) => !possessesOrganisation(text, mentions, m));
    for (const maker of englishSubjectsBefore(text, sentence, mentions, owner, at))
      for (const listed of owners) found.push(...statedPair(ontology, MANUFACTURES_FOR, maker, listed, at, false));
  }
  return found;
}

/** 엔비디아와 애플의 칩을 만드는 TSMC: the maker an adnominal verb of making describes makes for the goods' owners. */
function ownersGoodsMade(text: string, mentions: readonly Mention[], compiled: CompiledCues, ontology: Ontology) {
  const found: CuedPair[] = [];
  const { makersGoods } = compiled.located;
  for (const owner of mentions) {
    if (!isOrganisation(owner) || owner.particle !== '의') continue;
    makersGoods.lastIndex = owner.end;
    if (!makersGoods.test(text)) continue;
    const maker = mentions.find((m) => m.start >= makersGoods.lastIndex && isOrganisation(m));
    if (!maker || !MADE_ADNOMINAL.test(text.slice(makersGoods.lastIndex, maker.originStart ?? maker.start))) continue;
    for (const listed of groupEndingAt(mentions, owner, text))
      found.push(...statedPair(ontology, MANUFACTURES_FOR, maker, listed, makersGoods.lastIndex, true));
  }
  return found;
}

/** Whether an English possessor names another organisation right after it: "Nvidia's rival AMD". */
const possessesOrganisation = (text: string, mentions: readonly Mention[], m: Mention) =>
  possessiveAt(text, m.end) && mentions.some((o) => o.start > m.end && o.start - m.end <= 24 && isOrganisation(o));
