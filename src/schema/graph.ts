import { z } from 'zod';
import { Amount, ARTICLE_ID, ArticleSchema, EntitySchema, RelationSchema, RelationStatus } from './data';
import { PartialDate } from './dates';
import { isEntityType, isRelationType, OntologySchema } from './ontology';

/*
 * The graph.json that `ikg build` and `ikg export --format json` write: graphology's serialization of the
 * knowledge graph (see src/graph/types.ts). `--graph FILE` is checked against this schema before it is used.
 */

const Metrics = {
  degree: z.number().int().nonnegative().optional(),
  pagerank: z.number().min(0).max(1).optional(),
  betweenness: z.number().nonnegative().optional(),
  community: z.number().int().nonnegative().optional(),
};

/** Stored layout positions (the static site seeds them); finite numbers only. */
const Position = { x: z.number().optional(), y: z.number().optional() };

export const EntityNodeSchema = EntitySchema.omit({ id: true }).extend({
  kind: z.literal('entity'),
  label: z.string(),
  ...Metrics,
  ...Position,
});

export const ArticleNodeSchema = ArticleSchema.omit({ id: true }).extend({
  kind: z.literal('article'),
  type: z.literal('Article'),
  articleId: z.string().regex(ARTICLE_ID),
  label: z.string(),
  ...Metrics,
  ...Position,
});

const Offset = z.number().int().nonnegative();

export const EvidenceAttributesSchema = z
  .strictObject({
    article: z.string().regex(ARTICLE_ID),
    quote: z.string(),
    start: Offset,
    end: Offset,
    articleTitle: z.string(),
    articleDate: PartialDate,
    articleUrl: z.string().optional(),
    publisher: z.string(),
  })
  .refine((evidence) => evidence.start <= evidence.end, {
    message: 'the quote ends before it starts',
    path: ['end'],
  });

const relationField = RelationSchema.shape;

export const RelationEdgeSchema = z.strictObject({
  kind: z.literal('relation'),
  type: z.string(),
  label: z.string(),
  symmetric: z.boolean(),
  status: RelationStatus,
  date: relationField.date,
  start: relationField.start,
  end: relationField.end,
  role: relationField.role,
  topic: relationField.topic,
  amount: Amount.optional(),
  evidence: z.array(EvidenceAttributesSchema).min(1),
});

export const MentionEdgeSchema = z.strictObject({
  kind: z.literal('mention'),
  type: z.literal('MENTIONS'),
  label: z.string(),
  relations: z.array(z.string()),
});

const NodeAttributesSchema = z.discriminatedUnion('kind', [EntityNodeSchema, ArticleNodeSchema]);
const EdgeAttributesSchema = z.discriminatedUnion('kind', [RelationEdgeSchema, MentionEdgeSchema]);

export const SerializedGraphSchema = z
  .strictObject({
    options: z
      .strictObject({ type: z.literal('directed'), multi: z.literal(true), allowSelfLoops: z.boolean() })
      .optional(),
    attributes: z.strictObject({ name: z.string(), ontology: OntologySchema }),
    nodes: z.array(z.strictObject({ key: z.string(), attributes: NodeAttributesSchema })),
    edges: z.array(
      z.strictObject({
        key: z.string(),
        source: z.string(),
        target: z.string(),
        attributes: EdgeAttributesSchema,
        undirected: z.literal(false).optional(),
      }),
    ),
  })
  .superRefine((graph, ctx) => {
    const { ontology } = graph.attributes;
    const nodes = new Map<string, z.infer<typeof NodeAttributesSchema>>();
    graph.nodes.forEach(({ key, attributes }, index) => {
      if (nodes.has(key))
        ctx.addIssue({ code: 'custom', path: ['nodes', index, 'key'], message: `node "${key}" is listed twice` });
      nodes.set(key, attributes);
      if (attributes.kind === 'entity' && !isEntityType(ontology, attributes.type)) {
        ctx.addIssue({
          code: 'custom',
          path: ['nodes', index, 'attributes', 'type'],
          message: `entity type "${attributes.type}" is not in the graph's ontology`,
        });
      }
      if (attributes.kind === 'article' && key !== `article:${attributes.articleId}`) {
        ctx.addIssue({
          code: 'custom',
          path: ['nodes', index, 'key'],
          message: `an article node's key must be "article:${attributes.articleId}"`,
        });
      }
    });
    const edges = new Set<string>();
    graph.edges.forEach(({ key, source, target, attributes }, index) => {
      if (edges.has(key))
        ctx.addIssue({ code: 'custom', path: ['edges', index, 'key'], message: `edge "${key}" is listed twice` });
      edges.add(key);
      for (const [end, node] of [
        ['source', source],
        ['target', target],
      ] as const) {
        if (!nodes.has(node))
          ctx.addIssue({ code: 'custom', path: ['edges', index, end], message: `no node has the key "${node}"` });
      }
      if (attributes.kind !== 'relation') return;
      if (!isRelationType(ontology, attributes.type)) {
        ctx.addIssue({
          code: 'custom',
          path: ['edges', index, 'attributes', 'type'],
          message: `relation type "${attributes.type}" is not in the graph's ontology`,
        });
      }
      attributes.evidence.forEach((evidence, position) => {
        const article = nodes.get(`article:${evidence.article}`);
        const path = ['edges', index, 'attributes', 'evidence', position];
        if (article?.kind !== 'article') {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'article'],
            message: `no article node "${evidence.article}"`,
          });
        } else if (evidence.end > article.body.length) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'end'],
            message: `the quote ends at ${evidence.end}, past the end of the article body (${article.body.length})`,
          });
        }
      });
    });
  });

export type SerializedKnowledgeGraph = z.infer<typeof SerializedGraphSchema>;
