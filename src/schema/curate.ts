import { z } from 'zod';
import { Amount, ArticleSchema, ENTITY_ID, EntitySchema, Evidence, RelationStatus } from './data';
import { PartialDate } from './dates';

/** The request bodies of the curation API (`ikg serve --edit`). */

/** The version (a content hash) of every data file the page has seen, keyed by its path inside the data folder. */
export const FileVersions = z.record(z.string(), z.string());

const Based = { versions: FileVersions };

export const ArticleIdRequest = ArticleSchema.pick({ title: true, publisher: true, published: true });

export const AddArticleRequest = z.strictObject({ ...Based, article: ArticleSchema });

const EntityId = z.string().regex(ENTITY_ID, 'entity ids are lowercase slugs such as "sk-hynix"');

export const RelationRef = z.strictObject({ type: z.string().min(1), from: EntityId, to: EntityId });

export const RelationFields = z.strictObject({
  ...RelationRef.shape,
  status: RelationStatus,
  date: PartialDate.optional(),
  role: z.string().trim().min(1).optional(),
  topic: z.string().trim().min(1).optional(),
  amount: Amount.optional(),
});

export const AddRelationRequest = z.strictObject({ ...Based, relation: RelationFields, evidence: Evidence });

/** A change to a stored relation: a value sets the field, null removes it. */
export const UpdateRelationRequest = z.strictObject({
  ...Based,
  ref: RelationRef,
  changes: z.strictObject({
    status: RelationStatus.optional(),
    date: PartialDate.nullable().optional(),
    role: z.string().trim().min(1).nullable().optional(),
    amount: Amount.nullable().optional(),
  }),
});

export const RemoveRelationRequest = z.strictObject({ ...Based, ref: RelationRef });

export const AddEntityRequest = z.strictObject({
  ...Based,
  entity: EntitySchema,
  /** Create it even though its name or an alias belongs to another entity. */
  confirmDuplicate: z.boolean().default(false),
});

export const AddAliasRequest = z.strictObject({ ...Based, entity: EntityId, alias: z.string().trim().min(1) });

export type FileVersions = z.infer<typeof FileVersions>;
export type AddArticleRequest = z.infer<typeof AddArticleRequest>;
export type RelationRef = z.infer<typeof RelationRef>;
export type RelationFields = z.infer<typeof RelationFields>;
export type AddRelationRequest = z.infer<typeof AddRelationRequest>;
export type UpdateRelationRequest = z.infer<typeof UpdateRelationRequest>;
export type RemoveRelationRequest = z.infer<typeof RemoveRelationRequest>;
export type AddEntityRequest = z.input<typeof AddEntityRequest>;
export type AddAliasRequest = z.infer<typeof AddAliasRequest>;
