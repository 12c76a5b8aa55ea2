import { z } from 'zod';
import { dateBounds, parsePartialDate } from '../util/partial-date';
import { PartialDate } from './dates';

export const ENTITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ARTICLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const COUNTRY_CODE = /^[A-Z]{2}$/;
export const WIKIDATA_ID = /^Q[1-9]\d*$/;
export const CURRENCY_CODE = /^[A-Z]{3}$/;

export const RELATION_STATUSES = ['considered', 'announced', 'active', 'ended'] as const;
export const RelationStatus = z.enum(RELATION_STATUSES).meta({
  description:
    'considered: under consideration; announced: declared but not yet in effect; active: in effect; ended: no longer in effect.',
});

const Slug = (pattern: RegExp, what: string) =>
  z.string().regex(pattern, `${what} ids are lowercase slugs such as "sk-hynix"`);

const NonBlank = z.string().trim().min(1, 'must not be empty');

export const LANGUAGES = ['ko', 'en', 'ja', 'zh'] as const;
export const Language = z.enum(LANGUAGES);

export const ArticleSchema = z.strictObject({
  id: Slug(ARTICLE_ID, 'article'),
  title: NonBlank,
  publisher: NonBlank,
  author: NonBlank.optional(),
  url: z.url().optional(),
  published: PartialDate,
  language: Language,
  source: NonBlank.optional().meta({ description: 'The outlet an article quotes or summarises, e.g. 한국경제.' }),
  body: z.string().min(1, 'the article body is empty'),
});

export const EntityNames = z.strictObject({
  en: NonBlank,
  ko: NonBlank,
  ja: NonBlank.optional(),
  zh: NonBlank.optional(),
});

export const EntitySchema = z.strictObject({
  id: Slug(ENTITY_ID, 'entity'),
  type: z.string().meta({ description: 'An entity type declared in graph-schema/ontology.yaml.' }),
  names: EntityNames,
  aliases: z
    .array(NonBlank)
    .default([])
    .meta({ description: 'Abbreviations, spelling variants and transliterations, in any language.' }),
  description: NonBlank.optional(),
  country: z.string().regex(COUNTRY_CODE, 'expected an ISO 3166-1 alpha-2 country code such as JP').optional(),
  website: z.url().optional(),
  wikidata: z.string().regex(WIKIDATA_ID, 'expected a Wikidata item id such as Q95').optional(),
});

export const Amount = z.strictObject({
  value: z.number().positive(),
  currency: z.string().regex(CURRENCY_CODE, 'expected an ISO 4217 currency code such as KRW'),
  text: NonBlank.meta({ description: 'The amount as the article wrote it, e.g. 1조 3천억 원.' }),
});

export const Evidence = z.strictObject({
  article: Slug(ARTICLE_ID, 'article'),
  quote: NonBlank.meta({ description: 'A verbatim span of the article body.' }),
});

export const RelationSchema = z
  .strictObject({
    type: z.string().meta({ description: 'A relation type declared in graph-schema/ontology.yaml.' }),
    from: Slug(ENTITY_ID, 'entity'),
    to: Slug(ENTITY_ID, 'entity'),
    status: RelationStatus,
    date: PartialDate.optional().meta({
      description: 'When the relation was reported or took effect (a point in time).',
    }),
    start: PartialDate.optional(),
    end: PartialDate.optional(),
    role: NonBlank.optional().meta({ description: 'The role of a person in a LEADS relation, e.g. CEO.' }),
    topic: NonBlank.optional().meta({ description: 'What the relation is about, e.g. 2 nm process technology.' }),
    amount: Amount.optional(),
    evidence: z.array(Evidence).min(1, 'a relation needs at least one evidence quote'),
  })
  .superRefine((relation, ctx) => {
    if (relation.date !== undefined && (relation.start !== undefined || relation.end !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: 'give either date (a point in time) or start/end, not both',
        params: { hint: 'use date for an event at one time, start/end for a period' },
      });
    }
    if (relation.start !== undefined && relation.end !== undefined && endsBeforeStart(relation.start, relation.end)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `end ${relation.end} is before start ${relation.start}`,
        params: { hint: 'swap start and end, or fix the year' },
      });
    }
    if (relation.from === relation.to) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `a relation cannot link "${relation.from}" to itself`,
        params: { hint: 'from and to must be two different entities; check which one the quote names' },
      });
    }
  });

/** The YAML article file: the body lives in a sibling .txt file, byte for byte as collected. */
export const ArticleFileSchema = ArticleSchema.omit({ body: true });
export const EntitiesFileSchema = z.strictObject({ entities: z.array(EntitySchema) });
export const RelationsFileSchema = z.strictObject({ relations: z.array(RelationSchema) });

export type Article = z.infer<typeof ArticleSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type RelationStatus = z.infer<typeof RelationStatus>;
export type EvidenceInput = z.infer<typeof Evidence>;
export type AmountInput = z.infer<typeof Amount>;

function endsBeforeStart(start: string, end: string): boolean {
  if (!parsePartialDate(start) || !parsePartialDate(end)) return false;
  return dateBounds(end)[1] < dateBounds(start)[0];
}
