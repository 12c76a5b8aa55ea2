import { z } from 'zod';

/** Entity type names become Neo4j labels, so they are restricted to a safe identifier pattern. */
export const ENTITY_TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;
/** Relation type names become Neo4j relationship types, so they are restricted to a safe identifier pattern. */
export const RELATION_TYPE_NAME = /^[A-Z][A-Z0-9_]*$/;

export const BilingualLabel = z.strictObject({ en: z.string().min(1), ko: z.string().min(1) });

export const EntityTypeDef = z.strictObject({
  label: BilingualLabel,
  description: z.string().min(1),
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'expected a colour as #rrggbb'),
});

export const RelationTypeDef = z.strictObject({
  label: BilingualLabel,
  description: z.string().min(1),
  symmetric: z.boolean(),
  from: z.array(z.string()).min(1),
  to: z.array(z.string()).min(1),
});

export const OntologySchema = z
  .strictObject({
    version: z.literal(1),
    entityTypes: z.record(
      z.string().regex(ENTITY_TYPE_NAME, 'entity type names are PascalCase letters and digits'),
      EntityTypeDef,
    ),
    relationTypes: z.record(
      z.string().regex(RELATION_TYPE_NAME, 'relation type names are UPPER_SNAKE_CASE'),
      RelationTypeDef,
    ),
  })
  .superRefine((ontology, ctx) => {
    for (const [name, def] of Object.entries(ontology.relationTypes)) {
      for (const side of ['from', 'to'] as const) {
        def[side].forEach((type, index) => {
          if (!(type in ontology.entityTypes)) {
            ctx.addIssue({
              code: 'custom',
              path: ['relationTypes', name, side, index],
              message: `unknown entity type "${type}"; declared types: ${Object.keys(ontology.entityTypes).join(', ')}`,
            });
          }
        });
      }
    }
  });

export type Ontology = z.infer<typeof OntologySchema>;
export type EntityTypeDef = z.infer<typeof EntityTypeDef>;
export type RelationTypeDef = z.infer<typeof RelationTypeDef>;
