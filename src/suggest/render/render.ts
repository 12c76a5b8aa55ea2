import { Document, isMap, isSeq } from 'yaml';
import type { CandidateEntity } from '../mentions/candidates';
import type { SuggestedRelation } from '../relations/relations';
import type { Suggestion } from '../suggest';

/**
 * The version of the `--format json` shape. 2 added `offsets` to each relation (the quoted sentence and the two
 * mentions, as [start, end) in the article text); everything of version 1 is unchanged.
 */
export const DRAFT_VERSION = 2;

/** The draft as the `--format json` output: data-format records plus review fields beside them. */
export interface Draft {
  version: typeof DRAFT_VERSION;
  article: string;
  entities: (ReturnType<typeof entityRecord> & { mentions: number; typeKnown: boolean; review: true })[];
  mentioned: Suggestion['mentioned'];
  relations: (SuggestedRelation & { evidence: { article: string; quote: string }[]; review: true })[];
}

const FALLBACK_TYPE = 'Company';

function entityRecord(candidate: CandidateEntity) {
  return {
    id: candidate.id,
    type: candidate.type ?? FALLBACK_TYPE,
    names: { en: candidate.name, ko: candidate.name },
  };
}

function relationRecord(relation: SuggestedRelation, article: string) {
  const { type, from, to, status, date, amount, role, quote } = relation;
  return { type, from, to, status, date, amount, role, evidence: [{ article, quote }] };
}

/** Turns a suggestion into draft records that cite `article`, each marked for review. */
export function toDraft(suggestion: Suggestion, article: string): Draft {
  return {
    version: DRAFT_VERSION,
    article,
    entities: suggestion.entities.map((candidate) => ({
      ...entityRecord(candidate),
      mentions: candidate.count,
      typeKnown: candidate.type !== undefined,
      review: true,
    })),
    mentioned: suggestion.mentioned,
    relations: suggestion.relations.map((relation) => ({
      ...relation,
      evidence: relationRecord(relation, article).evidence,
      review: true,
    })),
  };
}

/** The draft in the project's data format (entities: and relations:), with a # REVIEW comment on every record. */
export function renderYaml(suggestion: Suggestion, article: string): string {
  const doc = new Document({
    entities: suggestion.entities.map(entityRecord),
    relations: suggestion.relations.map((relation) => relationRecord(relation, article)),
  });
  doc.commentBefore = [
    ` Draft from ikg suggest for article "${article}": every record needs review before it goes into data/.`,
    ' Known entities are named by their ids; new ones by a proposed id.',
  ].join('\n');
  const comment = (key: string, notes: string[]) => {
    const seq = doc.get(key, true);
    if (!isSeq(seq)) return;
    seq.items.forEach((item, index) => {
      if (isMap(item)) item.commentBefore = ` REVIEW ${notes[index]}`;
    });
  };
  comment(
    'entities',
    suggestion.entities.map((c) =>
      c.type
        ? `new entity, ${c.count} mention${c.count === 1 ? '' : 's'}; type from its name or title; add the name in the other language`
        : `TYPE UNKNOWN: "type: ${FALLBACK_TYPE}" is only a placeholder, set the right type; new entity, ${c.count} mention${c.count === 1 ? '' : 's'}; add the name in the other language`,
    ),
  );
  comment(
    'relations',
    suggestion.relations.map((r) => `confidence ${r.confidence.toFixed(2)}`),
  );
  return doc.toString({ lineWidth: 0 });
}
