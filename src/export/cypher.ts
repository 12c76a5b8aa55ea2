import type { Writable } from 'node:stream';
import { type CypherValue, cypherLiteral } from '../cypher/literal';
import { BATCH_DEFAULTS, type BatchOptions, pushBatches } from '../cypher/rows';
import { CONSTRAINTS, mergeStatement } from '../cypher/statements';
import type { KnowledgeGraph } from '../graph/types';
import { ChunkedWriter } from './stream';

/** Streams a Cypher script for `cypher-shell -f`: the constraints, then one UNWIND … MERGE statement per batch. */
export async function writeCypher(
  graph: KnowledgeGraph,
  out: Writable,
  options: Partial<BatchOptions> = {},
): Promise<void> {
  const ontology = graph.getAttribute('ontology');
  const dataset = cypherLiteral(options.dataset ?? BATCH_DEFAULTS.dataset);
  const writer = new ChunkedWriter(out);
  await writer.write(
    `// ${graph.getAttribute('name')}: written by \`ikg export --format cypher\`; run with cypher-shell -f\n`,
  );
  for (const statement of CONSTRAINTS) await writer.write(`${statement};\n`);
  for (const batch of pushBatches(graph, options)) {
    const source = { rows: cypherLiteral(batch.rows as unknown as CypherValue), dataset };
    await writer.write(`${mergeStatement(batch, ontology, source)};\n`);
  }
  await writer.flush();
}
