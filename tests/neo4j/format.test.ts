import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { cellText, formatResult } from '../../src/neo4j/format';
import { toPlain } from '../../src/neo4j/plain';
import { parseParameters } from '../../src/neo4j/query';

const { Node, Relationship, Path, PathSegment } = neo4j.types;
const rapidus = new Node(
  neo4j.int(1),
  ['Entity', 'Company'],
  { id: 'rapidus', name_ko: '라피더스', degree: neo4j.int(2) },
  'e1',
);
const ibm = new Node(neo4j.int(2), ['Entity', 'Company'], { id: 'ibm' }, 'e2');
const partners = new Relationship(
  neo4j.int(3),
  neo4j.int(1),
  neo4j.int(2),
  'PARTNERS_WITH',
  { status: 'active' },
  'r3',
  'e1',
  'e2',
);

describe('toPlain', () => {
  it('turns driver values into plain JSON', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(toPlain(rapidus)).toEqual({
      labels: ['Entity', 'Company'],
      properties: { id: 'rapidus', name_ko: '라피더스', degree: 2 },
    });
    expect(toPlain(partners)).toEqual({ type: 'PARTNERS_WITH', properties: { status: 'active' } });
    const path = new Path(rapidus, ibm, [new PathSegment(rapidus, partners, ibm)]);
    expect(toPlain(path)).toEqual([toPlain(rapidus), toPlain(partners), toPlain(ibm)]);
    expect(toPlain(new neo4j.types.Date(2024, 11, 14))).toBe('2024-11-14');
    expect(toPlain({ list: [neo4j.int(1), null] })).toEqual({ list: [1, null] });
  });
});

describe('formatResult', () => {
  const result = {
    keys: ['partner', 'status', 'n'],
    rows: [
      { partner: '라피더스', status: 'active', n: 2 },
      { partner: 'IBM', status: 'a, "quoted"', n: null },
    ],
  };

  it('table: aligned for wide Hangul, with a row count', () => {
    const lines = formatResult(result, 'table').split('\n');
    expect(lines[0]).toBe('partner  │ status      │ n');
    expect(lines[2]).toBe('라피더스 │ active      │ 2');
    expect(lines[3]).toBe('IBM      │ a, "quoted" │ null');
    expect(lines[4]).toBe('(2 rows)');
  });

  it('csv and json', () => {
    expect(formatResult(result, 'csv')).toBe('partner,status,n\n라피더스,active,2\nIBM,"a, ""quoted""",null\n');
    expect(JSON.parse(formatResult(result, 'json'))).toEqual(result.rows);
  });

  it('nodes, relationships and paths read well in a cell', () => {
    const path = toPlain(new Path(rapidus, ibm, [new PathSegment(rapidus, partners, ibm)]));
    expect(cellText(path)).toBe('(:Entity:Company rapidus)-[:PARTNERS_WITH]-(:Entity:Company ibm)');
  });
});

describe('parseParameters', () => {
  it('reads JSON values, else strings; integers as Cypher INTEGER', () => {
    expect(parseParameters(['id=rapidus', 'limit=5', 'ids=["a","b"]', 'ok=true', 'x=1.5'])).toEqual({
      id: 'rapidus',
      limit: 5n,
      ids: ['a', 'b'],
      ok: true,
      x: 1.5,
    });
  });

  it('a malformed --param is a UsageError', () => {
    expect(() => parseParameters(['no-equals'])).toThrowError(expect.objectContaining({ name: 'UsageError' }));
  });
});
