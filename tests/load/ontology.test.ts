import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOntology } from '../../src/load/ontology';
import { ONTOLOGY } from '../helpers/fixture';

async function ontologyWith(edit: (text: string) => string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'ikg-ontology-')), 'ontology.yaml');
  await writeFile(path, edit(await readFile(ONTOLOGY, 'utf8')));
  return path;
}

describe('loadOntology', () => {
  it('loads the project ontology with every required type, bilingual labels and symmetry', async () => {
    const { ontology, diagnostics } = await loadOntology(ONTOLOGY);
    expect(diagnostics).toEqual([]);
    expect(Object.keys(ontology?.entityTypes ?? {})).toEqual(
      expect.arrayContaining([
        'Company',
        'Government',
        'ResearchOrg',
        'Person',
        'Product',
        'Technology',
        'Facility',
        'Place',
        'Event',
      ]),
    );
    const relationTypes = ontology?.relationTypes ?? {};
    expect(Object.keys(relationTypes)).toEqual(
      expect.arrayContaining([
        'PARTNERS_WITH',
        'COMPETES_WITH',
        'INVESTS_IN',
        'FOUNDED',
        'OWNS',
        'SUPPLIES',
        'MANUFACTURES_FOR',
        'DEVELOPS',
        'USES',
        'SUPPORTS',
        'REGULATES',
        'LEADS',
        'LOCATED_IN',
        'PARTICIPATES_IN',
      ]),
    );
    expect(relationTypes.PARTNERS_WITH?.symmetric).toBe(true);
    expect(relationTypes.COMPETES_WITH?.symmetric).toBe(true);
    expect(relationTypes.INVESTS_IN?.symmetric).toBe(false);
    expect(relationTypes.LEADS?.from).toEqual(['Person']);
    for (const type of Object.values(ontology?.entityTypes ?? {})) expect(type.label.ko).toMatch(/[가-힣]/);
  });

  it('reports a relation type that names an undeclared entity type, at its line', async () => {
    const path = await ontologyWith((t) => t.replace('    from: [Person]', '    from: [Persson]'));
    const { ontology, diagnostics } = await loadOntology(path);
    expect(ontology).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: 115, message: expect.stringContaining('unknown entity type "Persson"') }),
    ]);
  });

  it('rejects a type name that could not safely become a Neo4j label', async () => {
    const path = await ontologyWith((t) => t.replace('  Company:\n', '  "Company`) DETACH DELETE n //":\n'));
    const { diagnostics } = await loadOntology(path);
    expect(diagnostics.map((d) => d.message)).toContainEqual(expect.stringMatching(/PascalCase/));
  });

  it('a missing ontology file is a named error', async () => {
    await expect(loadOntology('/nonexistent/ontology.yaml')).rejects.toMatchObject({ name: 'InputNotFoundError' });
  });
});
