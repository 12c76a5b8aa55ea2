import { Option } from 'commander';
import type { LoadOptions } from '../load/dataset';

export const DEFAULT_DATA_DIR = 'data';
export const DEFAULT_ONTOLOGY = 'graph-schema/ontology.yaml';
export const DEFAULT_OUT_DIR = 'out';

export const dataOption = () =>
  new Option('--data <dir>', 'folder with articles/, entities/ and relations/').default(DEFAULT_DATA_DIR);
export const ontologyOption = () => new Option('--ontology <file>', 'the ontology file').default(DEFAULT_ONTOLOGY);

export function loadOptions(options: { data: string; ontology: string }): LoadOptions {
  return { dataDir: options.data, ontologyPath: options.ontology };
}
