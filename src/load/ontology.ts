import { readFile } from 'node:fs/promises';
import { type Ontology, OntologySchema } from '../schema/ontology';
import type { Diagnostic } from './diagnostics';
import { InputNotFoundError } from './errors';
import { displayPath } from './paths';
import { parseYamlFile } from './yaml-file';
import { diagnosticsFromZod } from './zod-issues';

export async function loadOntology(path: string): Promise<{ ontology?: Ontology; diagnostics: Diagnostic[] }> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new InputNotFoundError(
      path,
      'pass --ontology PATH, or run from the project folder that holds graph-schema/ontology.yaml',
    );
  });
  const parsed = parseYamlFile(displayPath(path), text);
  if (parsed.errors.length > 0) return { diagnostics: parsed.errors };
  const result = OntologySchema.safeParse(parsed.value);
  if (!result.success) {
    return { diagnostics: diagnosticsFromZod({ value: parsed.value, origin: parsed.origin, path: [] }, result.error) };
  }
  return { ontology: result.data, diagnostics: [] };
}
