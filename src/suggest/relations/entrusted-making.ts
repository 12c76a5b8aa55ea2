import type { Ontology } from '../../schema/ontology';
import { isOrganisation, type Mention } from '../mentions/mentions';
import { CONFIDENCE } from './confidence';
import type { CuedPair } from './cue-context';
import { subjectsBefore } from './groups';
import { adnominalVerb, deniedVerb, describedByVerb } from './korean-clauses';
import { ontologyFit } from './ontology-fit';

const MANUFACTURES_FOR = 'MANUFACTURES_FOR';

/** After a maker marked 에, what is made and a verb of entrusting it: TSMC[에 칩 생산을 맡기는], TSMC[에 맡기기로]. */
const ENTRUSTED_TO = /^(?:에게|에)\s+(?:[^\s,.]+\s+){0,2}?(?:맡기|맡겨|맡긴|맡겼|맡길|위탁하|위탁해|위탁했|위탁한)/;
/** After a maker, its process and a verb of making with it: TSMC[의 5나노 공정으로 생산한다], 삼성전자[ 파운드리의 … 공정으로]. */
const MADE_ON_PROCESS =
  /^(?:\s+파운드리(?:사업부)?)?(?:의)?\s+(?:[^\s,.]+\s+){0,2}?공정(?:으로|에서)\s+(?:[^\s,.]+\s+)?(?:생산|만들|만드|양산|제조|위탁)/;
/** After a verb of making, an adnominal ending (생산[한 ]칩, 만든 칩보다) or a negation (생산하[지 않기로]): no act of the owner. */
const NOT_OWNERS_ACT = /^[가-힣]*?(?:(?:한|된|든|는)\s|지\s*(?:않|못|말))/;
/** What is made, marked as the object of entrusting, before the maker or between it and the verb: [칩 생산을 ]TSMC에. */
const MADE_OBJECT =
  /(?:생산|제조|양산|칩|물량|다이|패키징|(?<![A-Za-z])(?:AP|GPU|CPU))(?:을|를)\s+(?:[^\s,.]+\s+){0,2}$/;

/** Korean making entrusted to a maker (생산을 TSMC에 맡기기로) or done on its process (TSMC의 5나노 공정으로 생산한다). */
export function entrustedMaking(text: string, mentions: readonly Mention[], ontology: Ontology): CuedPair[] {
  if (!ontology.relationTypes[MANUFACTURES_FOR]) return [];
  const found: CuedPair[] = [];
  for (const maker of mentions) {
    if (!isOrganisation(maker)) continue;
    const rest = text.slice(maker.end, maker.end + 40);
    const entrusted = ENTRUSTED_TO.exec(rest);
    const process = entrusted ? null : MADE_ON_PROCESS.exec(rest);
    const verb = entrusted ?? process;
    if (!verb) continue;
    const cueAt = maker.end + verb[0].lastIndexOf(' ') + 1;
    if (
      entrusted
        ? !madeObject(text, maker, cueAt) || deniedVerb(text, cueAt)
        : NOT_OWNERS_ACT.test(text.slice(cueAt, cueAt + 12))
    )
      continue;
    // TSMC에 칩 생산을 맡기는 엔비디아: an adnominal verb of entrusting describes the owner, or no known name.
    const owners =
      entrusted && adnominalVerb(text, cueAt)
        ? describedByVerb(text, mentions, cueAt)
        : subjectsBefore(text, mentions, maker.start);
    for (const owner of owners) {
      if (owner.id === maker.id || ontologyFit(ontology, MANUFACTURES_FOR, maker, owner) !== 'fits') continue;
      found.push({
        cue: { label: MANUFACTURES_FOR, at: cueAt, end: cueAt + 2, korean: true },
        from: maker,
        to: owner,
        confidence: CONFIDENCE.cue + CONFIDENCE.marked,
      });
    }
  }
  return found;
}

/** Whether what is made is the object of entrusting, before the maker or between it and the verb. */
const madeObject = (text: string, maker: Mention, cueAt: number) =>
  MADE_OBJECT.test(text.slice(Math.max(0, maker.start - 30), maker.start)) ||
  MADE_OBJECT.test(text.slice(maker.end, cueAt).replace(/^(?:에게|에)/, ' '));
