import type { Ontology } from '../../schema/ontology';
import { isOrganisation, type Mention } from '../mentions/mentions';
import type { Sentence } from '../sentences/sentences';
import { possessiveAt } from '../text';
import { CONFIDENCE } from './confidence';
import type { CuedPair } from './cue-context';
import { ontologyFit } from './ontology-fit';

const MANUFACTURES_FOR = 'MANUFACTURES_FOR';

/** Right before the maker: a participle of making and "by", maybe with the maker's origin ("made by Taiwan's "). */
const MADE_BY =
  /\b(?:made|built|manufactured|produced|fabricated|assembled)\s+(?:(?:for\s+(?:it|them)|in\s+[A-Z][\w-]*)\s+)?by\s+(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+)?$/;
/** Right before the maker: a verb of relying on it or choosing it ("has relied on ", "picked "). */
const RELIED_ON =
  /\b(?:(?:relies|relied|rely|relying|depends|depended|depend|depending|turned|turns|turn|turning)\s+on|(?:chose|chosen|picked|tapped|selected|hired))\s+$/;
/** Right after the maker chosen: what it is chosen to do ("to make its iPhone processors"). */
const TO_MAKE = /^\s+to\s+(?:make|manufacture|produce|fabricate|assemble|build)\b/;
/** Between the owner and the cue, what sets the maker apart from another: "rather than", "instead of", "not". */
const CONTRAST = /\b(?:rather\s+than|instead\s+of|not)\b/;

/**
 * English: what one organisation is said to have another make for it. "Nvidia's current flagship … is made by
 * Taiwan's TSMC", "Google unveiled … a Tensor processor made by TSMC", "Apple, which has relied on TSMC to make its
 * iPhone processors": the maker manufactures for the owner, the possessor of what is made or the sentence's subject.
 */
export function madeForOwners(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  ontology: Ontology,
): CuedPair[] {
  if (!ontology.relationTypes[MANUFACTURES_FOR]) return [];
  const found: CuedPair[] = [];
  for (const maker of mentions) {
    if (!isOrganisation(maker)) continue;
    const before = text.slice(Math.max(sentence.start, maker.start - 60), maker.start);
    const made = MADE_BY.exec(before);
    const chosen = made ? null : RELIED_ON.exec(before);
    if (!made && !(chosen && TO_MAKE.test(text.slice(maker.end, maker.end + 24)))) continue;
    const cueAt = maker.start - before.length + ((made ?? chosen)?.index ?? 0);
    const owner = ownerBefore(text, sentence, mentions, maker, cueAt);
    if (!owner || ontologyFit(ontology, MANUFACTURES_FOR, maker, owner) !== 'fits') continue;
    found.push({
      cue: { label: MANUFACTURES_FOR, at: cueAt, end: maker.start, korean: false },
      from: maker,
      to: owner,
      confidence: CONFIDENCE.cue + CONFIDENCE.marked,
    });
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
