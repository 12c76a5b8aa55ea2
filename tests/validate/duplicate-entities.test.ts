import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportDiagnostics } from '../../src/cli/report';
import { loadDataset } from '../../src/load/dataset';
import { formatDiagnostic } from '../../src/load/diagnostics';
import { checkData, compileGraph } from '../../src/pipeline/compile-graph';
import { validateDataset } from '../../src/validate';
import { foldName } from '../../src/validate/duplicate-entities';
import { copyFixture, editFile, loadOptionsFor } from '../helpers/fixture';

const ENTITIES = 'entities/entities.yaml';

async function warningsAfter(addition: string) {
  const dir = await copyFixture();
  await editFile(dir, ENTITIES, (t) => `${t}${addition}`);
  const { dataset, diagnostics } = await loadDataset(loadOptionsFor(dir));
  expect(diagnostics).toEqual([]);
  if (!dataset) throw new Error('the fixture should load');
  return { dir, ...validateDataset(dataset) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('probable duplicate entities are warnings', () => {
  it('folds case, white space and Unicode normalization before comparing', () => {
    expect(foldName('  Rapidus\u00a0 Corporation ')).toBe(foldName('rapidus corporation'));
    expect(foldName('라피더스'.normalize('NFD'))).toBe(foldName('라피더스'));
  });

  it('the same English name, written differently, warns at the second entity and names the first', async () => {
    const { diagnostics, warnings } = await warningsAfter(
      '  - id: rapidus-corp\n    type: Company\n    names: { en: "  RAPIDUS ", ko: 라피더스 주식회사 }\n',
    );
    expect(diagnostics).toEqual([]);
    expect(warnings).toEqual([
      {
        file: expect.stringMatching(/entities\.yaml$/),
        line: 24,
        col: 14,
        severity: 'warning',
        message:
          '"rapidus-corp" may duplicate "rapidus": its English name "RAPIDUS" is also the English name of "rapidus"',
        hint: expect.stringMatching(/^"rapidus" is defined at .*entities\.yaml:4; if they are the same entity/),
      },
    ]);
  });

  it('the same Korean name, and an alias equal to another entity’s name or alias, warn once per pair', async () => {
    const { warnings } = await warningsAfter(
      [
        '  - id: nvidia-korea',
        '    type: Company',
        '    names: { en: Nvidia Korea, ko: 엔비디아 }',
        '    aliases: [NVIDIA, nvidia]',
        '  - id: big-blue',
        '    type: Company',
        '    names: { en: Big Blue, ko: 빅 블루 }',
        '    aliases: [아이비엠]',
        '',
      ].join('\n'),
    );
    expect(warnings.map((w) => w.message)).toEqual([
      '"nvidia-korea" may duplicate "nvidia": its Korean name "엔비디아" is also the Korean name of "nvidia"',
      '"big-blue" may duplicate "ibm": its alias "아이비엠" is also the alias of "ibm"',
    ]);
    expect(warnings.every((w) => w.severity === 'warning' && w.hint)).toBe(true);
  });

  it('do not fail validation or the build, and are printed labelled as warnings', async () => {
    const { dir, warnings } = await warningsAfter(
      '  - id: ibm-japan\n    type: Company\n    names: { en: IBM Japan, ko: IBM }\n',
    );
    expect(warnings).toHaveLength(1);
    expect((await checkData(loadOptionsFor(dir))).diagnostics).toEqual([]);
    await expect(compileGraph({ ...loadOptionsFor(dir), analytics: false })).resolves.toBeDefined();
    expect(formatDiagnostic(warnings[0] as (typeof warnings)[0])).toMatch(
      /entities\.yaml:24:\d+ {2}warning: "ibm-japan"/,
    );

    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    reportDiagnostics(warnings);
    reportDiagnostics([...warnings, { file: 'x.yaml', line: 1, col: 1, message: 'broken', hint: 'fix it' }]);
    vi.restoreAllMocks();
    expect(written.join('')).toMatch(/⚠ 1 warning\n/);
    expect(written.join('')).toMatch(/✖ 1 problem found, 1 warning\n/);
  });
});
