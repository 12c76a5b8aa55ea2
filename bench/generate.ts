import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, Entity, Relation } from '../src/schema/data';
import type { Ontology } from '../src/schema/ontology';
import { LineWriter } from './line-writer';
import { entityNames, type Names } from './names';
import { Random } from './random';
import { AMOUNTS, FILLER, fill, PUBLISHERS, ROLES, SENTENCES, TOPICS } from './templates';

export const DEFAULTS = { seed: 20261123, relationsPerEntity: 10, relationsPerArticle: 20 };

/** Entity types and how common each is. */
const TYPE_WEIGHTS: Record<string, number> = {
  Company: 50,
  Person: 10,
  Product: 10,
  Technology: 8,
  Facility: 8,
  Government: 5,
  ResearchOrg: 5,
  Place: 3,
  Event: 1,
};

export interface GeneratedCounts {
  relations: number;
  entities: number;
  articles: number;
}

/** Writes a synthetic dataset of `relations` relations as JSON Lines under dir/{entities,articles,relations}; same options, same bytes. */
export async function generateDataset(
  dir: string,
  relations: number,
  ontology: Ontology,
  options: Partial<typeof DEFAULTS> = {},
): Promise<GeneratedCounts> {
  const { seed, relationsPerEntity, relationsPerArticle } = { ...DEFAULTS, ...options };
  const random = new Random(seed);
  const counts = datasetCounts(relations, { relationsPerEntity, relationsPerArticle });
  const staging = `${dir}.${process.pid}.tmp`;
  await rm(staging, { recursive: true, force: true });
  for (const folder of ['entities', 'articles', 'relations']) await mkdir(join(staging, folder), { recursive: true });

  const entities = makeEntities(random, counts.entities);
  const entityOut = new LineWriter(join(staging, 'entities', 'entities.jsonl'));
  for (const entity of entities) entityOut.write(JSON.stringify(entity));
  entityOut.close();

  const articleOut = new LineWriter(join(staging, 'articles', 'articles.jsonl'));
  const relationOut = new LineWriter(join(staging, 'relations', 'relations.jsonl'));
  const picker = new RelationPicker(random, entities, ontology);
  for (let a = 0; a < counts.articles; a++) {
    const id = `bench-article-${a}`;
    const perArticle = Math.floor(relations / counts.articles) + (a < relations % counts.articles ? 1 : 0);
    const sentences: string[] = [];
    for (let r = 0; r < perArticle; r++) {
      const relation = picker.next();
      const quote = quoteFor(random, relation, picker.names);
      relationOut.write(JSON.stringify({ ...relation, evidence: [{ article: id, quote }] }));
      const inBody = random.chance(0.3) ? quote.replace(' ', '\n') : quote;
      sentences.push(`${inBody}.`, fill(random.pick(FILLER), { topic: random.pick(TOPICS) }));
    }
    articleOut.write(JSON.stringify(makeArticle(random, id, sentences)));
  }
  articleOut.close();
  relationOut.close();
  await rm(dir, { recursive: true, force: true });
  await rename(staging, dir);
  return counts;
}

/** How many entities and articles a dataset of this many relations has. */
export function datasetCounts(relations: number, options: Partial<typeof DEFAULTS> = {}): GeneratedCounts {
  const { relationsPerEntity, relationsPerArticle } = { ...DEFAULTS, ...options };
  return {
    relations,
    entities: Math.max(50, Math.round(relations / relationsPerEntity)),
    articles: Math.max(5, Math.round(relations / relationsPerArticle)),
  };
}

function makeEntities(random: Random, count: number): Entity[] {
  const types = Object.entries(TYPE_WEIGHTS).flatMap(([type, weight]) => Array<string>(weight).fill(type));
  return Array.from({ length: count }, (_, i) => {
    const type = random.pick(types);
    const names = entityNames(random, type);
    const slug = names.en.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    return {
      id: `${slug}-${i.toString(36)}`,
      type,
      names,
      aliases: random.chance(0.3) ? [names.en.replace(/[^A-Z]/g, '') || names.en] : [],
      ...(type === 'Person' ? {} : { country: random.pick(['KR', 'US', 'JP', 'TW', 'CN', 'DE', 'NL']) }),
    };
  });
}

/** Draws relations whose ends fit the ontology, never the same (from, type, to) twice. */
class RelationPicker {
  readonly names = new Map<string, Names>();
  private readonly seen = new Set<string>();
  private readonly ends: { type: string; symmetric: boolean; from: string[]; to: string[] }[];

  constructor(
    private readonly random: Random,
    entities: readonly Entity[],
    ontology: Ontology,
  ) {
    for (const entity of entities) this.names.set(entity.id, entity.names);
    const ofTypes = (types: readonly string[]) => entities.filter((e) => types.includes(e.type)).map((e) => e.id);
    this.ends = Object.entries(ontology.relationTypes)
      .map(([type, definition]) => ({
        type,
        symmetric: definition.symmetric,
        from: ofTypes(definition.from),
        to: ofTypes(definition.to),
      }))
      .filter((end) => end.from.length > 0 && end.to.length > 0);
  }

  next(): Omit<Relation, 'evidence'> {
    for (;;) {
      const { type, symmetric, from: froms, to: tos } = this.random.pick(this.ends);
      const from = this.random.pick(froms);
      const to = this.random.pick(tos);
      const key = symmetric && to < from ? `${to}|${type}|${from}` : `${from}|${type}|${to}`;
      if (from === to || this.seen.has(key)) continue;
      this.seen.add(key);
      return this.details(type, from, to);
    }
  }

  private details(type: string, from: string, to: string): Omit<Relation, 'evidence'> {
    const random = this.random;
    const month = `2024-${String(random.int(1, 12)).padStart(2, '0')}`;
    return {
      type,
      from,
      to,
      status: random.pick(['considered', 'announced', 'active', 'ended'] as const),
      ...(random.chance(0.4) ? { date: month } : random.chance(0.2) ? { start: month } : {}),
      ...(type === 'LEADS' ? { role: random.pick(ROLES) } : {}),
      ...(type === 'INVESTS_IN' ? { amount: random.pick(AMOUNTS) } : {}),
      ...(random.chance(0.3) ? { topic: random.pick(TOPICS) } : {}),
    };
  }
}

/** The sentence that reports the relation, naming each end in Korean or, sometimes, English. */
function quoteFor(random: Random, relation: Omit<Relation, 'evidence'>, names: ReadonlyMap<string, Names>): string {
  const name = (id: string) => {
    const entity = names.get(id);
    return (random.chance(0.3) ? entity?.en : entity?.ko) ?? id;
  };
  return fill(SENTENCES[relation.type] ?? '{from} {to}', {
    from: name(relation.from),
    to: name(relation.to),
    topic: relation.topic ?? random.pick(TOPICS),
    role: relation.role ?? '',
    amount: relation.amount?.text ?? '',
  });
}

function makeArticle(random: Random, id: string, sentences: readonly string[]): Article {
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 6) paragraphs.push(sentences.slice(i, i + 6).join(' '));
  return {
    id,
    title: `${(sentences[0] ?? id).replace(/\s+/g, ' ').slice(0, 30)} 外`,
    publisher: random.pick(PUBLISHERS),
    url: `https://news.example.com/${id}`,
    published: `2024-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
    language: 'ko',
    body: paragraphs.join('\n\n'),
  };
}
