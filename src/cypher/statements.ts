import type { Ontology } from '../schema/ontology';
import { ARTICLE_LABEL, ENTITY_LABEL, entityLabel, relationshipType } from './names';
import type { Batch } from './rows';

/** Where a statement takes its rows and dataset from: parameters for the driver, literals for a script. */
export interface Source {
  rows: string;
  dataset: string;
}

export const PARAMETERS: Source = { rows: '$rows', dataset: '$dataset' };

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
  const { rows, dataset } = source;
  const unwind = `UNWIND ${rows} AS row`;
  if (batch.target === 'entities') {
    const label = entityLabel(batch.type, ontology);
    const others = Object.keys(ontology.entityTypes)
      .filter((type) => type !== label)
      .map((type) => `:${entityLabel(type, ontology)}`);
    const remove = others.length > 0 ? ` REMOVE n${others.join('')}` : '';
    return `${unwind} MERGE (n:${ENTITY_LABEL} {dataset: ${dataset}, id: row.id}) SET n = row.properties SET n:${label}${remove}`;
  }
  if (batch.target === 'articles')
    return `${unwind} MERGE (n:${ARTICLE_LABEL} {dataset: ${dataset}, id: row.id}) SET n = row.properties`;
  const start = batch.target === 'relations' ? ENTITY_LABEL : ARTICLE_LABEL;
  return (
    `${unwind} MATCH (s:${start} {dataset: ${dataset}, id: row.source}) ` +
    `MATCH (t:${ENTITY_LABEL} {dataset: ${dataset}, id: row.target}) ` +
    `MERGE (s)-[r:${relationshipType(batch.type, ontology)} {key: row.properties.key}]->(t) SET r = row.properties`
  );
}

/** This dataset's nodes as `target|id` keys with their content hash (null for rows a push did not write). */
export const READ_DATASET_NODES =
  `MATCH (n:${ENTITY_LABEL}|${ARTICLE_LABEL} {dataset: $dataset}) ` +
  `RETURN CASE WHEN n:${ENTITY_LABEL} THEN 'entities' ELSE 'articles' END + '|' + n.id AS key, ` +
  'n.contentHash AS hash, elementId(n) AS element';

/** This dataset's relationships with their key and content hash. */
export const READ_DATASET_RELATIONSHIPS =
  `MATCH (:${ENTITY_LABEL}|${ARTICLE_LABEL} {dataset: $dataset})-[r]->() WHERE r.dataset = $dataset ` +
  'RETURN r.key AS key, r.contentHash AS hash, elementId(r) AS element';

/** Deletes relationships by element id (a batch of ids read from this dataset). */
export const DELETE_RELATIONSHIPS =
  'UNWIND $elements AS element MATCH ()-[r]->() WHERE elementId(r) = element DELETE r';

/** Deletes nodes and their relationships by element id (a batch of ids read from this dataset). */
export const DELETE_NODES = 'UNWIND $elements AS element MATCH (n) WHERE elementId(n) = element DETACH DELETE n';

/** Counts this dataset's nodes and relationships. */
export const COUNT_DATASET =
  `MATCH (n:${ENTITY_LABEL}|${ARTICLE_LABEL} {dataset: $dataset}) ` +
  'OPTIONAL MATCH (n)-[r]->() WHERE r.dataset = $dataset RETURN count(DISTINCT n) AS nodes, count(r) AS relationships';
