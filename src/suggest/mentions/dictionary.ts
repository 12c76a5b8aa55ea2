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
  /** A place's government, where one entity is named after it (일본 → 일본 정부, Japan → Government of Japan). */
  governments: Map<string, string>;
  /** Each place by every one of its names (folded as the matcher folds them). */
  places: Map<string, string>;
  /** Per entry of a thing named after its maker (MS 365, 삼성 갤럭시): the maker and how long its name is there. */
  makers: Map<number, Maker>;
}

/** The organisation whose name opens the name of a thing: MS in MS 365. */
export interface Maker {
  id: string;
  type: string;
  length: number;
}

/** The types that make things, and the things named after their makers (a plant named after its owner is not made). */
const MAKER_TYPES = new Set(['Company', 'ResearchOrg', 'Government']);
const THINGS = new Set(['Product', 'Technology']);

/** A government's name that holds the name of its place: 일본 정부, Japan's government, Government of Japan. */
const GOVERNMENT_OF = [
  /^(.+?)\s*정부$/,
  /^(?:the\s+)?(.+?)(?:'s)?\s+government$/,
  /^government\s+of\s+(?:the\s+)?(.+)$/,
];

type Named = Pick<Entity, 'id' | 'type' | 'names' | 'aliases'>;

const namesOf = (entity: Named) =>
  [...Object.values(entity.names), ...entity.aliases].map((name) => foldAscii(name?.trim() ?? '')).filter(Boolean);

/** Each place whose name a single government's name holds, and that government. */
function governmentsOf(entities: readonly Named[]): Map<string, string> {
  const byPlaceName = new Map<string, string | null>();
  for (const entity of entities) {
    if (entity.type !== 'Government') continue;
    for (const name of namesOf(entity)) {
      const place = GOVERNMENT_OF.map((pattern) => pattern.exec(name)?.[1]).find(Boolean);
      if (!place) continue;
      const claimed = byPlaceName.get(place);
      byPlaceName.set(place, claimed === undefined || claimed === entity.id ? entity.id : null);
    }
  }
  const governments = new Map<string, string>();
  for (const entity of entities) {
    if (entity.type !== 'Place') continue;
    const government = namesOf(entity)
      .map((name) => byPlaceName.get(name))
      .find(Boolean);
    if (government) governments.set(entity.id, government);
  }
  return governments;
}

/**
 * Builds the dictionary from entity records: every name in every language, and every alias. A name that
 * several entities share (an alias such as "SE", in any letter case) names the first of them.
 */
export function buildDictionary(entities: readonly Named[]): Dictionary {
  const seen = new Set<string>();
  const entries: DictionaryEntry[] = [];
  for (const entity of entities) {
    for (const name of namesOf(entity)) {
      if (seen.has(name)) continue;
      seen.add(name);
      entries.push({ name, id: entity.id, type: entity.type });
    }
  }
  return {
    entries,
    matcher: new AhoCorasick(entries.map((entry) => entry.name)),
    types: new Map(entities.map((entity) => [entity.id, entity.type])),
    governments: governmentsOf(entities),
    places: new Map(entries.filter((entry) => entry.type === 'Place').map((entry) => [entry.name, entry.id])),
    makers: makersOf(entries),
  };
}

/** The entries of things whose name opens with a maker's name and a space (MS 365), with that maker. */
function makersOf(entries: readonly DictionaryEntry[]): Map<number, Maker> {
  const byName = new Map<string, DictionaryEntry>();
  for (const entry of entries) if (MAKER_TYPES.has(entry.type)) byName.set(entry.name, entry);
  const makers = new Map<number, Maker>();
  entries.forEach((entry, index) => {
    if (!THINGS.has(entry.type)) return;
    for (let space = entry.name.indexOf(' '); space > 0; space = entry.name.indexOf(' ', space + 1)) {
      const maker = byName.get(entry.name.slice(0, space));
      if (maker) makers.set(index, { id: maker.id, type: maker.type, length: space });
    }
  });
  return makers;
}
