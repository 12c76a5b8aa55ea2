import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { SerializedGraph } from 'graphology-types';
import type { Stage } from '../stage';
import { BASELINE_BUILD, compiledGraph, readsInput } from './pipeline';

async function readLines(path: string): Promise<Record<string, unknown>[]> {
  const records: Record<string, unknown>[] = [];
  for await (const line of createInterface({
    input: createReadStream(path, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    if (line !== '') records.push(JSON.parse(line));
  }
  return records;
}

/** The same nodes and edges the pipeline builds, read with JSON.parse and imported in one call: the floor for building. */
async function parseAndImport(dataDir: string): Promise<void> {
  const read = (file: string) => readLines(join(dataDir, file));
  const [entities, articles, relations] = await Promise.all([
    read('entities/entities.jsonl'),
    read('articles/articles.jsonl'),
    read('relations/relations.jsonl'),
  ]);
  const nodes: SerializedGraph['nodes'] = [
    ...entities.map((e) => ({ key: e.id as string, attributes: e })),
    ...articles.map((a) => ({ key: `article:${a.id}`, attributes: a })),
  ];
  const edges: SerializedGraph['edges'] = [];
  const mentions = new Set<string>();
  for (const r of relations) {
    const from = r.from as string;
    const to = r.to as string;
    edges.push({ key: `${from}|${r.type}|${to}`, source: from, target: to, attributes: r });
    for (const { article } of r.evidence as { article: string }[]) {
      for (const entity of [from, to]) {
        const key = `article:${article}|MENTIONS|${entity}`;
        if (mentions.has(key)) continue;
        mentions.add(key);
        edges.push({ key, source: `article:${article}`, target: entity, attributes: { type: 'MENTIONS' } });
      }
    }
  }
  new MultiDirectedGraph().import({ nodes, edges });
}

export const BASELINE_PARSE_IMPORT = readsInput(BASELINE_BUILD, (input) => parseAndImport(input.dataDir));

export const BASELINE_JSON: Stage = {
  name: 'baseline: JSON.stringify(graph.export())',
  async prepare(input) {
    const graph = await compiledGraph(input);
    return async () => {
      const text = JSON.stringify(graph.export());
      const path = join(input.outDir, 'baseline.json');
      await writeFile(path, text);
      return { items: input.relations, unit: 'relations', bytes: Buffer.byteLength(text) };
    };
  },
};

export const BASELINE_GEXF: Stage = {
  name: 'baseline: graphology-gexf write',
  async prepare(input) {
    const graph = await compiledGraph(input);
    return async () => {
      const text = writeGexf(graph);
      await writeFile(join(input.outDir, 'baseline.gexf'), text);
      return { items: input.relations, unit: 'relations', bytes: Buffer.byteLength(text) };
    };
  },
};
