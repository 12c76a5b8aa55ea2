import type { Ontology } from '../../schema/ontology';
import type { CueHit } from '../cues/cue-match';
import type { Mention } from '../mentions/mentions';
import { CONFIDENCE } from './confidence';
import { groupEndingAt, pairwise } from './groups';
import { clauseBreak } from './korean-clauses';
import { afterParticle } from './korean-pairs';
import { ontologyFit } from './ontology-fit';

const PARTNERS = 'PARTNERS_WITH';

/** After a noun of a joint project, its object marking, past an optional quoted name (sticky): 사업[ '스타게이트'를 ]. */
const MARKED_OBJECT = /(?:\s*['‘"“「『][^'’"”」』]{1,40}['’"”」』])?(?:을|를|도)\s/y;

const TOGETHER = /^\s*함께\s/;

/**
 * Between 함께 and the project: no end of a clause (a connective ending or a comma), though -고 of an ongoing act may
 * stand there (첫 시설을 짓고 있는 … 사업도 이끌고 있다).
 */
const CLAUSE_END = /[가-힣](?:며|지만|는데|으나|면서|고(?!\s+있))[\s,]|,\s/;

/** A pair that a cue states, with its confidence. */
export interface CuedPair {
  cue: CueHit;
  from: Mention;
  to: Mention;
  confidence: number;
}

/**
 * Korean `A는 B, C와 함께 … '스타게이트' 프로젝트를 발표했다` (양사는 오라클과 함께 … 사업 '스타게이트'도 이끌고 있다): a
 * subject and the partners it acts with (함께) on a project, named as the object of the clause 함께 opens, partner
 * each other.
 */
export function jointProjectPartners(
  text: string,
  projects: readonly CueHit[],
  mentions: readonly Mention[],
  ontology: Ontology,
): CuedPair[] {
  if (!ontology.relationTypes[PARTNERS]) return [];
  const found: CuedPair[] = [];
  for (const project of projects) {
    MARKED_OBJECT.lastIndex = project.end;
    if (!project.korean || !MARKED_OBJECT.test(text)) continue;
    const partner = mentions.findLast((m) => {
      if (m.role !== 'with' || m.end > project.at) return false;
      const after = afterParticle(text, m);
      const together = TOGETHER.exec(text.slice(after, after + 6));
      return together !== null && !CLAUSE_END.test(text.slice(after + together[0].length, project.at));
    });
    if (!partner) continue;
    const partners = groupEndingAt(mentions, partner, text);
    const first = partners[0] as Mention;
    const subject = mentions.findLast((m) => m.end <= first.start && m.role === 'subject');
    if (!subject || clauseBreak(text, subject.end, first.start)) continue;
    for (const { from, to } of pairwise([...groupEndingAt(mentions, subject, text), ...partners])) {
      if (from.id === to.id || ontologyFit(ontology, PARTNERS, from, to) !== 'fits') continue;
      found.push({ cue: { ...project, label: PARTNERS }, from, to, confidence: CONFIDENCE.cue + CONFIDENCE.marked });
    }
  }
  return found;
}
