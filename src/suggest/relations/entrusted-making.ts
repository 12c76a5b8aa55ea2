import type { Ontology } from '../../schema/ontology';
import { isOrganisation, type Mention } from '../mentions/mentions';
import { CONFIDENCE } from './confidence';
import type { CuedPair } from './cue-context';
import { groupEndingAt } from './groups';
import { verbClauseEnds } from './korean-clauses';
import { ontologyFit } from './ontology-fit';

const MANUFACTURES_FOR = 'MANUFACTURES_FOR';

/** After a maker marked 에, what is made and a verb of entrusting it: TSMC[에 칩 생산을 맡기는], TSMC[에 맡기기로]. */
const ENTRUSTED_TO = /^(?:에게|에)\s+(?:[^\s,.]+\s+){0,2}?(?:맡기|맡겨|맡긴|맡겼|맡길|위탁하|위탁해|위탁했|위탁한)/;
/** After the verb of entrusting, an adnominal ending: what it describes is the owner (맡기[는 ]엔비디아). */
const ENTRUSTING_OWNER_NEXT = /^[가-힣]*?(?:는|은|던|온)\s+(?:[^\s,.]+\s+)?$/;
/**
 * After a maker, its process and a verb of making with it: TSMC[의 5나노 공정으로 생산한다], 삼성전자[ 파운드리의 4나노
 * 공정으로 생산하기로], TSMC[의 2나노미터(nm) 공정으로 생산할].
 */
const MADE_ON_PROCESS =
  /^(?:\s+파운드리(?:사업부)?)?(?:의)?\s+(?:[^\s,.]+\s+){0,2}?공정(?:으로|에서)\s+(?:[^\s,.]+\s+)?(?:생산|만들|만든|만드|양산|제조|위탁)/;
/** Words of what a maker makes, one of which the stretch of entrusting must name. */
const MADE_THING = /생산|제조|양산|칩|반도체|프로세서|물량|다이|패키징|AP|GPU|CPU/;
/** Korean marks of the owner: the subject or topic. */
const OWNER_MARK = /^(?:은|는|이|가|도)$/;
const TOPIC_MARK = /^(?:은|는)$/;

/**
 * Korean: what an organisation is said to have a maker make for it. "SK하이닉스는 … 베이스 다이 생산을 TSMC에
 * 맡기기로 했다", "TSMC에 칩 생산을 맡기는 엔비디아", "MS는 마이아 100을 TSMC의 5나노 공정으로 생산한다": the maker
 * manufactures for the owner (who neither makes for the maker nor, by this, develops its process).
 */
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
    const cueAt = maker.end + verb[0].length - 2;
    if (entrusted && !MADE_THING.test(text.slice(Math.max(0, maker.start - 30), cueAt))) continue;
    const owners = entrusted
      ? (ownerAfter(text, mentions, cueAt) ?? ownersBefore(text, mentions, maker))
      : ownersBefore(text, mentions, maker);
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

/** The organisation an adnominal verb of entrusting describes, past its origin: 맡기는 미국 [엔비디아]의. */
function ownerAfter(text: string, mentions: readonly Mention[], cueAt: number): Mention[] | undefined {
  const next = mentions.find((m) => m.start > cueAt && m.type !== 'Place');
  return next && isOrganisation(next) && ENTRUSTING_OWNER_NEXT.test(text.slice(cueAt, next.start)) ? [next] : undefined;
}

/** The subject or topic before the maker in its clause, and the names listed with it. */
function ownersBefore(text: string, mentions: readonly Mention[], maker: Mention): readonly Mention[] {
  const owner = mentions.findLast(
    (m) => m.end <= maker.start && isOrganisation(m) && OWNER_MARK.test(m.particle ?? ''),
  );
  // A topic (은/는) holds past the end of a clause: SK하이닉스는 … 만들었지만, HBM4부터는 … TSMC에 맡기기로 했다.
  if (!owner || (!TOPIC_MARK.test(owner.particle ?? '') && verbClauseEnds(text, owner.end, maker.start))) return [];
  return groupEndingAt(mentions, owner, text);
}
