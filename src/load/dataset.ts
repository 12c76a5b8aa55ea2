import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { type Article, ArticleSchema, type Entity, EntitySchema, type Relation, RelationSchema } from '../schema/data';
import type { Ontology } from '../schema/ontology';
import type { Diagnostic, Located } from './diagnostics';
import { InputFileError, InputNotFoundError } from './errors';
import { loadOntology } from './ontology';
import { listFiles } from './paths';
import { type RecordKind, readRecordFile } from './record-files';
import { diagnosticsFromZod } from './zod-issues';

export interface Dataset {
  ontology: Ontology;
  articles: Located<Article>[];
  entities: Located<Entity>[];
  relations: Located<Relation>[];
}

export interface LoadOptions {
  /** The folder with articles/, entities/ and relations/. */
  dataDir: string;
  ontologyPath: string;
}

export interface LoadResult {
  /** Every record that passed its schema; undefined only when the ontology itself is unusable. */
  dataset?: Dataset;
  diagnostics: Diagnostic[];
}

export const RECORD_EXTENSIONS = ['.yaml', '.yml', '.jsonl'] as const;

/** Reads the ontology and every data file, checking each record against its zod schema. */
export async function loadDataset(options: LoadOptions): Promise<LoadResult> {
  const dataStat = await stat(options.dataDir).catch(() => undefined);
  if (!dataStat?.isDirectory()) {
    throw new InputNotFoundError(
      options.dataDir,
      'pass --data DIR with the folder that holds articles/, entities/ and relations/',
    );
  }
  const { ontology, diagnostics } = await loadOntology(options.ontologyPath);
  const [articles, entities, relations] = await Promise.all([
    loadKind(options.dataDir, 'article', ArticleSchema, diagnostics),
    loadKind(options.dataDir, 'entity', EntitySchema, diagnostics),
    loadKind(options.dataDir, 'relation', RelationSchema, diagnostics),
  ]);
  if (articles.length + entities.length + relations.length === 0 && diagnostics.length === 0) {
    diagnostics.push({
      file: options.dataDir,
      line: 1,
      col: 1,
      message: 'no data files found',
      hint: 'put articles in articles/, entities in entities/ and relations in relations/ (.yaml or .jsonl)',
    });
  }
  return { dataset: ontology && { ontology, articles, entities, relations }, diagnostics };
}

const FOLDERS: Record<RecordKind, string> = { article: 'articles', entity: 'entities', relation: 'relations' };

async function loadKind<T>(
  dataDir: string,
  kind: RecordKind,
  schema: z.ZodType<T>,
  diagnostics: Diagnostic[],
): Promise<Located<T>[]> {
  const files = await listFiles(join(dataDir, FOLDERS[kind]), RECORD_EXTENSIONS).catch((error: unknown) => {
    if (!(error instanceof InputFileError)) throw error;
    diagnostics.push(error.toDiagnostic('this folder'));
    return [];
  });
  const perFile = await Promise.all(files.map((file) => readRecordFile(file, kind)));
  const valid: Located<T>[] = [];
  for (const { records, diagnostics: fileDiagnostics } of perFile) {
    diagnostics.push(...fileDiagnostics);
    for (const record of records) {
      const result = schema.safeParse(record.value);
      if (result.success) valid.push({ ...record, value: result.data });
      else diagnostics.push(...diagnosticsFromZod(record, result.error, { schema }));
    }
  }
  return valid;
}
