import { z } from 'zod';

/** Entity type names become Neo4j labels, so they are restricted to a safe identifier pattern. */
export const ENTITY_TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;
/** Relation type names become Neo4j relationship types, so they are restricted to a safe identifier pattern. */
export const RELATION_TYPE_NAME = /^[A-Z][A-Z0-9_]*$/;
export const HEX_COLOR = /^#[0-9a-f]{6}$/i;

export const BilingualLabel = z.strictObject({ en: z.string().min(1), ko: z.string().min(1) });

export const EntityTypeDef = z.strictObject({
  label: BilingualLabel,
  description: z.string().min(1),
  color: z.string().regex(HEX_COLOR, 'expected a colour as #rrggbb'),
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
          if (!isEntityType(ontology, type)) {
            const declared = Object.keys(ontology.entityTypes).join(', ');
            ctx.addIssue({
              code: 'custom',
              path: ['relationTypes', name, side, index],
              message: `unknown entity type "${type}"; declared types: ${declared}`,
              params: { hint: `use one of the entity types declared under entityTypes: ${declared}` },
            });
          }
        });
      }
    }
  });

export type Ontology = z.infer<typeof OntologySchema>;
export type EntityTypeDef = z.infer<typeof EntityTypeDef>;
export type RelationTypeDef = z.infer<typeof RelationTypeDef>;

type TypeTables = Pick<Ontology, 'entityTypes' | 'relationTypes'>;

/*
 * Type names come from data files, so they are looked up as own keys only: "constructor", "toString" or
 * "__proto__" must not find Object.prototype's members.
 */

/** The entity type of that name, if the ontology declares it. */
export function entityTypeOf(ontology: Pick<TypeTables, 'entityTypes'>, name: string): EntityTypeDef | undefined {
  return Object.hasOwn(ontology.entityTypes, name) ? ontology.entityTypes[name] : undefined;
}

/** The relation type of that name, if the ontology declares it. */
export function relationTypeOf(ontology: Pick<TypeTables, 'relationTypes'>, name: string): RelationTypeDef | undefined {
  return Object.hasOwn(ontology.relationTypes, name) ? ontology.relationTypes[name] : undefined;
}

export function isEntityType(ontology: Pick<TypeTables, 'entityTypes'>, name: string): boolean {
  return Object.hasOwn(ontology.entityTypes, name);
}

export function isRelationType(ontology: Pick<TypeTables, 'relationTypes'>, name: string): boolean {
  return Object.hasOwn(ontology.relationTypes, name);
}
