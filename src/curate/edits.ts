import { parseDocument } from 'yaml';
import type { Dataset } from '../load/dataset';
import type { Located } from '../load/diagnostics';
import type {
  AddAliasRequest,
  AddArticleRequest,
  AddEntityRequest,
  AddRelationRequest,
  RelationRef,
  UpdateRelationRequest,
} from '../schema/curate';
import type { Entity, Relation } from '../schema/data';
import { relationTypeOf } from '../schema/ontology';
import { foldName } from '../validate/duplicate-entities';
import { relationKey } from '../validate/duplicate-relations';
import { articleFiles, dataPath, entitiesFileFor, relationsFile } from './data-files';
import { ConflictError, CurateError, DuplicateEntityError, NotFoundError } from './errors';
import type { FileChanges } from './staged-files';
import { appendToSequence, deleteKey, newYamlFile, removeFromSequence, setValue, yamlFile } from './yaml-edit';

/** The data as it is on disk, to plan an edit against. */
export interface EditContext {
  dataDir: string;
  dataset: Dataset;
  /** Reads a data file's current text by its path inside the data folder; undefined when it does not exist. */
  read(path: string): Promise<string | undefined>;
}

/** What an edit will write, and what to tell the curator. */
export interface PlannedEdit {
  changes: FileChanges;
  message: string;
  /** The relation the edit added or changed, to select in the explorer. */
  relation?: RelationRef;
}

const SCHEMA_HINT = (name: string) => `yaml-language-server: $schema=../../graph-schema/${name}.schema.json`;
const RELATION_KEYS = ['type', 'from', 'to', 'status', 'date', 'role', 'topic', 'amount'] as const;

export async function planAddArticle(context: EditContext, { article }: AddArticleRequest): Promise<PlannedEdit> {
  const files = articleFiles(article.id);
  if (context.dataset.articles.some((a) => a.value.id === article.id) || (await context.read(files.meta)) !== undefined)
    throw new ConflictError(
      `article id "${article.id}" is taken`,
      'edit the proposed id; an article is never overwritten',
    );
  const { body, ...meta } = article;
  return {
    changes: new Map([
      [files.meta, yamlFile(SCHEMA_HINT('article'), meta)],
      [files.body, body.endsWith('\n') ? body : `${body}\n`],
    ]),
    message: `added article ${article.id}`,
  };
}

/** Adds the relation, or, when (type, from, to) is already defined, adds the quote to its evidence. */
export async function planAddRelation(context: EditContext, request: AddRelationRequest): Promise<PlannedEdit> {
  const { relation, evidence } = request;
  const ref = { type: relation.type, from: relation.from, to: relation.to };
  const existing = findRelation(context, ref);
  if (existing) {
    const file = yamlFileOf(context, existing);
    if (existing.value.evidence.some((e) => e.article === evidence.article && e.quote === evidence.quote))
      throw new ConflictError(`${describe(ref)} already has this quote as evidence`, 'nothing to add');
    const text = await readExisting(context, file);
    return {
      changes: new Map([[file, appendToSequence(text, [...existing.path, 'evidence'], evidence)]]),
      message: `${describe(ref)} was already defined, so the quote was added to its evidence (its status and date are as they were)`,
      relation: { type: existing.value.type, from: existing.value.from, to: existing.value.to },
    };
  }
  const record: Record<string, unknown> = {};
  for (const key of RELATION_KEYS) if (relation[key] !== undefined) record[key] = relation[key];
  record.evidence = [evidence];
  const file = relationsFile(evidence.article);
  const text = await context.read(file);
  const content =
    text === undefined
      ? newYamlFile(SCHEMA_HINT('relations'), 'relations', record, ['amount'])
      : appendToSequence(text, ['relations'], record, ['amount']);
  return { changes: new Map([[file, content]]), message: `added ${describe(ref)}`, relation: ref };
}

export async function planUpdateRelation(context: EditContext, request: UpdateRelationRequest): Promise<PlannedEdit> {
  const existing = requireRelation(context, request.ref);
  const file = yamlFileOf(context, existing);
  let text = await readExisting(context, file);
  const changed: string[] = [];
  for (const [key, value] of Object.entries(request.changes)) {
    if (value === undefined) continue;
    const path = [...existing.path, key];
    text = value === null ? deleteKey(text, path) : setValue(text, path, value, key === 'status' ? 'to' : 'status');
    changed.push(value === null ? `removed ${key}` : `${key} ${typeof value === 'object' ? value.text : value}`);
  }
  if (changed.length === 0)
    throw new CurateError('no change was given', 'send at least one of status, date, role, amount');
  const { type, from, to } = existing.value;
  return {
    changes: new Map([[file, text]]),
    message: `${describe({ type, from, to })}: ${changed.join(', ')}`,
    relation: { type, from, to },
  };
}

export async function planRemoveRelation(context: EditContext, ref: RelationRef): Promise<PlannedEdit> {
  const existing = requireRelation(context, ref);
  const file = yamlFileOf(context, existing);
  const [list, index] = existing.path as [string, number];
  const text = removeFromSequence(await readExisting(context, file), [list], index);
  return { changes: new Map([[file, text]]), message: `removed ${describe(existing.value)}` };
}

export async function planAddEntity(context: EditContext, request: AddEntityRequest): Promise<PlannedEdit> {
  const { entity } = request;
  const { dataset } = context;
  if (dataset.entities.some((e) => e.value.id === entity.id))
    throw new ConflictError(`entity id "${entity.id}" is taken`, 'choose another id, or use the existing entity');
  const duplicates = namesTaken(dataset.entities, [entity.names.en, entity.names.ko, ...(entity.aliases ?? [])]);
  if (duplicates.length > 0 && !request.confirmDuplicate) throw new DuplicateEntityError(duplicates);
  const record: Record<string, unknown> = { id: entity.id, type: entity.type, names: entity.names };
  if (entity.aliases?.length) record.aliases = entity.aliases;
  for (const key of ['description', 'country', 'website', 'wikidata'] as const)
    if (entity[key] !== undefined) record[key] = entity[key];
  const file = entityFileOf(context, entity.type);
  const text = await context.read(file);
  const flow = ['names', 'aliases'];
  const content =
    text === undefined
      ? newYamlFile(SCHEMA_HINT('entities'), 'entities', record, flow)
      : appendToSequence(text, ['entities'], record, flow);
  return { changes: new Map([[file, content]]), message: `added ${entity.type} ${entity.id}` };
}

export async function planAddAlias(context: EditContext, request: AddAliasRequest): Promise<PlannedEdit> {
  const entity = context.dataset.entities.find((e) => e.value.id === request.entity);
  if (!entity) throw new NotFoundError(`no entity "${request.entity}"`, 'pick an entity from the list');
  const duplicates = namesTaken(context.dataset.entities, [request.alias]);
  if (duplicates.some((d) => d.id === entity.value.id))
    throw new ConflictError(`"${request.alias}" is already a name of ${entity.value.id}`, 'nothing to add');
  if (duplicates.length > 0) throw new DuplicateEntityError(duplicates);
  const file = yamlFileOf(context, entity);
  const text = await readExisting(context, file);
  const path = [...entity.path, 'aliases'];
  const content =
    entity.value.aliases.length > 0 && parseDocument(text).hasIn(path)
      ? appendToSequence(text, path, request.alias)
      : setValue(text, path, [request.alias], 'names');
  return { changes: new Map([[file, content]]), message: `added the alias "${request.alias}" to ${entity.value.id}` };
}

/** The names (and aliases) given that already belong to an entity, compared as `ikg validate` compares them. */
export function namesTaken(entities: readonly Located<Entity>[], names: readonly string[]) {
  const wanted = new Map(names.map((name) => [foldName(name), name]));
  const taken: { id: string; name: string }[] = [];
  for (const { value } of entities) {
    const own = [value.names.en, value.names.ko, value.names.ja, value.names.zh, ...value.aliases];
    for (const name of own) {
      const asked = name === undefined ? undefined : wanted.get(foldName(name));
      if (asked !== undefined && !taken.some((t) => t.id === value.id && t.name === asked))
        taken.push({ id: value.id, name: asked });
    }
  }
  return taken;
}

export function findRelation({ dataset }: EditContext, ref: RelationRef): Located<Relation> | undefined {
  const symmetric = relationTypeOf(dataset.ontology, ref.type)?.symmetric ?? false;
  const key = relationKey(ref, symmetric);
  return dataset.relations.find((r) => r.value.type === ref.type && relationKey(r.value, symmetric) === key);
}

function requireRelation(context: EditContext, ref: RelationRef): Located<Relation> {
  const found = findRelation(context, ref);
  if (!found) throw new NotFoundError(`no relation ${describe(ref)}`, 'reload the data: it may have been removed');
  return found;
}

/** The entity file of the type: the file that holds most entities of it, else a new one named after it. */
function entityFileOf({ dataDir, dataset }: EditContext, type: string): string {
  const counts = new Map<string, number>();
  for (const entity of dataset.entities) {
    const file = dataPath(dataDir, entity.origin.file);
    if (entity.value.type === type && /\.ya?ml$/.test(file)) counts.set(file, (counts.get(file) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return best?.[0] ?? entitiesFileFor(type);
}

function yamlFileOf({ dataDir }: EditContext, record: Located<unknown>): string {
  const file = dataPath(dataDir, record.origin.file);
  if (!/\.ya?ml$/.test(file))
    throw new CurateError(
      `${record.origin.file} is a JSON Lines file, which the workbench does not edit`,
      'edit that record with your own tools, or move it into a YAML file',
    );
  return file;
}

async function readExisting(context: EditContext, file: string): Promise<string> {
  const text = await context.read(file);
  if (text === undefined) throw new NotFoundError(`${file} is gone`, 'reload the data');
  return text;
}

const describe = ({ type, from, to }: RelationRef) => `${from} ${type} ${to}`;
