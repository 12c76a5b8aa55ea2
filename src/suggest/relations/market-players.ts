import { afterAside, isMade, isPartner, type Mention } from '../mentions/mentions';
import type { AdjacentRelation } from './adjacency';
import { groupEndingAt, groupFrom } from './groups';

/** How far after the product's name its maker may be written. */
const MAX_GAP = 40;

/**
 * From a product to its maker's name: a market and a rank or share in it (D램[ 시장 1위를 다투는 ], D램[ 시장의 4분의 3
 * 이상을 차지하는 ]), a rank alone (D램[ 세계 1, 2위인 ]) or a maker's kind (D램[ 업체인 ]).
 */
const MARKET_THEN =
  /^\s*(?:(?:시장|분야)을\s+(?:양분해\s+온|양분해온|양분하는|양분한|양분하고\s+있는)\s+|(?:시장|분야)(?:의|에서|에서도|에서는)?\s+(?:[^\s,.]+\s+){0,3}?(?:세계\s+)?(?:1위|2위|3위|1,\s?2위|1·2위|선두|최강자)(?:를|을|인|이자)?\s+(?:(?:다투는|지키는|달리는|차지한|차지하는|굳힌)\s+)?|시장의\s+(?:[^\s,.]+\s+){1,4}?(?:차지하는|차지한)\s+|(?:세계\s+|글로벌\s+)?(?:1위|2위|3위|1,\s?2위|1·2위)(?:인|이자|를\s+(?:지켜\s+온|지켜온|지키는|달리는|다투는))\s+|(?:업체|기업|제조사|제조업체|생산업체|메이커)(?:인|이자|로서)\s+)(?:[가-힣]{1,4}\s+)?$/;

/** Between a subject and its product, the place of the market and up to two words: SK하이닉스는[ 세계 ]D램. */
const BEFORE_MARKET = /^\s+(?:[^\s,.]+\s+){0,2}$/;

/**
 * After a product, its market and a rank or share in it, or its market split: D램[ 시장에서도 1, 2위를], D램[ 시장의
 * 40%를], D램[ 시장을 양분해].
 */
const MARKET_HELD =
  /^\s*(?:시장|분야|매출)(?:(?:의|에서|에서도|에서는)?\s+(?:[^\s,.]+\s+){0,2}?(?:세계\s+)?(?:1위|2위|3위|1,\s?2위|1·2위|선두|최강자|점유율|\d+(?:\.\d+)?%)|(?:을|를)\s+(?:양분|장악))/;

/**
 * The makers a market or a maker's kind names for a product: D램 시장 1위를 다투는 삼성전자와 SK하이닉스, D램 업체인
 * SK하이닉스, 삼성전자와 SK하이닉스는 D램 시장에서 1, 2위를 다툰다 DEVELOPS D램.
 */
export function marketPlayers(text: string, mentions: readonly Mention[]): AdjacentRelation[] {
  let found: AdjacentRelation[] | undefined;
  mentions.forEach((made, i) => {
    if (!isMade(made) || made.particle !== undefined) return;
    const subject = mentions[i - 1];
    if (
      subject?.type === 'Company' &&
      subject.role === 'subject' &&
      BEFORE_MARKET.test(text.slice(afterAside(text, subject.end) + (subject.particle?.length ?? 0), made.start)) &&
      MARKET_HELD.test(text.slice(made.end, made.end + 40))
    ) {
      found ??= [];
      for (const from of groupEndingAt(mentions, subject, text))
        if (from.type === 'Company') found.push({ type: 'DEVELOPS', from, to: made, basis: 'market' });
      return;
    }
    const maker = mentions
      .slice(i + 1)
      .find(
        (m) =>
          m.type === 'Company' &&
          m.start - made.end <= MAX_GAP &&
          MARKET_THEN.test(text.slice(made.end, m.originStart ?? m.start)),
      );
    if (!maker) return;
    // D램 시장에서 [삼성전자와] 1, 2위를 다투는 SK하이닉스: a partner between the market and the maker makes it too.
    const partners = mentions.filter((m) => m.start > made.end && m.end <= maker.start && isPartner(m));
    for (const from of [...partners, ...groupFrom(mentions, maker, text)]) {
      if (from.type !== 'Company') continue;
      found ??= [];
      found.push({ type: 'DEVELOPS', from, to: made, basis: 'market' });
    }
  });
  return found ?? [];
}
