import type { Stage } from '../stage';
import { BASELINE_GEXF, BASELINE_JSON, BASELINE_PARSE_IMPORT } from './baselines';
import { EXPORT_CSV, EXPORT_CYPHER, EXPORT_GEXF, EXPORT_GRAPHML, EXPORT_JSON } from './exports';
import { NEO4J_BATCHES, NEO4J_IMPORT, NEO4J_PUSH, NEO4J_REPUSH, NEO4J_SCRIPT } from './neo4j';
import { ANALYTICS, BUILD, CACHE_GRAPH, FULL_PIPELINE, LOAD, PIPELINE, VALIDATE } from './pipeline';
import { SUGGEST, SUGGEST_BASELINE } from './suggest';
import { VIEWER_STAGES } from './viewer';

/** Every stage, in the order the bench runs and prints them; each baseline follows what it is the floor of. */
export const STAGES: readonly Stage[] = [
  LOAD,
  VALIDATE,
  BUILD,
  PIPELINE,
  BASELINE_PARSE_IMPORT,
  FULL_PIPELINE,
  CACHE_GRAPH,
  ANALYTICS,
  EXPORT_JSON,
  BASELINE_JSON,
  EXPORT_GEXF,
  BASELINE_GEXF,
  EXPORT_GRAPHML,
  EXPORT_CSV,
  EXPORT_CYPHER,
  NEO4J_BATCHES,
  NEO4J_IMPORT,
  NEO4J_SCRIPT,
  NEO4J_PUSH,
  NEO4J_REPUSH,
  SUGGEST,
  SUGGEST_BASELINE,
];

/** Measured on datasets of 10k and 50k nodes rather than at each relation size. */
export const VIEWER = VIEWER_STAGES.generated;
/** Measured on the curated graph of data/. */
export const VIEWER_CURATED = VIEWER_STAGES.curated;

/** Every stage a child process can be asked to run. */
export const ALL_STAGES: readonly Stage[] = [...STAGES, VIEWER, VIEWER_CURATED];
