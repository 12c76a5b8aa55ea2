import type { Mention } from '../mentions/mentions';
import type { CueContext } from './cue-context';
import { englishPairs } from './english-pairs';
import { groupEndingAt, joined, type Pair } from './groups';
import { koreanPairs } from './korean-pairs';

export type { CueContext } from './cue-context';
export type { Pair } from './groups';

/** Two parties listed side by side ("삼성전자나 SK하이닉스 같은 제조업체") are not each other's target. */
const listedTogether = (text: string, pair: Pair) =>
  pair.from.start < pair.to.start ? joined(text, pair.from, pair.to) : joined(text, pair.to, pair.from);

/**
 * A name followed by 출신, maybe past a title, is where someone came from, not a party: 삼성전자와 AMD 출신 백준호 대표가
 * 창업했다, 동아일보 편집국장 출신인 송건호.
 */
const ORIGIN = /^\s?(?:[가-힣]{1,8}\s)?출신/;

/** The mentions less the names of origins (삼성전자와 AMD 출신), with the names coordinated with them: no parties. */
export function withoutOrigins(mentions: readonly Mention[], text: string): readonly Mention[] {
  let excluded: Set<Mention> | undefined;
  for (const m of mentions) {
    if (!ORIGIN.test(text.slice(m.end, m.end + 14))) continue;
    excluded ??= new Set();
    for (const member of groupEndingAt(mentions, m, text)) excluded.add(member);
  }
  return excluded ? mentions.filter((m) => !excluded.has(m)) : mentions;
}

/** The directed pairs one cue proposes among the mentions of its sentence. */
export function pairsForCue(mentions: readonly Mention[], context: CueContext): Pair[] {
  const { cue } = context;
  const outside = mentions.filter((m) => m.end <= cue.at || m.start >= cue.end);
  const pairs = cue.korean ? koreanPairs(outside, context) : englishPairs(outside, context);
  return context.symmetric ? pairs : pairs.filter((pair) => !listedTogether(context.text, pair));
}
