import type { Ontology } from '../../schema/ontology';
import type { CueHit } from '../cues/cue-match';
import type { Mention } from '../mentions/mentions';
import { CONFIDENCE } from './confidence';
import type { CuedPair } from './cue-context';
import { groupEndingAt, pairwise } from './groups';
import { actEach, actSeparately, CLAUSE_END_PAST_ONGOING, clauseBreak } from './korean-clauses';
import { afterParticle } from './korean-pairs';
import { ontologyFit } from './ontology-fit';

const PARTNERS = 'PARTNERS_WITH';

/** After a noun of a joint project, its object marking, past an optional quoted name (sticky): 사업[ '스타게이트'를 ]. */
const MARKED_OBJECT = /(?:\s*['‘"“「『][^'’"”」』]{1,40}['’"”」』])?(?:을|를|도)\s/y;
/** After a noun of a joint project, the copula or 로 of what the topic is: 스타게이트는 … 발표한 … 프로젝트[다]. */
const PREDICATE = /(?:이다|다|로|으로|이며|이자)[\s.,]/y;

/** 함께 (together) right after a partner's particle. */
const TOGETHER = /^\s*함께\s/;

/**
 * Korean joint projects: a subject and the partners it acts with (함께) on a project named as the object of the clause
 * 함께 opens (소프트뱅크는 오픈AI, 오라클과 함께 … '스타게이트' 프로젝트를 발표했다), or organisations coordinated as the
 * subject of a clause describing the project the topic is (스타게이트는 소프트뱅크와 오픈AI, 오라클이 발표한 … 프로젝트다),
 * partner each other.
 */
export function jointProjectPartners(
  text: string,
  projects: readonly CueHit[],
  mentions: readonly Mention[],
  ontology: Ontology,
): CuedPair[] {
  if (!ontology.relationTypes[PARTNERS]) return [];
  const found: CuedPair[] = [];
  const partnerAll = (project: CueHit, parties: readonly Mention[]) => {
    for (const { from, to } of pairwise(parties)) {
      if (from.id === to.id || ontologyFit(ontology, PARTNERS, from, to) !== 'fits') continue;
      found.push({ cue: { ...project, label: PARTNERS }, from, to, confidence: CONFIDENCE.cue + CONFIDENCE.marked });
    }
  };
  for (const project of projects) {
    PREDICATE.lastIndex = project.end;
    const together = coordinatedSubjects(text, project, mentions, true);
    if (together) {
      partnerAll(project, together);
      continue;
    }
    if (PREDICATE.test(text)) {
      const coordinated = coordinatedSubjects(text, project, mentions);
      if (coordinated) partnerAll(project, coordinated);
      continue;
    }
    MARKED_OBJECT.lastIndex = project.end;
    if (!MARKED_OBJECT.test(text)) continue;
    const partner = mentions.findLast((m) => {
      if (m.role !== 'with' || m.end > project.at) return false;
      const after = afterParticle(text, m);
      const together = TOGETHER.exec(text.slice(after, after + 6));
      return together !== null && !CLAUSE_END_PAST_ONGOING.test(text.slice(after + together[0].length, project.at));
    });
    if (!partner) continue;
    const partners = groupEndingAt(mentions, partner, text);
    const first = partners[0] as Mention;
    const subject = mentions.findLast((m) => m.end <= first.start && m.role === 'subject');
    if (!subject || clauseBreak(text, afterParticle(text, subject), first.start)) continue;
    partnerAll(project, [...groupEndingAt(mentions, subject, text), ...partners]);
  }
  return found;
}

/** A subject marked 이/가 (the one of a clause, not the topic): the actors of a clause describing a joint project. */
const NOMINATIVE = new Set(['이', '가']);

/**
 * Korean `A와 B, C가 … 발표한 (…) 프로젝트`: organisations coordinated as the subject of the clause that names the
 * project, with no end of a clause and nothing that makes them act on their own (각각, 잇따라) between them and it;
 * `together`, only those that act together on it (A와 B, C가 함께 추진하는 사업), whatever the project's noun then is.
 */
function coordinatedSubjects(
  text: string,
  project: CueHit,
  mentions: readonly Mention[],
  together = false,
): Mention[] | undefined {
  const last = mentions.findLast((m) => m.end <= project.at);
  if (!last || !NOMINATIVE.has(last.particle ?? '') || last.role !== 'subject') return undefined;
  const after = afterParticle(text, last);
  if (together && !TOGETHER.test(text.slice(after, after + 6))) return undefined;
  if (
    CLAUSE_END_PAST_ONGOING.test(text.slice(after, project.at)) ||
    actEach(text, after, project.at) ||
    actSeparately(text, after, project.at)
  )
    return undefined;
  const group = groupEndingAt(mentions, last, text);
  return new Set(group.map((m) => m.id)).size > 1 ? group : undefined;
}
