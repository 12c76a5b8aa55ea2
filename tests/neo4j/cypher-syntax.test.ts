import { readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CONSTRAINTS,
  COUNT_DATASET,
  DELETE_NODES,
  DELETE_RELATIONSHIPS,
  mergeStatement,
  READ_DATASET_NODES,
  READ_DATASET_RELATIONSHIPS,
} from '../../src/cypher/statements';
import { exportGraph } from '../../src/export';
import type { KnowledgeGraph } from '../../src/graph/types';
import { MENTIONS } from '../../src/graph/types';
import { miniGraph } from '../export/helpers';
import { ROOT } from '../helpers/fixture';
import { cypherErrors } from './cypher-lint';

let graph: KnowledgeGraph;
beforeAll(async () => {
  graph = await miniGraph();
});

describe('every generated Cypher statement passes Neo4j’s parser', { timeout: 120_000 }, () => {
  it('the linter does catch a broken statement', () => {
    expect(cypherErrors('MATCH (n:Entity {id: $id} RETURN n')).not.toEqual([]);
    expect(cypherErrors('MATCH (n:Entity {id: $id}) RETURN n')).toEqual([]);
  });

  it('push statements for every entity type, relation type, articles and mentions', () => {
    const ontology = graph.getAttribute('ontology');
    const statements = [
      ...CONSTRAINTS,
      READ_DATASET_NODES,
      READ_DATASET_RELATIONSHIPS,
      DELETE_NODES,
      DELETE_RELATIONSHIPS,
      COUNT_DATASET,
      ...Object.keys(ontology.entityTypes).map((type) => mergeStatement({ target: 'entities', type }, ontology)),
      mergeStatement({ target: 'articles', type: 'Article' }, ontology),
      ...Object.keys(ontology.relationTypes).map((type) => mergeStatement({ target: 'relations', type }, ontology)),
      mergeStatement({ target: 'mentions', type: MENTIONS }, ontology),
    ];
    for (const statement of statements) expect(cypherErrors(statement), statement).toEqual([]);
  });

  it('the exported Cypher script, statement by statement', async () => {
    const path = join(tmpdir(), `ikg-script-${process.pid}.cypher`);
    await exportGraph(graph, 'cypher', path, { batchSize: 2 });
    const lines = (await readFile(path, 'utf8')).split('\n').filter((line) => line && !line.startsWith('//'));
    await rm(path);
    expect(lines.length).toBeGreaterThan(CONSTRAINTS.length);
    for (const line of lines) {
      expect(line.endsWith(';')).toBe(true);
      expect(cypherErrors(line), line).toEqual([]);
    }
    expect(lines.join('\n')).toContain('라피더스');
  });

  it('the example queries in graph-schema/queries', async () => {
    const dir = join(ROOT, 'graph-schema', 'queries');
    const files = (await readdir(dir)).filter((file) => file.endsWith('.cypher'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const text = await readFile(join(dir, file), 'utf8');
      expect(text.startsWith('//'), `${file} starts with a comment saying what it answers`).toBe(true);
      expect(cypherErrors(text), file).toEqual([]);
    }
  });
});
