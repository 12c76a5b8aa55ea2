import { describe, expect, it } from 'vitest';
import { pushBatches } from '../../src/cypher/rows';
import { mergeStatement } from '../../src/cypher/statements';
import { writeCypher } from '../../src/export/cypher';
import type { KnowledgeGraph } from '../../src/graph/types';
import { miniGraph } from '../export/helpers';

const MALICIOUS = 'PARTNERS_WITH]->(x) WITH x MATCH (n) DETACH DELETE n //';

/** Every statement text the push would send for this graph. */
function statementsFor(graph: KnowledgeGraph): string[] {
  const ontology = graph.getAttribute('ontology');
  return [...pushBatches(graph)].map((batch) => mergeStatement(batch, ontology));
}

describe('labels and relationship types cannot inject Cypher', () => {
  it('a malicious relation type in the data is refused before any query text is built', async () => {
    const graph = await miniGraph();
    graph.setEdgeAttribute('rapidus|PARTNERS_WITH|ibm', 'type', MALICIOUS);
    expect(() => statementsFor(graph)).toThrowError(expect.objectContaining({ name: 'UnsafeNameError' }));
    await expect(writeCypher(graph, { write: () => true } as never)).rejects.toMatchObject({ name: 'UnsafeNameError' });
  });

  it('a malicious name is refused even when a tampered ontology declares it', async () => {
    const graph = await miniGraph();
    const ontology = structuredClone(graph.getAttribute('ontology'));
    ontology.relationTypes[MALICIOUS] = ontology.relationTypes.PARTNERS_WITH as never;
    ontology.entityTypes['Company) DETACH DELETE (n'] = ontology.entityTypes.Company as never;
    graph.setAttribute('ontology', ontology);
    graph.setEdgeAttribute('rapidus|PARTNERS_WITH|ibm', 'type', MALICIOUS);
    expect(() => mergeStatement({ target: 'relations', type: MALICIOUS }, ontology)).toThrowError(
      expect.objectContaining({ name: 'UnsafeNameError' }),
    );
    expect(() => mergeStatement({ target: 'entities', type: 'Company' }, ontology)).toThrowError(
      expect.objectContaining({ name: 'UnsafeNameError' }),
    );
  });

  it('hostile property values travel as parameters, never in the statement text', async () => {
    const graph = await miniGraph();
    graph.mergeNodeAttributes('rapidus', { description: "'}) MATCH (n) DETACH DELETE n //" });
    for (const statement of statementsFor(graph)) expect(statement).not.toContain('DETACH DELETE n //');
  });
});
