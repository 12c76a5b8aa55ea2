import { type Ontology, OntologySchema } from '../schema/ontology';
import type { Diagnostic } from './diagnostics';
import { displayPath } from './paths';
import { MAX_YAML_BYTES, readInputText } from './read-input';
import { parseYamlFile } from './yaml-file';
import { diagnosticsFromZod } from './zod-issues';

/**
 * Reads and checks the ontology. A file that cannot be read throws an InputFileError (InputNotFoundError when it
 * does not exist): it is outside the data folder, so it stops the command; problems in its content are diagnostics.
 */
export async function loadOntology(path: string): Promise<{ ontology?: Ontology; diagnostics: Diagnostic[] }> {
  const text = await readInputText(path, {
    maxBytes: MAX_YAML_BYTES,
    what: 'ontology',
    missingHint: 'pass --ontology PATH, or run from the project folder that holds graph-schema/ontology.yaml',
    notAFileHint: 'pass --ontology with the path of the ontology YAML file',
    tooLargeHint: 'the ontology declares types only; check that --ontology names the right file',
  });
  const parsed = parseYamlFile(displayPath(path), text);
  if (parsed.errors.length > 0) return { diagnostics: parsed.errors };
  const result = OntologySchema.safeParse(parsed.value);
  if (!result.success) {
    return {
      diagnostics: diagnosticsFromZod({ value: parsed.value, origin: parsed.origin, path: [] }, result.error, {
        schema: OntologySchema,
      }),
    };
  }
  return { ontology: result.data, diagnostics: [] };
}
