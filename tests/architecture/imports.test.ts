import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixture';

/**
 * The stages of src/, lowest first: a module may import only from its own folder or from a lower stage.
 * schema → load → validate → graph → analytics → pipeline → export / neo4j / curate → site / serve → cli.
 */
const STAGES: Record<string, number> = {
  util: 0,
  schema: 1,
  load: 2,
  validate: 3,
  graph: 4,
  analytics: 5,
  layout: 5,
  suggest: 5,
  pipeline: 6,
  cypher: 7,
  export: 8,
  neo4j: 8,
  curate: 8,
  site: 9,
  serve: 9,
  cli: 10,
  '(entry)': 11,
};

/** What the viewer, which runs in a browser, may take from src/: nothing that needs Node or zod. */
const VIEWER_MAY_IMPORT = ['src/graph/', 'src/util/partial-date.ts', 'src/layout/'];

interface Module {
  file: string;
  imports: string[];
  packages: string[];
  /** Targets imported with `import type` only: erased from the bundle, so they bring no code into the viewer. */
  typeOnly: Set<string>;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

function readModule(file: string): Module {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const { importedFiles } = ts.preProcessFile(text, true, true);
  const imports: string[] = [];
  const packages: string[] = [];
  const resolveTarget = (fileName: string) => {
    const target = relative(ROOT, resolve(ROOT, dirname(file), fileName));
    if (target.endsWith('.ts') || target.endsWith('.css')) return target;
    return existsSync(join(ROOT, `${target}.ts`)) ? `${target}.ts` : `${target}/index.ts`;
  };
  for (const { fileName } of importedFiles) {
    if (fileName.startsWith('.')) imports.push(resolveTarget(fileName));
    else packages.push(fileName);
  }
  const typeOnly = new Set<string>();
  const valueImported = new Set<string>();
  for (const statement of ts.createSourceFile(file, text, ts.ScriptTarget.Latest).statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!statement.moduleSpecifier.text.startsWith('.')) continue;
    const target = resolveTarget(statement.moduleSpecifier.text);
    (statement.importClause?.isTypeOnly ? typeOnly : valueImported).add(target);
  }
  for (const target of valueImported) typeOnly.delete(target);
  return { file, imports, packages, typeOnly };
}

const modules = ['src', 'viewer/src', 'bench', 'tools', 'tests'].flatMap(sourceFiles).map(readModule);
const byFile = new Map(modules.map((module) => [module.file, module]));

function stageOf(file: string): string {
  const [, folder, rest] = file.split('/');
  return rest === undefined ? '(entry)' : (folder ?? '');
}

describe('the import graph', () => {
  it('reads the modules it checks', () => {
    expect(modules.filter((module) => module.file.startsWith('src/')).length).toBeGreaterThan(60);
    for (const module of modules)
      for (const target of module.imports)
        if (target.startsWith('src/') || target.startsWith('viewer/'))
          expect(byFile.has(target) || target.endsWith('.css'), `${module.file} → ${target}`).toBe(true);
  });

  it('every folder of src/ has a stage', () => {
    const folders = new Set(modules.filter((m) => m.file.startsWith('src/')).map((m) => stageOf(m.file)));
    expect([...folders].filter((folder) => !(folder in STAGES))).toEqual([]);
  });

  it('in src/, no import runs against the flow', () => {
    const upward: string[] = [];
    for (const module of modules.filter((m) => m.file.startsWith('src/')))
      for (const target of module.imports) {
        const [from, to] = [stageOf(module.file), stageOf(target)];
        if (!target.startsWith('src/')) upward.push(`${module.file} → ${target} (outside src/)`);
        else if (from !== to && (STAGES[to] ?? 99) >= (STAGES[from] ?? -1))
          upward.push(`${module.file} (${from}) → ${target} (${to})`);
      }
    expect(upward).toEqual([]);
  });

  it('has no cycles', () => {
    const cycles: string[][] = [];
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    let counter = 0;
    const visit = (file: string) => {
      index.set(file, counter);
      low.set(file, counter++);
      stack.push(file);
      onStack.add(file);
      for (const target of byFile.get(file)?.imports ?? []) {
        if (!byFile.has(target)) continue;
        if (!index.has(target)) {
          visit(target);
          low.set(file, Math.min(low.get(file) as number, low.get(target) as number));
        } else if (onStack.has(target)) low.set(file, Math.min(low.get(file) as number, index.get(target) as number));
      }
      if (low.get(file) === index.get(file)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== file);
        if (component.length > 1) cycles.push(component.sort());
      }
    };
    for (const { file } of modules) if (!index.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it('the viewer imports from src/ only what runs in a browser (types aside), and no Node built-in or zod', () => {
    const offending: string[] = [];
    for (const module of modules.filter((m) => m.file.startsWith('viewer/'))) {
      for (const target of module.imports)
        if (
          target.startsWith('src/') &&
          !module.typeOnly.has(target) &&
          !VIEWER_MAY_IMPORT.some((allowed) => target.startsWith(allowed))
        )
          offending.push(`${module.file} → ${target}`);
      for (const name of module.packages)
        if (name === 'zod' || name.startsWith('node:') || builtinModules.includes(name))
          offending.push(`${module.file} → ${name}`);
    }
    expect(offending).toEqual([]);
  });

  it('bench and tools never import tests; src never imports bench, tools, tests or the viewer', () => {
    const wrong = modules.flatMap((module) =>
      module.imports
        .filter(
          (target) =>
            ((module.file.startsWith('bench/') || module.file.startsWith('tools/')) && target.startsWith('tests/')) ||
            (module.file.startsWith('src/') && /^(bench|tools|tests|viewer)\//.test(target)),
        )
        .map((target) => `${module.file} → ${target}`),
    );
    expect(wrong).toEqual([]);
  });
});
