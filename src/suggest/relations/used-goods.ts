import type { Ontology } from '../../schema/ontology';
import type { CompiledCues } from '../cues/compiled-cues';
import { isOrganisation, type Mention } from '../mentions/mentions';
import type { Sentence } from '../sentences/sentences';
import { FROM_ONLY_EN, NEGATED_BEFORE_EN } from '../text';
import { type CuedPair, statedPair } from './cue-context';
import { describedListByVerb, englishSubjectsBefore, groupFrom, subjectsBefore } from './groups';
import { adnominalVerb, deniedVerb } from './korean-clauses';

const SUPPLIES = 'SUPPLIES';

/**
 * Korean: after the maker's goods marked as the object, a verb of using, renting or buying: SK하이닉스의 HBM[을 쓰고],
 * 엔비디아 GPU[를 가장 많이 사들이는].
 */
const USED_AFTER_KO =
  /^(?:[^\s,.]*?(?:을|를)|\)?도)\s+(?:[^\s,.]+\s+){0,2}?(?:쓰|써|쓴|쓸|사용|활용|도입|채택|빌려|빌린|빌리|사들이|사들인|사들였|구매하|구매한|구매했|구입하|구입한|구입했)/;
/**
 * Korean: after the maker's goods marked 로, a verb of building or running what they equip: 엔비디아 GPU[로 꾸린],
 * 엔비디아의 최신 GPU[로 일본 최대 규모의 AI 슈퍼컴퓨터를 가동하고].
 */
const BUILT_WITH_KO =
  /^(?:으로|로)\s+(?:[^\s,.]+\s+){0,5}?(?:구축|가동|꾸리|꾸린|꾸려|꾸렸|만들|만든|지은|짓|돌리|돌린|돌려|학습|훈련|키우|키운|키워)/;
/** English verbs of renting. */
const RENTS = 'rents|rented|renting|rent|leases|leased|leasing|lease';
/** English: right before the maker, a verb of using, running on or renting, and maybe a quantity ("runs on 4,000 of"). */
const USING_EN = new RegExp(
  String.raw`\b(?:use|uses|used|using|runs\s+on|ran\s+on|run\s+on|running\s+on|built\s+on|powered\s+by|filled\s+with|equipped\s+with|${RENTS})\s+(?:(?:more\s+than|about|some|up\s+to|nearly|over|around)\s+)?(?:(?:[\d,.]+|thousands|tens\s+of\s+thousands|hundreds)\s+(?:of\s+)?)?(?:the\s+)?$`,
  'i',
);
/** What every English verb of renting contains. */
const RENT_STEM = /rent|leas/i;
/** An English verb of renting, before the goods and "from" the seller: [rents ]much of its computing power from. */
const RENTING_EN = new RegExp(String.raw`\b(?:${RENTS})\s`, 'gi');
/** After a name, a verb of saying: "Amazon[ said]". */
const SAYS_AFTER = /^\s+(?:said|says|told|reported|announced)\b/;
/** How far before the seller an English verb of renting may stand. */
const RENT_REACH = 60;
const HANGUL = /[가-힣]/;

/**
 * Where a kind of the maker's goods written right after its name ends: 엔비디아[의 GPU], Nvidia['s Blackwell GPUs],
 * Nvidia[ chips].
 */
function goodsAfter(text: string, maker: Mention, korean: boolean, compiled: CompiledCues): number | undefined {
  const { makersGoods, possessedGoods } = compiled.located;
  for (const goods of korean ? [makersGoods] : [possessedGoods, makersGoods]) {
    goods.lastIndex = maker.end;
    if (goods.test(text)) return goods.lastIndex;
  }
  return undefined;
}

/** A maker's goods used or rented are its supply to the users: SK하이닉스의 HBM을 쓰고, "runs on Nvidia's GPUs". */
export function usedGoodsSupplies(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  compiled: CompiledCues,
  ontology: Ontology,
): CuedPair[] {
  const found: CuedPair[] = [];
  const body = text.slice(sentence.start, sentence.end);
  const korean = HANGUL.test(body);
  // Each organisation looks back for a verb of renting only when the sentence has one.
  const rents = !korean && RENT_STEM.test(body);
  for (const maker of mentions) {
    if (!isOrganisation(maker)) continue;
    if (rents) found.push(...rentedFrom(text, sentence, mentions, maker, compiled, ontology));
    // "uses Nvidia's GPUs": English goods are the maker's possessed ones (not "uses Anthropic to power Alexa").
    const goodsEnd = goodsAfter(text, maker, korean, compiled);
    if (goodsEnd === undefined) continue;
    if (!korean) found.push(...buyersAfter(text, mentions, maker, goodsEnd, ontology));
    const before = Math.max(sentence.start, maker.start - 60);
    const builtWith = korean ? BUILT_WITH_KO.exec(text.slice(goodsEnd, goodsEnd + 48)) : null;
    const using = korean
      ? (USED_AFTER_KO.exec(text.slice(goodsEnd, goodsEnd + 24)) ?? builtWith)
      : USING_EN.exec(text.slice(before, maker.start));
    if (!using) continue;
    const cueAt = korean ? goodsEnd + using[0].lastIndexOf(' ') + 1 : before + using.index;
    // 소프트뱅크가 엔비디아 GPU로 꾸린 슈퍼컴퓨터: who builds with the goods is the clause's subject, not what it describes.
    const users = builtWith
      ? deniedVerb(text, cueAt)
        ? []
        : subjectsBefore(text, mentions, maker.start)
      : korean
        ? koreanUsers(text, mentions, maker, cueAt)
        : NEGATED_BEFORE_EN.test(text.slice(Math.max(sentence.start, cueAt - 24), cueAt))
          ? []
          : englishSubjectsBefore(text, sentence, mentions, maker, cueAt);
    for (const user of users) found.push(...statedPair(ontology, SUPPLIES, maker, user, cueAt, korean));
  }
  return found;
}

/** After a maker's goods, a relative clause whose subject buys, uses or rents them: [, which ]OpenAI and Microsoft buy. */
const WHICH_BEFORE_BUYER = /^,?\s+which\s+$/;
const BUYS_AFTER = new RegExp(
  `^(?:\\s+(?:all|also|both|each))?\\s+(?:buy|buys|bought|purchase|purchases|purchased|use|uses|used|${RENTS})\\b`,
);

/** "Nvidia's H100 chips, which OpenAI and Microsoft buy in large numbers": the buyers the relative clause names. */
function buyersAfter(
  text: string,
  mentions: readonly Mention[],
  maker: Mention,
  goodsEnd: number,
  ontology: Ontology,
): CuedPair[] {
  const first = mentions.find((m) => m.start >= goodsEnd);
  if (!first || !WHICH_BEFORE_BUYER.test(text.slice(goodsEnd, first.start))) return [];
  const buyers = groupFrom(mentions, first, text);
  const last = buyers.at(-1) as Mention;
  if (!BUYS_AFTER.test(text.slice(last.end, last.end + 16))) return [];
  return buyers.flatMap((to) => statedPair(ontology, SUPPLIES, maker, to, last.end + 1, false));
}

/**
 * "OpenAI rents much of its computing power from Microsoft and Oracle": goods rented from a seller, and from each
 * listed with it, are their supply to the renter.
 */
function rentedFrom(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  seller: Mention,
  compiled: CompiledCues,
  ontology: Ontology,
): CuedPair[] {
  const before = Math.max(sentence.start, seller.start - RENT_REACH);
  const verb = [...text.slice(before, seller.start).matchAll(RENTING_EN)].at(-1);
  if (verb?.index === undefined) return [];
  const cueAt = before + verb.index;
  const afterVerb = text.slice(cueAt + verb[0].length - 1, seller.start);
  // "rents computing power from", or the goods before a participle: "servers rented from".
  const goodsRented =
    compiled.located.goodsBeforeSeller.test(afterVerb) ||
    (FROM_ONLY_EN.test(afterVerb) && compiled.located.goodsAtEnd.test(text.slice(Math.max(0, cueAt - 30), cueAt)));
  if (!goodsRented) return [];
  if (NEGATED_BEFORE_EN.test(text.slice(Math.max(sentence.start, cueAt - 24), cueAt))) return [];
  const renters = englishSubjectsBefore(text, sentence, mentions, seller, cueAt);
  const found: CuedPair[] = [];
  // "from Google, Amazon said": a name that says the sentence is no seller.
  const sellers = groupFrom(mentions, seller, text).filter((m) => !SAYS_AFTER.test(text.slice(m.end, m.end + 12)));
  for (const from of sellers)
    for (const to of renters) found.push(...statedPair(ontology, SUPPLIES, from, to, cueAt, false));
  return found;
}

/** The users of a Korean verb: the name its adnominal form describes (쓰는 엔비디아에), else its subject; none if denied. */
function koreanUsers(text: string, mentions: readonly Mention[], maker: Mention, cueAt: number): readonly Mention[] {
  if (deniedVerb(text, cueAt)) return [];
  return adnominalVerb(text, cueAt)
    ? describedListByVerb(text, mentions, cueAt)
    : subjectsBefore(text, mentions, maker.start);
}
