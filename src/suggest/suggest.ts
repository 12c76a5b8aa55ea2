import type { Ontology } from '../schema/ontology';
import { type CandidateEntity, findCandidates, tallyCandidates } from './candidates';
import type { Cues } from './cues';
import type { Dictionary } from './dictionary';
import { findMentions, type Mention } from './mentions';
import { relationsInSentence, type SuggestedRelation } from './relations';
import { splitSentences } from './sentences';

export interface SuggestOptions {
  cues: Cues;
  ontology: Ontology;
  /** Relations below this confidence are left out. */
  minConfidence?: number;
  /** At most this many new-entity candidates. */
  maxCandidates?: number;
}

export const DEFAULTS = { minConfidence: 0.3, maxCandidates: 50 } as const;

/** What `suggest` proposes for one text. */
export interface Suggestion {
  /** Proposed new entities. */
  entities: CandidateEntity[];
  /** Known entities the text names, with how often. */
  mentioned: { id: string; count: number }[];
  relations: SuggestedRelation[];
}

/** Drafts entities and relations from a text, given the known entities; pure, for use on any text. */
export function suggest(text: string, dictionary: Dictionary, options: SuggestOptions): Suggestion {
  const { minConfidence, maxCandidates } = { ...DEFAULTS, ...options };
  const known = findMentions(text, dictionary, options.cues);
  const candidates = findCandidates(text, known, options.cues);
  const parties = [...known, ...candidates.filter((c) => c.type !== undefined)].sort((a, b) => a.start - b.start);
  const relations = new Map<string, SuggestedRelation>();
  const locale = /[\uAC00-\uD7A3]/.test(text.slice(0, 10_000)) ? 'ko' : 'en';
  let next = 0;
  for (const sentence of splitSentences(text, locale)) {
    while (next < parties.length && (parties[next] as Mention).start < sentence.start) next++;
    const inside: Mention[] = [];
    for (let i = next; i < parties.length && (parties[i] as Mention).end <= sentence.end; i++) {
      const m = parties[i] as Mention;
      inside.push({ ...m, start: m.start - sentence.start, end: m.end - sentence.start });
    }
    const body = text.slice(sentence.start, sentence.end);
    for (const relation of relationsInSentence(body, inside, options.cues, options.ontology)) {
      if (relation.confidence < minConfidence) continue;
      const key = relationKey(relation, options.ontology);
      const kept = relations.get(key);
      if (!kept || relation.confidence > kept.confidence) relations.set(key, relation);
    }
  }
  return {
    entities: tallyCandidates(candidates, new Set(dictionary.types.keys())).slice(0, maxCandidates),
    mentioned: countIds(known),
    relations: [...relations.values()],
  };
}

/** (type, from, to), unordered for symmetric types. */
export function relationKey(relation: { type: string; from: string; to: string }, ontology: Ontology): string {
  const ends = [relation.from, relation.to];
  if (ontology.relationTypes[relation.type]?.symmetric) ends.sort();
  return [relation.type, ...ends].join(' ');
}

function countIds(mentions: readonly Mention[]): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
}
