import type { Ontology } from '../../schema/ontology';
import { isOrganisation, isTopic, type Mention } from '../mentions/mentions';
import { type CuedPair, statedPair } from './cue-context';
import { describedListByVerb, subjectsBefore } from './groups';
import { adnominalVerb, deniedVerb } from './korean-clauses';

const MANUFACTURES_FOR = 'MANUFACTURES_FOR';

/** After a maker marked 에, what is made and a verb of entrusting it: TSMC[에 칩 생산을 맡기는], TSMC[에 맡기기로]. */
const ENTRUSTED_TO = /^(?:에게|에)\s+(?:[^\s,.]+\s+){0,2}?(?:맡기|맡겨|맡긴|맡겼|맡길|위탁하|위탁해|위탁했|위탁한)/;
/** After a maker, its process and a verb of making with it: TSMC[의 5나노 공정으로 생산한다], 삼성전자[ 파운드리의 … 공정으로]. */
const MADE_ON_PROCESS =
  /^(?:\s+파운드리(?:사업부)?)?(?:의)?\s+(?:[^\s,.]+\s+){0,2}?공정(?:으로|에서)\s+(?:[^\s,.]+\s+)?(?:생산|만들|만드|양산|제조|위탁)/;
/** After a verb of making, an adnominal ending (생산[한 ]칩, 만든 칩보다) or a negation (생산하[지 않기로]): no act of the owner. */
const NOT_OWNERS_ACT = /^[가-힣]*?(?:(?:한|된|든|는)\s|지\s*(?:않|못|말))/;
/**
 * What is made, marked as the object of entrusting (maybe with its share), before the maker or between it and the verb:
 * [칩 생산을 ]TSMC에, [GPU 대부분을 대만 ]TSMC에.
 */
const MADE_OBJECT =
  /(?:생산|제조|양산|칩|물량|다이|패키징|(?<![A-Za-z])(?:AP|GPU|CPU))(?:\s+(?:대부분|전량|일부|절반|상당수|상당량))?(?:을|를)\s+(?:[^\s,.]+\s+){0,2}$/;

/**
 * After a designer, its verb of designing or bringing out what is made: 엔비디아[가 설계하고 ]대만 TSMC가 생산한다, 애플[이
 * 설계한 ]M2 칩, 엔비디아[가 지난해 내놓은 ]H100은 TSMC가 위탁생산하며.
 */
const DESIGNS = /^(?:이|가)\s+(?:[^\s,.]+\s+)?(?:설계(?:하고|한)|개발한|내놓은|선보인|출시한)[\s,]/;
/** After a maker marked as the subject, a verb of making: TSMC[가 4나노급 공정으로 생산한다]. */
const MAKES_AFTER = /^(?:이|가)\s+(?:[^\s,.]+\s+){0,3}?(?:생산|제조|만든|만들|만드|위탁생산|양산)/;
/** Before a maker, making marked as the topic: [칩 생산은 ]대만 TSMC가 맡고 있다. */
const MAKING_TOPIC_BEFORE = /(?:생산|제조|위탁생산|양산)(?:은|는)\s+$/;
/** After that maker, a verb of taking it on: TSMC[가 맡고]. */
const TAKES_ON_AFTER = /^(?:이|가)\s+(?:[^\s,.]+\s+)?(?:맡|담당)/;

/** The owners a maker makes for: a designer (엔비디아가 설계하고 TSMC가 생산한다) or the topic (칩 생산은 TSMC가 맡고). */
function designedAndMade(text: string, mentions: readonly Mention[], maker: Mention): Mention[] {
  const start = maker.originStart ?? maker.start;
  const rest = text.slice(maker.end, maker.end + 40);
  // The words after the maker first: most organisations are not followed by a verb of making.
  const designer =
    MAKES_AFTER.test(rest) &&
    mentions.findLast((m) => m.end <= start && isOrganisation(m) && DESIGNS.test(text.slice(m.end, m.end + 16)));
  if (designer) return [designer];
  if (MAKING_TOPIC_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && TAKES_ON_AFTER.test(rest))
    return mentions.filter((m) => m.end <= start && isOrganisation(m) && isTopic(m)).slice(0, 1);
  return [];
}

/** Korean making entrusted to a maker (생산을 TSMC에 맡기기로) or done on its process (TSMC의 5나노 공정으로 생산한다). */
export function entrustedMaking(text: string, mentions: readonly Mention[], ontology: Ontology): CuedPair[] {
  if (!ontology.relationTypes[MANUFACTURES_FOR]) return [];
  const found: CuedPair[] = [];
  for (const maker of mentions) {
    if (!isOrganisation(maker)) continue;
    for (const owner of designedAndMade(text, mentions, maker))
      found.push(...statedPair(ontology, MANUFACTURES_FOR, maker, owner, maker.end, true));
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
        ? describedListByVerb(text, mentions, cueAt)
        : subjectsBefore(text, mentions, maker.start);
    for (const owner of owners) found.push(...statedPair(ontology, MANUFACTURES_FOR, maker, owner, cueAt, true));
  }
  return found;
}

/** Whether what is made is the object of entrusting, before the maker or between it and the verb. */
const madeObject = (text: string, maker: Mention, cueAt: number) =>
  MADE_OBJECT.test(text.slice(Math.max(0, maker.start - 30), maker.start)) ||
  MADE_OBJECT.test(text.slice(maker.end, cueAt).replace(/^(?:에게|에)/, ' '));
