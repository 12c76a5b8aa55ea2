import type { Cues } from '../schema/cues';
import type { Ontology } from '../schema/ontology';
import { type CandidateEntity, findCandidates, tallyCandidates } from './mentions/candidates';
import { demonymMentions } from './mentions/demonyms';
import type { Dictionary } from './mentions/dictionary';
import { governmentWordMentions } from './mentions/government-words';
import { findMentions, type Mention } from './mentions/mentions';
import { shortNameMentions } from './mentions/short-names';
import { surnameMentions } from './mentions/surnames';
import { asContractMaking } from './relations/contract-making';
import { relationsInSentence, type SuggestedRelation } from './relations/relations';
import { SentenceParties } from './sentence-parties';
import { splitSentences } from './sentences/sentences';

export interface SuggestOptions {
  cues: Cues;
  ontology: Ontology;
  /** Relations below this confidence are left out. */
  minConfidence?: number;
  /** At most this many new-entity candidates. */
  maxCandidates?: number;
}

export const SUGGEST_DEFAULTS = { minConfidence: 0.3, maxCandidates: 50 } as const;

/**
 * The types of new-entity candidates that take part in relations. A model name (A100, GPT-4) typed Product
 * stands where the name of a company often stands ("supplies H100 chips to Microsoft"), so it does not.
 */
const PARTY_TYPES = new Set(['Company', 'Government', 'ResearchOrg', 'Person']);

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
  const { minConfidence, maxCandidates } = { ...SUGGEST_DEFAULTS, ...options };
  const named = findMentions(text, dictionary, options.cues);
  const more = [
    ...surnameMentions(text, named, options.cues),
    ...demonymMentions(text, named, dictionary, options.cues),
    ...governmentWordMentions(text, named, dictionary, options.cues),
    ...shortNameMentions(text, named, dictionary, options.cues),
  ];
  const known = more.length > 0 ? [...named, ...more].sort((a, b) => a.start - b.start) : named;
  const candidates = findCandidates(text, known, options.cues);
  const parties = [...known, ...candidates.filter((c) => PARTY_TYPES.has(c.type ?? ''))].sort(
    (a, b) => a.start - b.start,
  );
  const relations = new Map<string, SuggestedRelation>();
  const locale = /[\uAC00-\uD7A3]/.test(text.slice(0, 10_000)) ? 'ko' : 'en';
  const sentences = new SentenceParties(text, parties, options.cues, dictionary.countries);
  for (const sentence of splitSentences(text, locale)) {
    const inside = sentences.of(sentence);
    if (!inside) continue;
    for (const stated of relationsInSentence(text, sentence, inside, options.cues, options.ontology)) {
      if (stated.confidence < minConfidence || otherCountry(stated, dictionary)) continue;
      const relation = asContractMaking(stated, dictionary.contractMakers, dictionary.types, options.ontology);
      const key = relationKey(relation, options.ontology);
      const kept = relations.get(key);
      if (!kept || relation.confidence > kept.confidence) relations.set(key, relation);
    }
  }
  return {
    entities: tallyCandidates(candidates, text, dictionary.types).slice(0, maxCandidates),
    mentioned: countIds(known),
    relations: [...relations.values()],
  };
}

/**
 * A place in a country other than the one the dictionary records for the entity ("Japan's SoftBank and OpenAI" would
 * place OpenAI in Japan): a misreading, not a new fact.
 */
function otherCountry({ type, from, to }: SuggestedRelation, dictionary: Dictionary): boolean {
  if (type !== 'LOCATED_IN') return false;
  const home = dictionary.countries.get(from);
  const place = dictionary.countries.get(to);
  return home !== undefined && place !== undefined && home !== place;
}

/** (type, from, to), unordered for symmetric types. */
export function relationKey(
  { type, from, to }: { type: string; from: string; to: string },
  ontology: Ontology,
): string {
  const turned = ontology.relationTypes[type]?.symmetric && to < from;
  return turned ? `${type} ${to} ${from}` : `${type} ${from} ${to}`;
}

function countIds(mentions: readonly Mention[]): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  return Array.from(counts, ([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
}
