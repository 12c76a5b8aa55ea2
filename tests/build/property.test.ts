import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { MINI } from '../helpers/fixture';
import { buildsOrExplains, type Json, MINI_FILES, objectsIn, readMiniFiles } from '../helpers/mini-files';

const structuralMutation = fc.record({
  file: fc.constantFrom(...MINI_FILES),
  target: fc.nat(),
  field: fc.nat(),
  action: fc.oneof(
    fc.constant({ kind: 'delete' as const }),
    fc.record({ kind: fc.constant('set' as const), value: fc.jsonValue({ maxDepth: 2 }) }),
    fc.record({ kind: fc.constant('string' as const), value: fc.string({ unit: 'binary', maxLength: 12 }) }),
    fc.constant({ kind: 'duplicate' as const }),
  ),
});

const textMutation = fc.record({
  file: fc.constantFrom(...MINI_FILES, 'articles/mini-rapidus.txt'),
  at: fc.nat(),
  remove: fc.nat({ max: 6 }),
  insert: fc.string({ unit: 'binary', maxLength: 6 }),
});

type StructuralMutation = typeof structuralMutation extends fc.Arbitrary<infer T> ? T : never;
type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never;

function applyStructural(
  files: Record<string, Json>,
  m: StructuralMutation['action'],
  where: { file: string; target: number; field: number },
) {
  const objects = objectsIn(files[where.file]);
  const target = objects[where.target % objects.length] as Json;
  const keys = Object.keys(target);
  const key = keys[where.field % Math.max(1, keys.length)] ?? 'extra';
  if (m.kind === 'delete') delete target[key];
  else if (m.kind === 'set' || m.kind === 'string') target[key] = m.value;
  else {
    const list = Object.values(files[where.file] as Json).find(Array.isArray);
    if (list && list.length > 0) list.push(structuredClone(list[where.target % list.length]));
  }
}

async function writeDataset(files: Record<string, Json>, textEdit?: TextMutation): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ikg-prop-'));
  await cp(MINI, dir, { recursive: true });
  for (const [file, value] of Object.entries(files)) await writeFile(join(dir, file), stringify(value));
  if (textEdit) {
    const path = join(dir, textEdit.file);
    const text = await readFile(path, 'utf8');
    const at = textEdit.at % (text.length + 1);
    await writeFile(path, text.slice(0, at) + textEdit.insert + text.slice(at + textEdit.remove));
  }
  return dir;
}

describe('random mutations of valid data', () => {
  it('build or return structured errors, and never throw (structural edits)', async () => {
    const base = await readMiniFiles();
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(structuralMutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const files = structuredClone(base) as Record<string, Json>;
        for (const { action, ...where } of mutations) applyStructural(files, action, where);
        outcomes.add(await buildsOrExplains(await writeDataset(files)));
      }),
      { numRuns: 80 },
    );
    expect([...outcomes].sort()).toEqual(['built', 'explained']);
  });

  it('build or return structured errors, and never throw (edits to the raw text)', async () => {
    const base = await readMiniFiles();
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(textMutation, async (edit) => {
        outcomes.add(await buildsOrExplains(await writeDataset(structuredClone(base) as Record<string, Json>, edit)));
      }),
      { numRuns: 80 },
    );
    expect([...outcomes].sort()).toEqual(['built', 'explained']);
  });
});
