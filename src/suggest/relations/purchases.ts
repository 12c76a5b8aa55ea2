import type { CompiledCues } from '../cues/compiled-cues';
import type { CueHit } from '../cues/cue-match';
import { isOrganisation, type Mention } from '../mentions/mentions';
import { FROM_ONLY_EN } from '../text';

/** Cues of buying, whose object is goods unless it is named as an asset. */
const BUYING = /^(?:사들|매입|bought|buys|buy|purchase of)$/i;
/** Cues of acquiring, whose object is an asset unless it is named as goods. */
const ACQUIRING = /^(?:인수|acquir|acquisition|takeover)$/i;
/** The rest of a Korean cue's word: 사들[인 ], 사들[였다 ]. */
const REST_OF_WORD = /[가-힣]*/y;
/** After a Korean adnominal cue, the word it describes: 사들인[ 지분]. */
const DESCRIBED_WORD = /\s+[^\s,.]+/y;
/** Between an English verb of buying and the seller, the last words: "… from (the) ", "from South Korea's ". */
const FROM_BEFORE_SELLER = /\bfrom\s+(?:the\s+)?(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+)?$/;
/** How far an English verb of buying may stand before "from" and the seller. */
const BUYING_REACH = 80;
/** Before an English participle of buying, its subject: "the modem business [it ]bought from Intel". */
const SUBJECT_PRONOUN_END = /\s(?:it|they|we|he|she|the company)\s+(?:had\s+|has\s+|have\s+)?$/i;
/** The last word before an English participle of buying, maybe past its subject: "the modem [business ]it". */
const LAST_WORD = /([A-Za-z-]+)\s+$/;

/** Whether the cue is a verb of buying (사들이다, 매입, "bought"), not of acquiring. */
export const buys = (text: string, cue: CueHit) => BUYING.test(text.slice(cue.at, cue.end));

/** Whether a name stands right before a kind of its products, as what is bought: "buy more Nvidia chips". */
export function namesProduct(text: string, m: Mention, cue: CueHit, compiled: CompiledCues): boolean {
  // SK하이닉스[는 장비 …]: a name marked as an argument is no maker's name before its product.
  if (m.particle !== undefined && m.particle !== '의') return false;
  const { productAfter } = compiled.located;
  productAfter.lastIndex = m.end;
  if (productAfter.test(text)) return !(m.end <= cue.at && cue.at < productAfter.lastIndex);
  const { possessedGoods } = compiled.located;
  possessedGoods.lastIndex = m.end;
  return possessedGoods.test(text);
}

/**
 * What a purchase from `seller` buys, when `seller` is the one sold from (Korean 에서 or 로부터; English "from"): 'goods'
 * are its supply to the buyer (엔비디아에서 GPU를 사들였다, "buys power from Helion"), 'assets' (a stake, a business, a
 * named company) make no relation between the two (소프트뱅크로부터 Arm을 사들이려).
 */
export function purchasedFrom(
  text: string,
  cue: CueHit,
  seller: Mention,
  mentions: readonly Mention[],
  compiled: CompiledCues,
): 'goods' | 'assets' | undefined {
  const { assets } = compiled.located;
  const word = text.slice(cue.at, cue.end);
  const buying = BUYING.test(word);
  // 현대그룹에서 떨어져 나온: other cues of owning say nothing of a sale unless goods are named.
  const sale = buying || ACQUIRING.test(word);
  if (cue.korean) {
    if (seller.role !== 'source' && seller.particle !== '에서') return undefined;
    if (seller.end > cue.at) return undefined;
    REST_OF_WORD.lastIndex = cue.end;
    REST_OF_WORD.test(text);
    DESCRIBED_WORD.lastIndex = REST_OF_WORD.lastIndex;
    const described = DESCRIBED_WORD.exec(text)?.[0] ?? '';
    const object = text.slice(seller.end, cue.at);
    const named = mentions.some((m) => isOrganisation(m) && m.start >= seller.end && m.end <= cue.at);
    if (sale && (named || assets.test(object) || assets.test(described))) return 'assets';
    if (buying || compiled.located.productObjectBefore.test(text.slice(Math.max(0, cue.at - 30), cue.at)))
      return 'goods';
    const { productAfter } = compiled.located;
    productAfter.lastIndex = REST_OF_WORD.lastIndex;
    if (productAfter.test(text)) return 'goods';
    return sale ? 'assets' : undefined;
  }
  if (seller.start < cue.end) return undefined;
  const between = text.slice(cue.end, seller.start);
  if (between.length > BUYING_REACH || !FROM_BEFORE_SELLER.test(between)) return undefined;
  if (FROM_ONLY_EN.test(between)) {
    // "chips bought from Nvidia", "the business it bought from Intel": what is bought stands before the participle.
    const before = text.slice(Math.max(0, cue.at - 40), cue.at).replace(SUBJECT_PRONOUN_END, ' ');
    if (sale && assets.test(LAST_WORD.exec(before)?.[1] ?? '')) return 'assets';
    if (buying || compiled.located.goodsAtEnd.test(before)) return 'goods';
    return sale ? 'assets' : undefined;
  }
  const named = mentions.some((m) => isOrganisation(m) && m.start >= cue.end && m.end <= seller.start);
  if (sale && (named || assets.test(between))) return 'assets';
  if (buying || compiled.located.goodsBeforeSeller.test(between)) return 'goods';
  return sale ? 'assets' : undefined;
}
