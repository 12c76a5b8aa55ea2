import type { Ontology } from '../schema/ontology';
import { ARTICLE_LABEL, ENTITY_LABEL, entityLabel, relationshipType } from './names';
import type { Batch } from './rows';

/** Where a statement takes its rows, dataset and push id from: parameters for the driver, literals for a script. */
export interface Source {
  rows: string;
  dataset: string;
  pushId: string;
}

export const PARAMETERS: Source = { rows: '$rows', dataset: '$dataset', pushId: '$pushId' };

/** Uniqueness of (dataset, id) on Entity and Article nodes; also indexes the MERGE lookups. */
export const CONSTRAINTS = [
  `CREATE CONSTRAINT ikg_entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE (n.dataset, n.id) IS UNIQUE`,
  `CREATE CONSTRAINT ikg_article_id IF NOT EXISTS FOR (n:${ARTICLE_LABEL}) REQUIRE (n.dataset, n.id) IS UNIQUE`,
];

/**
 * The MERGE statement for one batch. Labels and relationship types come only from checked ontology names;
 * every value is a parameter (or, in a script, a literal built by `cypherLiteral`).
 */
export function mergeStatement(batch: Pick<Batch, 'target' | 'type'>, ontology: Ontology, source = PARAMETERS): string {
  const { rows, dataset, pushId } = source;
  const unwind = `UNWIND ${rows} AS row`;
  const stamp = (v: string) => `SET ${v} = row.properties, ${v}.pushId = ${pushId}`;
  if (batch.target === 'entities') {
    const label = entityLabel(batch.type, ontology);
    const others = Object.keys(ontology.entityTypes)
      .filter((type) => type !== label)
      .map((type) => `:${entityLabel(type, ontology)}`);
    const remove = others.length > 0 ? ` REMOVE n${others.join('')}` : '';
    return `${unwind} MERGE (n:${ENTITY_LABEL} {dataset: ${dataset}, id: row.id}) ${stamp('n')} SET n:${label}${remove}`;
  }
  if (batch.target === 'articles')
    return `${unwind} MERGE (n:${ARTICLE_LABEL} {dataset: ${dataset}, id: row.id}) ${stamp('n')}`;
  const start = batch.target === 'relations' ? ENTITY_LABEL : ARTICLE_LABEL;
  return (
    `${unwind} MATCH (s:${start} {dataset: ${dataset}, id: row.source}) ` +
    `MATCH (t:${ENTITY_LABEL} {dataset: ${dataset}, id: row.target}) ` +
    `MERGE (s)-[r:${relationshipType(batch.type, ontology)} {key: row.properties.key}]->(t) ${stamp('r')}`
  );
}

/** Deletes, a batch at a time, this dataset's relationships that the last push did not write; returns `deleted`. */
export const DELETE_STALE_RELATIONSHIPS =
  `MATCH (:${ENTITY_LABEL}|${ARTICLE_LABEL} {dataset: $dataset})-[r]->() ` +
  'WHERE r.dataset = $dataset AND r.pushId <> $pushId WITH r LIMIT $limit DELETE r RETURN count(*) AS deleted';

/** Deletes, a batch at a time, this dataset's nodes that the last push did not write; returns `deleted`. */
export const DELETE_STALE_NODES =
  `MATCH (n:${ENTITY_LABEL}|${ARTICLE_LABEL} {dataset: $dataset}) ` +
  'WHERE n.pushId <> $pushId WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted';

/** Counts this dataset's nodes and relationships. */
export const COUNT_DATASET =
  `MATCH (n:${ENTITY_LABEL}|${ARTICLE_LABEL} {dataset: $dataset}) ` +
  'OPTIONAL MATCH (n)-[r]->() WHERE r.dataset = $dataset RETURN count(DISTINCT n) AS nodes, count(r) AS relationships';
