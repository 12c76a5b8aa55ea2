import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { cypherLiteral } from '../../src/cypher/literal';
import { exportGraph } from '../../src/export';
import { writeGexf } from '../../src/export/gexf';
import { writeJson } from '../../src/export/json';
import { ChunkedWriter, STREAM_DEFAULTS as STREAM } from '../../src/export/stream';
import { flattenAttributes } from '../../src/graph/flatten';
import { readGraph } from '../../src/pipeline/read-graph';
import { cypherErrors } from '../neo4j/cypher-lint';
import { miniGraph } from './helpers';

const dirs: string[] = [];
afterEach(async () => Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));
async function scratch() {
  const dir = await mkdtemp(join(tmpdir(), 'ikg-writers-'));
  dirs.push(dir);
  return dir;
}

/** A slow sink that keeps every chunk it is given, as text, and the most it ever held unwritten. */
function slowSink() {
  const chunks: string[] = [];
  let mostHeld = 0;
  const out = new Writable({
    highWaterMark: 1024,
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      chunks.push(chunk);
      mostHeld = Math.max(mostHeld, out.writableLength);
      setImmediate(done);
    },
  });
  return { out, chunks, mostHeld: () => mostHeld };
}

describe('streaming writers', () => {
  it('write in bounded chunks and wait for a slow stream, never holding the whole file', async () => {
    const graph = await miniGraph();
    const rapidus = graph.getNodeAttributes('rapidus');
    const partnership = graph.getEdgeAttributes('rapidus|PARTNERS_WITH|ibm');
    for (let i = 0; i < 2000; i++) {
      graph.addNode(`copy-${i}`, rapidus);
      graph.addEdgeWithKey(`copy-${i}|PARTNERS_WITH|ibm`, `copy-${i}`, 'ibm', partnership);
    }
    for (const write of [writeJson, writeGexf]) {
      const { out, chunks, mostHeld } = slowSink();
      await write(graph, out);
      const longest = Math.max(...chunks.map((chunk) => chunk.length));
      const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
      expect(longest).toBeLessThan(STREAM.chunkChars + 10_000);
      expect(total).toBeGreaterThan(10 * longest);
      expect(mostHeld()).toBeLessThan(STREAM.aheadBytes + longest);
    }
  });

  it('a chunked writer passes every piece on in order, in chunks of at least chunkChars, the rest at the end', async () => {
    const { out, chunks } = slowSink();
    const writer = new ChunkedWriter(out, { chunkChars: 10, aheadBytes: 20 });
    const pieces = Array.from({ length: 100 }, (_, i) => `${i},`);
    for (const piece of pieces) await writer.write(piece);
    await writer.flush();
    await new Promise((resolve) => out.end(resolve));
    expect(chunks.join('')).toBe(pieces.join(''));
    expect(chunks.slice(0, -1).every((chunk) => chunk.length >= 10 && chunk.length < 13)).toBe(true);
  });

  it('a failed export leaves the previous file untouched and no temporary files', async () => {
    const dir = await scratch();
    const graph = await miniGraph();
    await writeFile(join(dir, 'entities.csv'), 'previous');
    // IBM's alias "International Business Machines" contains the delimiter " ".
    await expect(exportGraph(graph, 'csv', dir, { arrayDelimiter: ' ' })).rejects.toMatchObject({
      name: 'ArrayDelimiterError',
    });
    expect(await readFile(join(dir, 'entities.csv'), 'utf8')).toBe('previous');
    expect(await readdir(dir)).toEqual(['entities.csv']);
  });

  it('reading a missing or broken graph.json is a GraphFileError', async () => {
    const dir = await scratch();
    await expect(readGraph(join(dir, 'missing.json'))).rejects.toMatchObject({ name: 'GraphFileError' });
    await writeFile(join(dir, 'broken.json'), '{"nodes": [');
    await expect(readGraph(join(dir, 'broken.json'))).rejects.toMatchObject({ name: 'GraphFileError' });
  });
});

describe('flattenAttributes', () => {
  it('flattens names, lists of evidence and dates with their precision', async () => {
    const graph = await miniGraph();
    expect(flattenAttributes(graph.getNodeAttributes('rapidus'))).toMatchObject({
      name_en: 'Rapidus',
      name_ko: '라피더스',
      aliases: ['Rapidus Corporation'],
    });
    const relation = flattenAttributes(graph.getEdgeAttributes('rapidus|MANUFACTURES_FOR|nvidia'));
    expect(relation).toMatchObject({
      type: 'MANUFACTURES_FOR',
      date: '2024-11',
      date_precision: 'month',
      evidence_article: ['mini-rapidus'],
      evidence_quote: ['라피더스를 새로운 파운드리 파트너로 고려하고 있다'],
    });
    expect(Object.values(relation).every((v) => typeof v !== 'object' || Array.isArray(v))).toBe(true);
  });
});

describe('cypherLiteral', () => {
  it('keeps hostile text inside the string literal', () => {
    const hostile = "x'}) MATCH (n) DETACH DELETE n //\\\n`";
    const literal = cypherLiteral({ name: hostile, '`odd key`': [1n, 2.5, true] });
    expect(cypherErrors(`RETURN ${literal} AS value`)).toEqual([]);
    expect(literal).toBe("{name: 'x\\'}) MATCH (n) DETACH DELETE n //\\\\\\n`', ```odd key```: [1, 2.5, true]}");
  });

  it('writes integers as INTEGER and other numbers as FLOAT', () => {
    expect([cypherLiteral(3n), cypherLiteral(3), cypherLiteral(0.25), cypherLiteral(1e21)]).toEqual([
      '3',
      '3.0',
      '0.25',
      '1e21',
    ]);
    expect(() => cypherLiteral(Number.NaN)).toThrow(RangeError);
  });
});
