import type { z } from 'zod';
import { relationEdgeKey } from '../graph/types';
import { type Dataset, type LoadOptions, loadDataset } from '../load/dataset';
import { ValidationError } from '../load/errors';
import type { Cues } from '../schema/cues';
import {
  AddAliasRequest,
  AddArticleRequest,
  AddEntityRequest,
  AddRelationRequest,
  ArticleIdRequest,
  RemoveRelationRequest,
  UpdateRelationRequest,
} from '../schema/curate';
import { RELATION_STATUSES } from '../schema/data';
import { loadCues } from '../suggest/cues/load-cues';
import { proposeArticleId } from './article-id';
import { dataFileVersions, readDataFile } from './data-files';
import {
  type EditContext,
  type PlannedEdit,
  planAddAlias,
  planAddArticle,
  planAddEntity,
  planAddRelation,
  planRemoveRelation,
  planUpdateRelation,
} from './edits';
import { BadRequestError, EditRefusedError } from './errors';
import { type Review, reviewArticle } from './review';
import { checkVersions, checkWithChanges, commitChanges } from './staged-files';

export interface WorkbenchOptions extends LoadOptions {
  cuesPath?: string;
  /** Called after every write, with the changed files; the server rebuilds the site's data here. */
  onChange?: () => Promise<void>;
}

/** What the page needs to curate: the file versions it edits against, the ontology's rules, entities and articles. */
export interface Session {
  versions: Record<string, string>;
  statuses: readonly string[];
  entityTypes: string[];
  relationTypes: Record<
    string,
    { label: { en: string; ko: string }; symmetric: boolean; from: string[]; to: string[] }
  >;
  entities: { id: string; type: string; names: Record<string, string | undefined>; aliases: string[] }[];
  articles: { id: string; title: string; published: string; language: string }[];
}

/** The outcome of a write. */
export interface WriteResult {
  message: string;
  files: string[];
  versions: Record<string, string>;
  /** The explorer's key of the edge the write added or changed. */
  edge?: string;
  /** Warnings `ikg validate` now reports about the changed files, such as a probable duplicate entity. */
  warnings: string[];
}

/**
 * The curation workbench over one data folder: reads the data for the page, and writes edits that pass the same
 * validation as `ikg validate`, atomically and only over files unchanged since the page read them. Writes run one
 * at a time.
 */
export class Workbench {
  private queue: Promise<unknown> = Promise.resolve();
  private cues?: Promise<Cues>;

  constructor(private readonly options: WorkbenchOptions) {}

  async session(): Promise<Session> {
    const [dataset, versions] = await Promise.all([this.dataset(), dataFileVersions(this.options.dataDir)]);
    const { ontology } = dataset;
    return {
      versions: Object.fromEntries(versions),
      statuses: RELATION_STATUSES,
      entityTypes: Object.keys(ontology.entityTypes),
      relationTypes: Object.fromEntries(
        Object.entries(ontology.relationTypes).map(([name, def]) => [
          name,
          { label: def.label, symmetric: def.symmetric, from: def.from, to: def.to },
        ]),
      ),
      entities: dataset.entities.map(({ value: { id, type, names, aliases } }) => ({ id, type, names, aliases })),
      articles: dataset.articles.map(({ value: { id, title, published, language } }) => ({
        id,
        title,
        published,
        language,
      })),
    };
  }

  async review(articleId: string): Promise<Review> {
    this.cues ??= loadCues(this.options.cuesPath);
    return reviewArticle(await this.dataset(), await this.cues, articleId);
  }

  async proposeArticleId(body: unknown): Promise<string> {
    const fields = parseRequest(ArticleIdRequest, body);
    const dataset = await this.dataset();
    const ids = new Set(dataset.articles.map((a) => a.value.id));
    return proposeArticleId(fields, (id) => ids.has(id));
  }

  addArticle = (body: unknown) => this.write(AddArticleRequest, body, planAddArticle);
  addRelation = (body: unknown) => this.write(AddRelationRequest, body, planAddRelation);
  updateRelation = (body: unknown) => this.write(UpdateRelationRequest, body, planUpdateRelation);
  removeRelation = (body: unknown) => this.write(RemoveRelationRequest, body, (c, r) => planRemoveRelation(c, r.ref));
  addEntity = (body: unknown) => this.write(AddEntityRequest, body, planAddEntity);
  addAlias = (body: unknown) => this.write(AddAliasRequest, body, planAddAlias);

  private async write<S extends z.ZodType<{ versions: Record<string, string> }>>(
    schema: S,
    body: unknown,
    plan: (context: EditContext, request: z.infer<S>) => Promise<PlannedEdit>,
  ): Promise<WriteResult> {
    const request = parseRequest(schema, body);
    const run = this.queue.then(() => this.apply(request, plan));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async apply<R extends { versions: Record<string, string> }>(
    request: R,
    plan: (context: EditContext, request: R) => Promise<PlannedEdit>,
  ): Promise<WriteResult> {
    const { dataDir } = this.options;
    const seen = new Map(Object.entries(request.versions));
    const context: EditContext = {
      dataDir,
      dataset: await this.dataset(),
      read: (path) => readDataFile(dataDir, path),
    };
    const edit = await plan(context, request);
    await checkVersions(dataDir, edit.changes.keys(), seen);
    const checked = await checkWithChanges(this.options, edit.changes);
    if (checked.diagnostics.length > 0) throw new EditRefusedError(checked.diagnostics);
    const files = await commitChanges(dataDir, edit.changes, seen);
    const warnings = checked.warnings
      .filter((w) => files.some((file) => w.file.endsWith(file)))
      .map((w) => `${w.file}:${w.line}:${w.col} ${w.message}`);
    // The files are written: a failure to refresh the explorer must not read as a failed write.
    await this.options.onChange?.().catch((error: unknown) => {
      warnings.push(
        `written, but the explorer's graph was not rebuilt: ${error instanceof Error ? error.message : error}`,
      );
    });
    return {
      message: edit.message,
      files,
      versions: Object.fromEntries(await dataFileVersions(dataDir)),
      ...(edit.relation ? { edge: relationEdgeKey(edit.relation) } : {}),
      warnings,
    };
  }

  /** The data as it is on disk; data that does not load at all is a ValidationError. */
  private async dataset(): Promise<Dataset> {
    const { dataset, diagnostics } = await loadDataset(this.options);
    if (!dataset) throw new ValidationError(diagnostics);
    return dataset;
  }
}

function parseRequest<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  throw new BadRequestError(
    `the request is not valid: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`,
    issues,
  );
}
