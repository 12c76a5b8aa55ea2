import type { Entity } from '../../schema/data';
import { foldAscii } from '../text';
import { AhoCorasick } from './aho-corasick';

/** A name to look for, and the entity it names. */
export interface DictionaryEntry {
  name: string;
  id: string;
  type: string;
}

/** The known entities as one Aho–Corasick automaton over all their names and aliases. */
export interface Dictionary {
  entries: DictionaryEntry[];
  matcher: AhoCorasick;
  types: Map<string, string>;
}

/**
 * Builds the dictionary from entity records: every name in every language, and every alias. A name that
 * several entities share (an alias such as "SE", in any letter case) names the first of them.
 */
export function buildDictionary(entities: readonly Pick<Entity, 'id' | 'type' | 'names' | 'aliases'>[]): Dictionary {
  const seen = new Set<string>();
  const entries: DictionaryEntry[] = [];
  for (const entity of entities) {
    for (const name of [...Object.values(entity.names), ...entity.aliases]) {
      const folded = foldAscii(name?.trim() ?? '');
      if (!folded || seen.has(folded)) continue;
      seen.add(folded);
      entries.push({ name: folded, id: entity.id, type: entity.type });
    }
  }
  return {
    entries,
    matcher: new AhoCorasick(entries.map((entry) => entry.name)),
    types: new Map(entities.map((entity) => [entity.id, entity.type])),
  };
}
