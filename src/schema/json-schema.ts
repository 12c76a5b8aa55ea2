import { z } from 'zod';
import { CuesSchema } from './cues';
import {
  ArticleFileSchema,
  ArticleSchema,
  EntitiesFileSchema,
  EntitySchema,
  RelationSchema,
  RelationsFileSchema,
} from './data';
import { OntologySchema } from './ontology';

/** The JSON Schema files in graph-schema/, generated from the zod schemas, with what each one describes. */
export const JSON_SCHEMA_FILES = {
  'ontology.schema.json': { schema: OntologySchema, title: 'industry-kg ontology (graph-schema/ontology.yaml)' },
  'article.schema.json': { schema: ArticleFileSchema, title: 'industry-kg article metadata (data/articles/*.yaml)' },
  'entities.schema.json': { schema: EntitiesFileSchema, title: 'industry-kg entities (data/entities/*.yaml)' },
  'relations.schema.json': { schema: RelationsFileSchema, title: 'industry-kg relations (data/relations/*.yaml)' },
  'article-record.schema.json': {
    schema: ArticleSchema,
    title: 'industry-kg article, one line of data/articles/*.jsonl',
  },
  'entity-record.schema.json': { schema: EntitySchema, title: 'industry-kg entity, one line of data/entities/*.jsonl' },
  'relation-record.schema.json': {
    schema: RelationSchema,
    title: 'industry-kg relation, one line of data/relations/*.jsonl',
  },
  'suggest-cues.schema.json': {
    schema: CuesSchema,
    title: 'industry-kg suggest cue lexicon (graph-schema/suggest-cues.yaml)',
  },
} as const;

/** The text of each JSON Schema file, keyed by file name. */
export function renderJsonSchemas(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(JSON_SCHEMA_FILES).map(([file, { schema, title }]) => {
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
      return [file, `${JSON.stringify({ ...json, title }, null, 2)}\n`];
    }),
  );
}
