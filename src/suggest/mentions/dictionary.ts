import type { Entity } from '../../schema/data';
import { foldAscii } from '../text';
import { AhoCorasick } from './aho-corasick';

/** A name to look for, and the entity it names. */
export interface DictionaryEntry {
  name: string;
  id: string;
  type: string;
  /** A short name in capitals (US, MS, SK), which names the entity only in capitals: not "told us". */
  capitals?: boolean;
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
  /** The organisations whose description calls them a foundry or a contract manufacturer: they make for others. */
  contractMakers: Set<string>;
  /** Each entity's country code, where its record gives one. */
  countries: Map<string, string>;
  /** Per government or research body, the short forms news uses once it is named: Commission, 집행위. */
  shortNames: Map<string, string[]>;
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

type Named = Pick<Entity, 'id' | 'type' | 'names' | 'aliases' | 'description' | 'country'>;

/**
 * A description whose first phrase names a foundry or a contract manufacturer ("Taiwanese foundry, the leader in …",
 * "China's largest foundry"), not one that lists it among other trades ("maker of memory chips, …, and a foundry").
 */
const CONTRACT_MAKER =
  /^(?:[^,;.]|(?<=[A-Z])\.)*?(?:\bfoundry|\bfoundries|\bcontract (?:chip ?)?(?:manufactur|maker)|파운드리|위탁생산)/i;

const writtenNamesOf = (entity: Named) =>
  [...Object.values(entity.names), ...entity.aliases].map((name) => name?.trim() ?? '').filter(Boolean);

const namesOf = (entity: Named) => writtenNamesOf(entity).map(foldAscii);

/** A name in two to four capitals and digits: it may be a common word in small letters (US, IT, MS). */
const CAPITALS = /^[A-Z][A-Z0-9]{1,3}$/;

/** A place's short name in capitals, written with full stops as English news writes it: US → U.S., UK → U.K. */
const dotted = (name: string) => (/^[A-Z]{2,3}$/.test(name) ? `${[...name].join('.')}.` : undefined);

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
  const placeNames = new Set(entities.filter((entity) => entity.type === 'Place').flatMap(namesOf));
  const seen = new Set<string>();
  const entries: DictionaryEntry[] = [];
  for (const entity of entities) {
    const names = namesOf(entity);
    for (const written of writtenNamesOf(entity)) {
      const name = foldAscii(written);
      if (seen.has(name) || isOriginAndName(entity, name, names, placeNames)) continue;
      seen.add(name);
      entries.push({ name, id: entity.id, type: entity.type, ...(CAPITALS.test(written) && { capitals: true }) });
    }
  }
  // Forms of names the records do not spell out, where no record claims them: U.S., Taiwan Semiconductor Manufacturing.
  for (const entity of entities) {
    const written = writtenNamesOf(entity);
    const forms = [
      ...written.map(withoutLegalForm),
      ...(entity.type === 'Place' ? written.map(dotted) : []).map((form) => form && foldAscii(form)),
      ...written.flatMap(nodeSpellings),
    ];
    for (const form of forms) {
      if (!form || seen.has(form)) continue;
      seen.add(form);
      entries.push({ name: form, id: entity.id, type: entity.type, ...(form.includes('.') && { capitals: true }) });
    }
  }
  return {
    entries,
    matcher: new AhoCorasick(entries.map((entry) => entry.name)),
    types: new Map(entities.map((entity) => [entity.id, entity.type])),
    governments: governmentsOf(entities),
    places: new Map(entries.filter((entry) => entry.type === 'Place').map((entry) => [entry.name, entry.id])),
    makers: makersOf(entries),
    contractMakers: new Set(
      entities.filter((entity) => CONTRACT_MAKER.test(entity.description ?? '')).map((entity) => entity.id),
    ),
    countries: new Map(entities.flatMap((entity) => (entity.country ? [[entity.id, entity.country]] : []))),
    shortNames: shortNamesOf(entities),
  };
}

/** Bodies whose short forms name them once they are named: governments and research bodies. */
const SHORTENED = new Set(['Government', 'ResearchOrg']);
/** An English name of two words or more, its last word capitalised: European [Commission], Federal Trade [Commission]. */
const LAST_CAPITALISED = /^\S.*\s([A-Z][a-z]{3,})$/;
/** A Korean name's last word that ends in 위원회, which news clips to 위: [집행]위원회 → 집행위. */
const COMMITTEE = /(?:^|\s)([가-힣]+)위원회$/;

/** The short forms of each government's and research body's names: European Commission → Commission, EU 집행위원회 → 집행위. */
function shortNamesOf(entities: readonly Named[]): Map<string, string[]> {
  const shortNames = new Map<string, string[]>();
  for (const entity of entities) {
    if (!SHORTENED.has(entity.type)) continue;
    const forms = new Set<string>();
    for (const written of writtenNamesOf(entity)) {
      const english = LAST_CAPITALISED.exec(written)?.[1];
      if (english) forms.add(english);
      const korean = COMMITTEE.exec(written)?.[1];
      if (korean) forms.add(`${korean}위`);
    }
    if (forms.size > 0) shortNames.set(entity.id, [...forms]);
  }
  return shortNames;
}

/** A company's legal form at the end of its name, as news leaves it out or shortens it: Co., Corp., Inc., 주식회사. */
const LEGAL_FORM =
  /^(.+?),?\s+(?:company|co\.|corporation|corp\.|incorporated|inc\.|limited|ltd\.|llc|plc|n\.v\.|ag|주식회사)$/;

/**
 * A name without its legal form (Taiwan Semiconductor Manufacturing [Company]), which then names the company in
 * "Taiwan Semiconductor Manufacturing Co." too; none where the rest is a single word, which other things share.
 */
function withoutLegalForm(written: string): string | undefined {
  let stem: string | undefined;
  // Samsung Electronics Co., Ltd.: every legal form, the last first.
  for (let rest = LEGAL_FORM.exec(foldAscii(written))?.[1]; rest; rest = LEGAL_FORM.exec(rest)?.[1]) stem = rest;
  return stem?.includes(' ') ? stem : undefined;
}

/** A chip process node as one of its names gives it: 2nm, 2 nm, 2㎚, 2나노, 2나노미터. */
const NODE = /^(\d+(?:\.\d+)?)\s?(?:nm|㎚|나노|나노미터)$/i;

/** The other ways news writes a process node: 2-nanometre, 3 nanometres, 2-nm, 2나노미터. */
function nodeSpellings(written: string): string[] {
  const size = NODE.exec(written)?.[1];
  if (size === undefined) return [];
  const units = ['nanometre', 'nanometer', 'nanometres', 'nanometers'];
  return [
    ...units.flatMap((unit) => [`${size}-${unit}`, `${size} ${unit}`]),
    `${size}-nm`,
    `${size}나노미터`,
    `${size}나노`,
  ];
}

/** Organisations written after their origin, whose origin the text's own place mention gives. */
const ORIGIN_TYPES = new Set(['Company', 'ResearchOrg']);

/**
 * An organisation's alias that is a place and another of its names (대만 TSMC): it is left to the place and the name,
 * so that the origin stays a mention of its own.
 */
function isOriginAndName(entity: Named, name: string, names: readonly string[], placeNames: ReadonlySet<string>) {
  const space = name.indexOf(' ');
  return (
    ORIGIN_TYPES.has(entity.type) &&
    space > 0 &&
    placeNames.has(name.slice(0, space)) &&
    names.includes(name.slice(space + 1))
  );
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
