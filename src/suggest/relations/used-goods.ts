import type { Ontology } from '../../schema/ontology';
import type { CompiledCues } from '../cues/compiled-cues';
import { isOrganisation, type Mention } from '../mentions/mentions';
import type { Sentence } from '../sentences/sentences';
import { CONFIDENCE } from './confidence';
import type { CuedPair } from './cue-context';
import { groupEndingAt } from './groups';
import { verbClauseEnds } from './korean-clauses';
import { ontologyFit } from './ontology-fit';

const SUPPLIES = 'SUPPLIES';

/**
 * Korean: after the maker's goods, marked as the object, at most one word and a verb of using or renting them:
 * SK하이닉스의 HBM[을 쓰고], 엔비디아의 GPU[를 사용해], 마이크로소프트의 클라우드[를 빌려].
 */
const USED_AFTER_KO = /^[^\s,.]*?(?:을|를)\s+(?:[^\s,.]+\s+)?(?:쓰|써|쓴|쓸|사용|활용|도입|채택|빌려|빌린|빌리)/;
/** Korean marks of the user: the subject or topic of the verb of using. */
const USER_MARK = /^(?:은|는|이|가|도)$/;
/**
 * English: right before the maker, a verb of using, running on or renting, and maybe a quantity: "runs on more than
 * 4,000 of [Nvidia's]", "rents [Nvidia's]", "uses [SK hynix's]".
 */
const USING_EN =
  /\b(?:uses|used|using|runs\s+on|ran\s+on|run\s+on|running\s+on|built\s+on|rents|rented|renting)\s+(?:(?:more\s+than|about|some|up\s+to|nearly|over|around)\s+)?(?:[\d,.]+\s+(?:of\s+)?)?(?:the\s+)?$/i;
const HANGUL = /[가-힣]/;

/** Where a kind of the maker's goods written right after its name ends: 엔비디아[의 GPU], Nvidia['s Blackwell GPUs]. */
function goodsAfter(text: string, maker: Mention, compiled: CompiledCues): number | undefined {
  const { makersGoods } = compiled.located;
  makersGoods.lastIndex = maker.end;
  return makersGoods.test(text) ? makersGoods.lastIndex : undefined;
}

/**
 * The supply that using a maker's goods states: 구글과 아마존도 … SK하이닉스의 HBM을 쓰고 있다, "SoftBank's supercomputer
 * runs on more than 4,000 of Nvidia's Blackwell GPUs": the maker supplies the users, the sentence's subject.
 */
export function usedGoodsSupplies(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  compiled: CompiledCues,
  ontology: Ontology,
): CuedPair[] {
  const found: CuedPair[] = [];
  for (const maker of mentions) {
    if (!isOrganisation(maker)) continue;
    const goodsEnd = goodsAfter(text, maker, compiled);
    if (goodsEnd === undefined) continue;
    const korean = HANGUL.test(text.slice(sentence.start, sentence.end));
    const before = Math.max(sentence.start, maker.start - 60);
    const using = korean
      ? USED_AFTER_KO.exec(text.slice(goodsEnd, goodsEnd + 24))
      : USING_EN.exec(text.slice(before, maker.start));
    if (!using) continue;
    const cueAt = korean ? goodsEnd + using[0].length - 2 : before + using.index;
    const users = korean ? koreanUsers(text, mentions, maker) : englishUsers(text, sentence, mentions, maker, cueAt);
    for (const user of users) {
      if (user.id === maker.id || ontologyFit(ontology, SUPPLIES, maker, user) !== 'fits') continue;
      found.push({
        cue: { label: SUPPLIES, at: cueAt, end: cueAt + 2, korean },
        from: maker,
        to: user,
        confidence: CONFIDENCE.cue + CONFIDENCE.marked,
      });
    }
  }
  return found;
}

/** The subject before the maker in its clause, and the names listed with it. */
function koreanUsers(text: string, mentions: readonly Mention[], maker: Mention): readonly Mention[] {
  const user = mentions.findLast((m) => m.end <= maker.start && isOrganisation(m) && USER_MARK.test(m.particle ?? ''));
  if (!user || verbClauseEnds(text, user.end, maker.start)) return [];
  return groupEndingAt(mentions, user, text);
}

/**
 * The subject of the verb: the nearest organisation before it with no comma between ("Like AMD, [Xilinx] uses"), else
 * the sentence's first name, past an apposition or a relative clause ("[Samsung], Apple's rival, uses", "[SK hynix],
 * which uses").
 */
function englishUsers(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  maker: Mention,
  cueAt: number,
): readonly Mention[] {
  const before = mentions.filter((m) => m.start >= sentence.start && m.end <= cueAt && m !== maker);
  const user = before.findLast((m) => !/[,;]/.test(text.slice(m.end, cueAt))) ?? before[0];
  return user && isOrganisation(user) && !/;/.test(text.slice(user.end, cueAt)) ? [user] : [];
}
