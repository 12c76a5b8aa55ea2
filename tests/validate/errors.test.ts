import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/load/diagnostics';
import { checkData, compileGraph } from '../../src/pipeline/compile-graph';
import { copyFixture, editFile, loadOptionsFor } from '../helpers/fixture';

const RELATIONS = 'relations/relations.yaml';
const ENTITIES = 'entities/entities.yaml';

async function problemsAfter(file: string, edit: (text: string) => string): Promise<Diagnostic[]> {
  const dir = await copyFixture();
  await editFile(dir, file, edit);
  const { diagnostics } = await checkData(loadOptionsFor(dir));
  expect(diagnostics.length).toBeGreaterThan(0);
  return diagnostics;
}

function expectProblem(
  diagnostics: Diagnostic[],
  expected: { file: string; line: number; message: RegExp; hint?: RegExp },
): void {
  const match = diagnostics.find((d) => d.file.endsWith(expected.file) && expected.message.test(d.message));
  expect(match, `no diagnostic matching ${expected.message} in\n${JSON.stringify(diagnostics, null, 1)}`).toBeDefined();
  expect(match?.line).toBe(expected.line);
  expect(match?.col).toBeGreaterThan(0);
  if (expected.hint) expect(match?.hint).toMatch(expected.hint);
}

describe('bad input gets a located error with a hint', () => {
  it('the fixture itself is valid', async () => {
    const dir = await copyFixture();
    expect((await checkData(loadOptionsFor(dir))).diagnostics).toEqual([]);
  });

  it('malformed YAML', async () => {
    const problems = await problemsAfter(RELATIONS, (t) =>
      t.replace('    from: rapidus\n    to: ibm', '    from: [rapidus\n    to: ibm'),
    );
    expectProblem(problems, { file: RELATIONS, line: 4, message: /invalid YAML/, hint: /indentation|quot/ });
  });

  it('a missing required field', async () => {
    const problems = await problemsAfter(RELATIONS, (t) => t.replace('    status: considered\n', ''));
    expectProblem(problems, { file: RELATIONS, line: 10, message: /status: missing required field/ });
  });

  it('an extra field', async () => {
    const problems = await problemsAfter(ENTITIES, (t) => t.replace('    country: JP', '    contry: JP'));
    expectProblem(problems, { file: ENTITIES, line: 6, message: /unknown field "contry"/, hint: /spelling/ });
  });

  it('a wrong type', async () => {
    const problems = await problemsAfter(ENTITIES, (t) =>
      t.replace('aliases: [Rapidus Corporation]', 'aliases: Rapidus'),
    );
    expectProblem(problems, { file: ENTITIES, line: 5, message: /aliases: .*array/ });
  });

  it('an unknown entity id lists the nearest known ids', async () => {
    const problems = await problemsAfter(RELATIONS, (t) => t.replace('    to: ibm', '    to: ibmm'));
    expectProblem(problems, { file: RELATIONS, line: 4, message: /unknown entity "ibmm"/, hint: /"ibm"/ });
  });

  it('a type not allowed for a relation lists the allowed types', async () => {
    const problems = await problemsAfter(RELATIONS, (t) =>
      t.replace('    from: jensen-huang\n    to: nvidia', '    from: nvidia\n    to: jensen-huang'),
    );
    expectProblem(problems, {
      file: RELATIONS,
      line: 19,
      message: /LEADS cannot have a Company \("nvidia"\) as its source/,
      hint: /LEADS allows from: Person/,
    });
  });

  it('an unknown relation type and an unknown entity type', async () => {
    const relations = await problemsAfter(RELATIONS, (t) => t.replace('type: PARTNERS_WITH', 'type: PARTNER_WITH'));
    expectProblem(relations, {
      file: RELATIONS,
      line: 2,
      message: /unknown relation type "PARTNER_WITH"/,
      hint: /PARTNERS_WITH/,
    });
    const entities = await problemsAfter(ENTITIES, (t) => t.replace('type: Person', 'type: Human'));
    expectProblem(entities, { file: ENTITIES, line: 19, message: /unknown entity type "Human"/, hint: /Person/ });
  });

  it('a self-loop', async () => {
    const problems = await problemsAfter(RELATIONS, (t) => t.replace('    to: ibm', '    to: rapidus'));
    expectProblem(problems, {
      file: RELATIONS,
      line: 4,
      message: /cannot link "rapidus" to itself/,
      hint: /two different entities/,
    });
  });

  it('lists problems in file order, whichever check found them', async () => {
    const problems = await problemsAfter(RELATIONS, (t) =>
      t
        .replace('    to: ibm', '    to: ibmm')
        .replace('    to: nvidia\n    status: active', '    to: jensen-huang\n    status: active'),
    );
    expect(problems.map((p) => [p.line, p.message.replace(/".*/, '')])).toEqual([
      [4, 'unknown entity '],
      [20, 'to: a relation cannot link '],
    ]);
  });

  it('an impossible date', async () => {
    const problems = await problemsAfter(RELATIONS, (t) => t.replace('date: "2024-11"', 'date: "2024-13"'));
    expectProblem(problems, { file: RELATIONS, line: 14, message: /date: expected a real date/ });
  });

  it('an end before its start', async () => {
    const problems = await problemsAfter(RELATIONS, (t) =>
      t.replace('date: "2024-11"', 'start: "2024-11"\n    end: "2023"'),
    );
    expectProblem(problems, {
      file: RELATIONS,
      line: 15,
      message: /end 2023 is before start 2024-11/,
      hint: /swap start and end/,
    });
  });

  it('an empty quote', async () => {
    const problems = await problemsAfter(RELATIONS, (t) => t.replace('quote: 엔비디아의 젠슨 황 CEO는', 'quote: "  "'));
    expectProblem(problems, { file: RELATIONS, line: 25, message: /quote: must not be empty/ });
  });

  it('a quote not in the article shows the closest passage', async () => {
    const problems = await problemsAfter(RELATIONS, (t) =>
      t.replace('새로운 파운드리 파트너로 고려하고', '새 파운드리 파트너로 검토하고'),
    );
    expectProblem(problems, {
      file: RELATIONS,
      line: 17,
      message: /quote not found in article "mini-rapidus"/,
      hint: /closest passage is: ".*파운드리 파트너로/,
    });
  });

  it('an unknown article id', async () => {
    const problems = await problemsAfter(RELATIONS, (t) =>
      t.replace('  - article: mini-rapidus\n        quote: 엔비', '  - article: mini-rapidos\n        quote: 엔비'),
    );
    expectProblem(problems, {
      file: RELATIONS,
      line: 24,
      message: /unknown article "mini-rapidos"/,
      hint: /"mini-rapidus"/,
    });
  });

  it('a duplicate entity id names both places', async () => {
    const problems = await problemsAfter(
      ENTITIES,
      (t) => `${t}  - id: ibm\n    type: Company\n    names: { en: IBM Japan, ko: 한국IBM }\n`,
    );
    expectProblem(problems, {
      file: ENTITIES,
      line: 22,
      message: /duplicate entity id "ibm", first defined at .*entities\.yaml:7/,
    });
  });

  it('the same relation twice names both places, also for a symmetric type written the other way round', async () => {
    const twice = `\n  - type: PARTNERS_WITH\n    from: ibm\n    to: rapidus\n    status: active\n    evidence:\n      - article: mini-rapidus\n        quote: 라피더스는\n`;
    const problems = await problemsAfter(RELATIONS, (t) => t + twice);
    expectProblem(problems, {
      file: RELATIONS,
      line: 27,
      message: /ibm PARTNERS_WITH rapidus is defined twice; it is also at .*relations\.yaml:2/,
      hint: /evidence/,
    });
  });

  it('a different relation type between the same pair is fine', async () => {
    const dir = await copyFixture();
    const extra = `\n  - type: COMPETES_WITH\n    from: ibm\n    to: rapidus\n    status: active\n    evidence:\n      - article: mini-rapidus\n        quote: 라피더스는\n`;
    await editFile(dir, RELATIONS, (t) => t + extra);
    const graph = await compileGraph(loadOptionsFor(dir));
    const between = graph.filterEdges(
      (_edge, attributes, source, target) =>
        attributes.kind === 'relation' && [source, target].sort().join() === 'ibm,rapidus',
    );
    expect(between.map((edge) => graph.getEdgeAttribute(edge, 'type')).sort()).toEqual([
      'COMPETES_WITH',
      'PARTNERS_WITH',
    ]);
  });

  it('an article without its body file', async () => {
    const dir = await copyFixture();
    await rm(join(dir, 'articles', 'mini-rapidus.txt'));
    const { diagnostics } = await checkData(loadOptionsFor(dir));
    expectProblem(diagnostics, {
      file: 'mini-rapidus.yaml',
      line: 1,
      message: /article body .*mini-rapidus\.txt is missing/,
    });
  });

  it('a missing data folder throws a named error with a hint', async () => {
    await expect(compileGraph(loadOptionsFor('/nonexistent/ikg-data'))).rejects.toMatchObject({
      name: 'InputNotFoundError',
      hint: expect.stringContaining('--data'),
    });
  });

  it('reports every problem of every file in one run', async () => {
    const dir = await copyFixture();
    await editFile(dir, RELATIONS, (t) =>
      t.replace('    to: ibm', '    to: ibmm').replace('date: "2024-11"', 'date: "2024-13"'),
    );
    await editFile(dir, ENTITIES, (t) => t.replace('type: Person', 'type: Human'));
    const { diagnostics } = await checkData(loadOptionsFor(dir));
    expect(diagnostics.map((d) => d.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/unknown entity "ibmm"/),
        expect.stringMatching(/date: expected a real date/),
        expect.stringMatching(/unknown entity type "Human"/),
      ]),
    );
  });

  it('compileGraph throws a ValidationError carrying the diagnostics', async () => {
    const dir = await copyFixture();
    await editFile(dir, RELATIONS, (t) => t.replace('    to: ibm', '    to: ibmm'));
    await expect(compileGraph(loadOptionsFor(dir))).rejects.toMatchObject({
      name: 'ValidationError',
      diagnostics: [expect.objectContaining({ line: 4 })],
    });
  });
});
