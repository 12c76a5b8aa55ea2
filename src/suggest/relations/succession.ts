import { isOrganisation, type Mention, span } from '../mentions/mentions';
import type { AdjacentRelation } from './adjacency';

/**
 * After a predecessor's name: (전) title의 뒤를 이어 or 후임으로 (황현식 사장의 뒤를 이어, 박민 전 사장의 뒤를 이었다,
 * 스테판 드블레즈 사장 후임으로).
 */
const FOLLOWED_KO =
  /^\s*(?:(?:전|前)\s+)?(?:[^\s]{1,10}\s+)?(?:[^\s]*의\s+뒤를\s+이|(?:[^\s]*의\s+|[^\s]*\s+)?후임(?:으로|자로|에|인)?\s)/;
/** Before a predecessor's name: 전임(자) (전임자 버나드 루니는, 전임 마스 니퍼는). */
const PREDECESSOR_KO = /(?:^|\s)전임자?\s+$/;
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
  FOLLOWED_KO.test(text.slice(m.end, m.end + 24)) ||
  PREDECESSOR_KO.test(text.slice(Math.max(0, m.start - 6), m.start)) ||
  FOLLOWED_EN.test(text.slice(Math.max(0, m.start - 48), m.start));

/**
 * After a predecessor's name, an office below the head's: 김철수 [디자인센터장 후임으로], "Ilya Sutskever[ as chief
 * scientist]".
 */
const OTHER_OFFICE =
  /^\s*(?:전\s+)?[^\s]*(?:센터장|본부장|부문장|실장|팀장|담당|부사장|부장|전무|상무|이사)(?:의\s|\s)|^\s+as\s+(?!(?:its\s+|the\s+)?(?:chief\s+executive|ceo|chairman|chairwoman|chair|president)\b)/i;

/** Korean marks of the subject or topic of a sentence: the organisation whose office is handed on. */
const SUBJECT_MARK = /^(?:은|는|이|가|에서는|에선)$/;

/** A predecessor whose successor is not known led the sentence's only organisation (버버리는 X의 후임으로 …). */
export function predecessorsOfTopic(
  text: string,
  sentenceStart: number,
  mentions: readonly Mention[],
): AdjacentRelation[] {
  const organisations = mentions.filter(isOrganisation);
  const people = mentions.filter((m) => m.type === 'Person');
  const [topic] = organisations;
  const [person] = people;
  if (organisations.length !== 1 || people.length !== 1 || !topic || !person || person.start < topic.end) return [];
  const opens = /^[\s"'“‘]*$/.test(text.slice(sentenceStart, topic.start));
  if (!(topic.particle ? SUBJECT_MARK.test(topic.particle) : opens)) return [];
  if (!followed(text, person) || OTHER_OFFICE.test(text.slice(person.end, person.end + 40))) return [];
  return [{ type: 'LEADS', from: person, to: topic, ended: true, basis: 'topicTitle' }];
}

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
