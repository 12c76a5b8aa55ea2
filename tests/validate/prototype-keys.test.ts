import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/load/diagnostics';
import { loadOntology } from '../../src/load/ontology';
import { checkData, compileGraph } from '../../src/pipeline/compile-graph';
import { entityTypeOf, isEntityType, relationTypeOf } from '../../src/schema/ontology';
import { ikg } from '../helpers/cli';
import { copyFixture, editFile, loadOptionsFor, ONTOLOGY } from '../helpers/fixture';

const PROTOTYPE_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
const NO_STACK = /^ {4}at /m;

async function problemsAfter(file: string, edit: (text: string) => string): Promise<Diagnostic[]> {
  const dir = await copyFixture();
  await editFile(dir, file, edit);
  return (await checkData(loadOptionsFor(dir))).diagnostics;
}

describe('names from the data never reach Object.prototype', () => {
  it.each(PROTOTYPE_KEYS)('a relation type named %s is unknown, and the hint lists the allowed types', async (name) => {
    const diagnostics = await problemsAfter('relations/relations.yaml', (t) =>
      t.replace('type: PARTNERS_WITH', `type: "${name}"`),
    );
    expect(diagnostics).toEqual([
      expect.objectContaining({
        line: 2,
        message: `unknown relation type "${name}"`,
        hint: expect.stringMatching(/use one of: .*PARTNERS_WITH.*LEADS/),
      }),
    ]);
  });

  it.each(PROTOTYPE_KEYS)('an entity type named %s is unknown', async (name) => {
    const diagnostics = await problemsAfter('entities/entities.yaml', (t) =>
      t.replace('type: Person', `type: "${name}"`),
    );
    expect(diagnostics).toEqual([
      expect.objectContaining({
        message: `unknown entity type "${name}"`,
        hint: expect.stringMatching(/use one of: .*Company.*Person/),
      }),
    ]);
  });

  it('a prototype key as a field is an unknown field, and pollutes nothing', async () => {
    const diagnostics = await problemsAfter('entities/entities.yaml', (t) =>
      t.replace('    country: JP', '    country: JP\n    __proto__: { type: Person }\n    constructor: x'),
    );
    const fields = diagnostics.filter((d) => d.message.includes('field'));
    expect(fields.map((d) => [d.line, d.message])).toEqual([
      [7, 'unknown field "__proto__"'],
      [8, 'unknown field "constructor"'],
    ]);
    expect(fields.every((d) => d.hint && /allowed/.test(d.hint))).toBe(true);
    expect(({} as { type?: string }).type).toBeUndefined();
  });

  it('an entity whose id is "constructor" is an ordinary entity', async () => {
    const dir = await copyFixture();
    await editFile(dir, 'entities/entities.yaml', (t) => t.replaceAll('id: ibm', 'id: constructor'));
    await editFile(dir, 'relations/relations.yaml', (t) => t.replace('to: ibm', 'to: constructor'));
    const graph = await compileGraph({ ...loadOptionsFor(dir), analytics: false });
    expect(graph.hasEdge('rapidus|PARTNERS_WITH|constructor')).toBe(true);
    const missing = await problemsAfter('relations/relations.yaml', (t) => t.replace('to: ibm', 'to: constructor'));
    expect(missing).toEqual([expect.objectContaining({ message: 'unknown entity "constructor"' })]);
  });

  it('an ontology whose relation type lists "constructor" or "toString" as a source is reported at that entry', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ikg-ontology-'));
    const path = join(dir, 'ontology.yaml');
    const text = await readFile(ONTOLOGY, 'utf8');
    await writeFile(path, text.replace('    from: [Person]', '    from: [constructor, toString]'));
    const { ontology, diagnostics } = await loadOntology(path);
    expect(ontology).toBeUndefined();
    expect(diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/unknown entity type "constructor"/),
      expect.stringMatching(/unknown entity type "toString"/),
    ]);
    expect(diagnostics.every((d) => d.hint && /Person/.test(d.hint))).toBe(true);
    const result = ikg(['validate', '--ontology', path]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/ontology\.yaml:\d+:\d+ .*"constructor"/);
    expect(result.stderr).not.toMatch(NO_STACK);
  });

  it('the lookups answer own keys only', async () => {
    const { ontology } = await loadOntology(ONTOLOGY);
    if (!ontology) throw new Error('the project ontology should load');
    for (const name of PROTOTYPE_KEYS) {
      expect(isEntityType(ontology, name)).toBe(false);
      expect(entityTypeOf(ontology, name)).toBeUndefined();
      expect(relationTypeOf(ontology, name)).toBeUndefined();
    }
    expect(relationTypeOf(ontology, 'LEADS')?.from).toEqual(['Person']);
  });

  it('the CLI reports a relation type "constructor" as a located problem, not an internal error', async () => {
    const dir = await copyFixture();
    await editFile(dir, 'relations/relations.yaml', (t) =>
      t.replace('type: PARTNERS_WITH', 'type: constructor').replace('type: LEADS', 'type: __proto__'),
    );
    const result = ikg(['validate', '--data', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/relations\.yaml:2:\d+ +unknown relation type "constructor"/);
    expect(result.stderr).toMatch(/relations\.yaml:18:\d+ +unknown relation type "__proto__"/);
    expect(result.stderr).not.toMatch(/internal error|TypeError/);
    expect(result.stderr).not.toMatch(NO_STACK);
  });
});
