import { describe, expect, it } from 'vitest';
import { checkData } from '../../src/pipeline/compile-graph';
import { ikg } from '../helpers/cli';
import { copyFixture, editFile, loadOptionsFor } from '../helpers/fixture';

const RELATIONS = 'relations/relations.yaml';
const NO_STACK = /^ {4}at /m;

async function diagnosticsAfter(edit: (text: string) => string) {
  const dir = await copyFixture();
  await editFile(dir, RELATIONS, edit);
  return { dir, diagnostics: (await checkData(loadOptionsFor(dir))).diagnostics };
}

const withAmount = (text: string) => (t: string) =>
  t.replace(
    '    topic: 2 nm process technology\n',
    `    topic: 2 nm process technology\n    amount: { value: 2, currency: USD, text: "${text}" }\n`,
  );

describe('rules the README states for relations', () => {
  it('an amount whose text is in one of the quotes is fine, with the tolerance quotes are matched with', async () => {
    expect((await diagnosticsAfter(withAmount('2나노미터(nm)'))).diagnostics).toEqual([]);
    expect((await diagnosticsAfter(withAmount('협력해   2나노미터(nm)'))).diagnostics).toEqual([]);
    expect((await diagnosticsAfter(withAmount('2나노미터(nm)'.normalize('NFD')))).diagnostics).toEqual([]);
  });

  it('an amount whose text is in none of the quotes is reported at amount.text, with the quotes in the hint', async () => {
    const { dir, diagnostics } = await diagnosticsAfter(withAmount('1조 3천억 원'));
    expect(diagnostics).toEqual([
      expect.objectContaining({
        line: 7,
        message: 'the amount "1조 3천억 원" is not in any of the relation\'s quotes',
        hint: expect.stringContaining('"IBM과 협력해 2나노미터(nm) 공정 기술 개발을 목표로"'),
      }),
    ]);
    expect(diagnostics[0]?.col).toBeGreaterThan(5);
    const result = ikg(['validate', '--data', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/relations\.yaml:7:\d+ +the amount "1조 3천억 원"/);
    expect(result.stderr).toContain('hint:');
    expect(result.stderr).not.toMatch(NO_STACK);
  });

  it('role on a LEADS relation is fine; on any other type it is reported with a hint', async () => {
    const { diagnostics } = await diagnosticsAfter((t) =>
      t.replace('    topic: 2 nm process technology\n', '    role: partner\n'),
    );
    expect(diagnostics).toEqual([
      expect.objectContaining({
        line: 6,
        col: 5,
        message: 'role is only allowed on LEADS relations, not on PARTNERS_WITH',
        hint: expect.stringMatching(/remove "role: partner"/),
      }),
    ]);
  });

  it('role on a relation of an unknown type is reported once, as the unknown type', async () => {
    const { diagnostics } = await diagnosticsAfter((t) => t.replace('type: LEADS', 'type: HEADS'));
    expect(diagnostics.map((d) => d.message)).toEqual(['unknown relation type "HEADS"']);
  });
});
