import type { Mention } from '../mentions/mentions';
import type { CuedPair } from './cue-context';

/** Between two Korean recipients of one act, the first one's share and a comma: TSMC[에 66억 달러, ]삼성전자에. */
const SHARE_THEN_NEXT = /^에\s+[^\s,.]+(?:\s+[^\s,.]+){0,3},\s+$/;

/**
 * The recipients an act shares out before the one its cue reaches: `TSMC에 66억 달러, 삼성전자에 64억 달러의 보조금을`
 * gives TSMC the subsidy too, and `애플에 5억 유로, 메타에 2억 유로의 과징금을` fines Apple too.
 */
export function sharedOut(text: string, pairs: readonly CuedPair[], mentions: readonly Mention[]): CuedPair[] {
  const added: CuedPair[] = [];
  for (const pair of pairs) {
    if (!text.startsWith('에', pair.to.end)) continue;
    let recipient = pair.to;
    for (;;) {
      const before = mentions.findLast((m) => m.end <= recipient.start);
      if (!before || before.type !== pair.to.type || !SHARE_THEN_NEXT.test(text.slice(before.end, recipient.start)))
        break;
      if (before.id !== pair.from.id && !pairs.some((p) => p.from.id === pair.from.id && p.to.id === before.id))
        added.push({ ...pair, to: before });
      recipient = before;
    }
  }
  return added;
}
