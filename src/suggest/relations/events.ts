import type { Mention } from '../mentions/mentions';
import type { AdjacentRelation } from './adjacency';
import { groupEndingAt, groupFrom } from './groups';
import { clauseBreak } from './korean-clauses';

const ACTORS = new Set(['Company', 'Government', 'ResearchOrg', 'Person']);
/** "At Computex 2025 in Taipei, Foxconn and Nvidia announced …": the event opens the sentence. */
const OPENING_AT = /^\s*at\s+(?:the\s+)?$/i;
/** "Nvidia unveiled Blackwell at GTC": the event after a verb. */
const AT = /\sat\s+(?:the\s+|this\s+year's\s+|its\s+)?$/i;
/** What ends the opening phrase: [ in Taipei][, ]Foxconn. */
const OPENING_END = /^[^.,;]{0,40},\s*$/;

const isActor = (m: Mention | undefined): m is Mention => m !== undefined && ACTORS.has(m.type ?? '');

/** The actors that act at the event, when the sentence says where they act: 네이버는 … '단 23'에서 공개했다. */
function actorsAt(text: string, sentenceStart: number, mentions: readonly Mention[], i: number): Mention[] {
  const event = mentions[i] as Mention;
  if (event.particle === '에서') {
    const subject = mentions.findLast((m, j) => j < i && m.role === 'subject' && isActor(m));
    if (!subject || clauseBreak(text, subject.end, event.start)) return [];
    return groupEndingAt(mentions, subject, text).filter(isActor);
  }
  const before = text.slice(sentenceStart, event.start);
  if (OPENING_AT.test(before)) {
    const first = mentions.slice(i + 1).find((m) => m.type !== 'Place');
    if (!isActor(first) || !OPENING_END.test(text.slice(event.end, first.start))) return [];
    return groupFrom(mentions, first, text).filter(isActor);
  }
  const first = mentions[0];
  if (!AT.test(before) || first === event || !isActor(first) || /[,;]/.test(text.slice(first.end, event.start)))
    return [];
  return groupFrom(mentions, first, text).filter(isActor);
}

/** Who takes part in an event that the sentence names as where they act: PARTICIPATES_IN, actor → event. */
export function eventParticipants(text: string, sentenceStart: number, mentions: readonly Mention[]) {
  let found: AdjacentRelation[] | undefined;
  mentions.forEach((event, i) => {
    if (event.type !== 'Event') return;
    for (const actor of actorsAt(text, sentenceStart, mentions, i)) {
      found ??= [];
      found.push({ type: 'PARTICIPATES_IN', from: actor, to: event, basis: 'event' });
    }
  });
  return found ?? [];
}
