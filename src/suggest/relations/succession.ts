import { type Mention, span } from '../mentions/mentions';

/** After a predecessor's name: (전) title의 뒤를 이어 (황현식 사장의 뒤를 이어, 박민 전 사장의 뒤를 이었다). */
const FOLLOWED_KO = /^\s*(?:(?:전|前)\s+)?(?:[^\s]{1,10}\s+)?[^\s]*의\s+뒤를\s+이/;
/** Before a predecessor's name: "replacing", "succeeded", "replaced (its chief executive)", "took over from". */
const FOLLOWED_EN =
  /\b(?:replacing|replace[sd]?|succeed(?:s|ed|ing)?|(?:took|takes|taking|take)\s+over\s+from)\s+(?:(?:its|his|her|their|the)\s+)?(?:[a-z][\w-]*\s+){0,3}$/;

/** What a successor's relation tells of the office: its type, the two ends, its status and where they are written. */
interface Office {
  type: string;
  from: string;
  to: string;
  status: string;
  offsets: { from: [number, number] };
  date?: string;
}

/** Whether the person is written as the one someone else followed in office. */
const followed = (text: string, m: Mention) =>
  FOLLOWED_KO.test(text.slice(m.end, m.end + 24)) || FOLLOWED_EN.test(text.slice(Math.max(0, m.start - 48), m.start));

/**
 * The relations with the offices that successors' LEADS relations imply for the people they followed: 홍범식
 * LG유플러스 사장은 황현식 사장의 뒤를 이어 … (황현식 led LG유플러스), "… replacing Simon Segars". Each predecessor held the
 * office at the successor's organisation, and no longer does. An office written after the predecessor is the
 * successor's ("Rob Michael succeeded Richard Gonzalez as AbbVie's chief executive").
 */
export function withPredecessors<Relation extends Office>(
  text: string,
  mentions: readonly Mention[],
  relations: readonly Relation[],
): Relation[] {
  let all = [...relations];
  for (const person of mentions) {
    if (person.type !== 'Person' || !followed(text, person)) continue;
    const own = all.filter((r) => r.type === 'LEADS' && r.from === person.id && r.status !== 'ended');
    const successor = mentions.findLast((m) => m.type === 'Person' && m.end <= person.start && m.id !== person.id);
    if (own.length > 0 && successor) {
      const ended = own.map((r) => ({ ...r, status: 'ended' }));
      const taken = own.map((r) => ({ ...r, from: successor.id, offsets: { ...r.offsets, from: span(successor) } }));
      all = [...all.filter((r) => !own.includes(r)), ...ended, ...taken];
      continue;
    }
    for (const r of all) {
      if (r.type !== 'LEADS' || r.from === person.id || r.status === 'ended') continue;
      if (all.some((f) => f.type === 'LEADS' && f.from === person.id && f.to === r.to)) continue;
      all.push({
        ...r,
        from: person.id,
        status: 'ended',
        offsets: { ...r.offsets, from: span(person) },
        date: undefined,
      });
    }
  }
  return all;
}
