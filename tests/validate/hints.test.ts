import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic } from '../../src/load/diagnostics';
import { parseYamlFile } from '../../src/load/yaml-file';
import { diagnosticsFromZod } from '../../src/load/zod-issues';
import { checkData } from '../../src/pipeline/compile-graph';
import { ArticleSchema, EntitySchema, RelationSchema } from '../../src/schema/data';
import { OntologySchema } from '../../src/schema/ontology';
import { copyFixture, editFile, loadOptionsFor, MINI, ONTOLOGY } from '../helpers/fixture';

type Json = Record<string, unknown>;
type Path = (string | number)[];

/** Every path inside a value, objects and arrays included. */
function pathsIn(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      paths.push(...pathsIn(item, [...prefix, index]));
    });
  } else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) paths.push(...pathsIn(child, [...prefix, key]));
  return paths;
}

type Mutate = (parent: Json | unknown[], key: string | number) => void;
const setTo =
  (value: unknown): Mutate =>
  (parent, key) => {
    (parent as Json)[key] = value;
  };

const MUTATIONS: [string, Mutate][] = [
  [
    'delete',
    (parent, key) => {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    },
  ],
  ['null', setTo(null)],
  ['number', setTo(42)],
  ['negative', setTo(-1)],
  ['list', setTo(['a', 1])],
  ['empty list', setTo([])],
  ['map', setTo({ odd: 1 })],
  ['empty string', setTo('')],
  ['blank string', setTo('   ')],
  ['not a slug', setTo('Not A Slug!')],
  ['bad date', setTo('2024-13')],
  ['boolean', setTo(true)],
  [
    'unknown key',
    (parent, key) => {
      (parent as Json)[`${String(key)}x`] = 1;
    },
  ],
  [
    'prototype key',
    (parent) => {
      Object.defineProperty(parent, '__proto__', { value: 1, enumerable: true });
    },
  ],
];

/** Checks a mutated record against its schema, located through a real YAML document, as a data file would be. */
function diagnosticsOf(schema: z.ZodType, value: unknown, codes?: Set<string>): Diagnostic[] {
  const parsed = parseYamlFile('record.yaml', stringify(value));
  expect(parsed.errors).toEqual([]);
  const result = schema.safeParse(parsed.value);
  if (result.success) return [];
  for (const issue of result.error.issues) codes?.add(issue.code);
  return diagnosticsFromZod({ value: parsed.value, origin: parsed.origin, path: [] }, result.error, { schema });
}

async function bases(): Promise<[string, z.ZodType, Json][]> {
  const read = async (file: string) => parse(await readFile(join(MINI, file), 'utf8'));
  const article = { ...(await read('articles/mini-rapidus.yaml')), body: 'text', url: 'https://example.com' };
  const [entity] = (await read('entities/entities.yaml')).entities;
  const relations = (await read('relations/relations.yaml')).relations;
  const amount = { ...relations[0], amount: { value: 2, currency: 'USD', text: '2' }, date: '2024' };
  return [
    ['article', ArticleSchema, article],
    ['entity', EntitySchema, { ...entity, description: 'd', website: 'https://x.io', wikidata: 'Q1' }],
    ['relation', RelationSchema, amount],
    ['relation with start and end', RelationSchema, { ...relations[1], date: undefined, start: '2024', end: '2025' }],
    ['ontology', OntologySchema, parse(await readFile(ONTOLOGY, 'utf8'))],
  ];
}

describe('every diagnostic has a hint', () => {
  it('for every zod issue a broad set of mutations of every field of every kind of record produces', async () => {
    const codes = new Set<string>();
    let count = 0;
    for (const [kind, schema, base] of await bases()) {
      // In the ontology, one entity type and one relation type stand for the others.
      const sample = (path: Path) =>
        kind !== 'ontology' || path.length < 2 || ['Company', 'LEADS'].includes(String(path[1]));
      for (const path of pathsIn(base).filter(sample)) {
        if (path.length === 0) continue;
        for (const [name, mutate] of MUTATIONS) {
          const value = structuredClone(base);
          let parent: unknown = value;
          for (const segment of path.slice(0, -1)) parent = (parent as Json)[segment];
          mutate(parent as Json, path[path.length - 1] as string | number);
          for (const diagnostic of diagnosticsOf(schema, value, codes)) {
            count++;
            expect(diagnostic.hint?.trim(), `${kind} ${path.join('.')} ${name}: ${diagnostic.message}`).toBeTruthy();
          }
        }
      }
    }
    expect(count).toBeGreaterThan(500);
    expect([...codes].sort()).toEqual(
      expect.arrayContaining([
        'custom',
        'invalid_format',
        'invalid_key',
        'invalid_type',
        'invalid_value',
        'too_small',
        'unrecognized_keys',
      ]),
    );
  });

  it('the hints say what to do', async () => {
    const [, [, , entity] = [], [, , relation] = []] = (await bases()) as [string, z.ZodType, Json][];
    const hintFor = (schema: z.ZodType, value: unknown, message: RegExp) => {
      const found = diagnosticsOf(schema, value).find((d) => message.test(d.message));
      expect(found, `no diagnostic matching ${message}`).toBeDefined();
      return found?.hint ?? '';
    };
    const noKo = structuredClone(entity) as Json;
    delete (noKo.names as Json).ko;
    expect(hintFor(EntitySchema, noKo, /names\.ko: missing required field/)).toMatch(
      /^add "ko" under names: e\.g\. ko: /,
    );
    expect(hintFor(RelationSchema, { ...relation, status: undefined }, /status: missing/)).toMatch(
      /add "status": one of considered, announced, active, ended/,
    );
    expect(hintFor(RelationSchema, { ...relation, status: 'activ' }, /status/)).toMatch(
      /did you mean "active"\? use one of/,
    );
    expect(hintFor(EntitySchema, { ...entity, aliases: 'MS' }, /aliases/)).toMatch(
      /expected a list, e\.g\. aliases: \[/,
    );
    expect(hintFor(EntitySchema, { ...entity, country: 'jp' }, /country/)).toMatch(/pattern .*e\.g\. country: JP/);
    expect(hintFor(EntitySchema, { ...entity, website: 'www.x' }, /website/)).toMatch(/https:\/\//);
    expect(hintFor(EntitySchema, { ...entity, contry: 'JP' }, /contry/)).toMatch(/did you mean "country"\?.*aliases/);
    expect(hintFor(RelationSchema, { ...relation, evidence: [] }, /evidence/)).toMatch(/add an evidence item/);
    expect(hintFor(RelationSchema, { ...relation, date: null }, /date/)).toMatch(/the value is empty/);
  });

  it('for problems found in files: YAML, reading, references, duplicates and quotes', async () => {
    const dir = await copyFixture();
    await editFile(dir, 'relations/relations.yaml', (t) =>
      t
        .replace('to: ibm', 'to: ibmm')
        .replace('type: LEADS', 'type: LEAD')
        .replace('quote: 엔비디아의 젠슨 황 CEO는', 'quote: 엔비디아 CEO')
        .replace(
          'status: considered',
          'status: considered\n    role: partner\n    amount: { value: 1, currency: USD, text: "1 달러" }',
        ),
    );
    await editFile(dir, 'entities/entities.yaml', (t) =>
      t.replace('type: Person', 'type: Human').replace('country: US\n', 'country: US\n    wikidata: Q0\n'),
    );
    await editFile(dir, 'articles/mini-rapidus.yaml', (t) => t.replace(/published: .*/, 'published: 2024-13'));
    const { diagnostics } = await checkData(loadOptionsFor(dir));
    expect(diagnostics.length).toBeGreaterThan(4);
    for (const diagnostic of diagnostics) expect(diagnostic.hint?.trim(), diagnostic.message).toBeTruthy();
  });
});
