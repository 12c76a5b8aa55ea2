import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { MINI } from '../helpers/fixture';
import { buildsOrExplains, type Json, MINI_FILES, objectsIn, readMiniFiles } from '../helpers/mini-files';

/*
 * The property of tests/build/property.test.ts — a build or structured diagnostics, never a throw — under the
 * mutations hostile input uses: YAML aliases (defined, undefined, used before their anchor, alias bombs) and
 * names that are Object.prototype's keys, as field names and as values that are looked up (types, ids).
 * Every diagnostic must also carry a hint.
 */

const PROTOTYPE_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'] as const;

/** Placeholders, written as strings and replaced in the YAML text by what a string cannot express. */
const marker = (text: string) => `@@${text}@@`;

function aliasBomb(levels: number): string {
  const parts = ['l0: &b0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let level = 1; level < levels; level++)
    parts.push(
      `l${level}: &b${level} [${Array(9)
        .fill(`*b${level - 1}`)
        .join(', ')}]`,
    );
  return `{${parts.join(', ')}}`;
}

const mutation = fc.record({
  file: fc.constantFrom(...MINI_FILES),
  target: fc.nat(),
  field: fc.nat(),
  source: fc.nat(),
  action: fc.oneof(
    fc.constant({ kind: 'alias' as const }),
    fc.constant({ kind: 'undefined alias' as const }),
    fc.record({ kind: fc.constant('alias bomb' as const), levels: fc.integer({ min: 2, max: 9 }) }),
    fc.record({
      kind: fc.constant('prototype key' as const),
      key: fc.constantFrom(...PROTOTYPE_KEYS),
      value: fc.jsonValue({ maxDepth: 1 }),
    }),
    fc.record({ kind: fc.constant('prototype value' as const), value: fc.constantFrom(...PROTOTYPE_KEYS) }),
    fc.constant({ kind: 'delete' as const }),
    fc.record({ kind: fc.constant('set' as const), value: fc.jsonValue({ maxDepth: 2 }) }),
  ),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** Applies the mutations; returns the replacements to make in the YAML text afterwards. */
function apply(files: Record<string, Json>, mutations: readonly Mutation[]): Map<string, Map<string, string>> {
  const replacements = new Map<string, Map<string, string>>();
  mutations.forEach(({ file, target, field, source, action }, index) => {
    const objects = objectsIn(files[file]);
    const object = objects[target % objects.length] as Json;
    const keys = Object.keys(object);
    const key = keys[field % Math.max(1, keys.length)] ?? 'extra';
    const replace = replacements.get(file) ?? new Map<string, string>();
    replacements.set(file, replace);
    const name = `n${index}`;
    switch (action.kind) {
      case 'alias': {
        const from = objects[source % objects.length] as Json;
        const fromKey = Object.keys(from)[field % Math.max(1, Object.keys(from).length)];
        if (fromKey === undefined || fromKey === key) return;
        replace.set(marker(`anchor-${name}`), `&${name} ${JSON.stringify(from[fromKey])}`);
        from[fromKey] = marker(`anchor-${name}`);
        replace.set(marker(`alias-${name}`), `*${name}`);
        object[key] = marker(`alias-${name}`);
        return;
      }
      case 'undefined alias':
        replace.set(marker(`alias-${name}`), `*${name}-undefined`);
        object[key] = marker(`alias-${name}`);
        return;
      case 'alias bomb':
        replace.set(marker(`bomb-${name}`), aliasBomb(action.levels));
        object[key] = marker(`bomb-${name}`);
        return;
      case 'prototype key':
        Object.defineProperty(object, action.key, {
          value: action.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        return;
      case 'prototype value':
        object[key] = action.value;
        return;
      case 'delete':
        delete object[key];
        return;
      case 'set':
        object[key] = action.value;
    }
  });
  return replacements;
}

async function writeDataset(
  files: Record<string, Json>,
  replacements: Map<string, Map<string, string>>,
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ikg-prop-'));
  await cp(MINI, dir, { recursive: true });
  for (const [file, value] of Object.entries(files)) {
    let text = stringify(value);
    for (const [placeholder, yaml] of replacements.get(file) ?? []) {
      text = text.replaceAll(`"${placeholder}"`, yaml).replaceAll(placeholder, yaml);
    }
    await writeFile(join(dir, file), text);
  }
  return dir;
}

describe('hostile mutations of valid data', () => {
  it('build or return structured diagnostics with hints, and never throw (aliases, alias bombs, prototype keys)', async () => {
    const base = await readMiniFiles();
    const outcomes = new Set<string>();
    const kinds = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const files = structuredClone(base);
        const replacements = apply(files, mutations);
        for (const m of mutations) kinds.add(m.action.kind);
        outcomes.add(await buildsOrExplains(await writeDataset(files, replacements), false));
      }),
      { numRuns: 120 },
    );
    expect(outcomes).toContain('explained');
    expect([...kinds].sort()).toEqual(
      ['alias', 'alias bomb', 'delete', 'prototype key', 'prototype value', 'set', 'undefined alias'].sort(),
    );
  }, 120_000);

  it.each(['alias', 'undefined alias', 'alias bomb', 'prototype key', 'prototype value'] as const)(
    'each kind alone: %s',
    async (kind) => {
      const base = await readMiniFiles();
      await fc.assert(
        fc.asyncProperty(
          mutation.filter((m) => m.action.kind === kind),
          async (m) => {
            const files = structuredClone(base);
            await buildsOrExplains(await writeDataset(files, apply(files, [m])), false);
          },
        ),
        { numRuns: 25 },
      );
    },
    60_000,
  );
});
