import { isMade, type Mention } from '../mentions/mentions';
import type { AdjacentRelation } from './adjacency';
import type { CuedPair } from './cue-context';

const COMPETES_WITH = 'COMPETES_WITH';
const DEVELOPS = 'DEVELOPS';

/** Between a maker and its product: 의 or 's, and a few words of its kind (오픈AI[의 AI 챗봇 ']챗GPT). */
const POSSESSED = /^(?:의|['’]s)\s+(?:[^\s,.]+\s+){0,2}?['‘"“「]?$/;

/** A maker is no rival of its own product: LG그룹도 … '엑사원 2.0'을 선보이며 생성형 AI 경쟁에 뛰어들었다. */
export function withoutOwnProducts(
  text: string,
  pairs: CuedPair[],
  adjacent: readonly AdjacentRelation[],
  mentions: readonly Mention[],
): CuedPair[] {
  if (!pairs.some((p) => p.cue.label === COMPETES_WITH)) return pairs;
  const made = [...adjacent, ...pairs.map(({ cue, from, to }) => ({ type: cue.label, from, to }))].filter(
    (r) => r.type === DEVELOPS,
  );
  const makes = (maker: Mention, thing: Mention) =>
    made.some((r) => r.from.id === maker.id && r.to.id === thing.id) ||
    possessedBy(text, mentions, thing)?.id === maker.id;
  return pairs.filter(({ cue, from, to }) => cue.label !== COMPETES_WITH || !(makes(from, to) || makes(to, from)));
}

/** The name written as the possessor of `made`, if one is: 오픈AI의 챗GPT. */
function possessedBy(text: string, mentions: readonly Mention[], made: Mention): Mention | undefined {
  if (!isMade(made)) return undefined;
  const before = mentions.findLast((m) => m.end <= made.start);
  return before && POSSESSED.test(text.slice(before.end, made.start)) ? before : undefined;
}
