import { ValidationError } from '../../load/errors';
import { displayPath } from '../../load/paths';
import { MAX_YAML_BYTES, readInputText } from '../../load/read-input';
import { parseYamlFile } from '../../load/yaml-file';
import { diagnosticsFromZod } from '../../load/zod-issues';
import { type Cues, CuesSchema } from '../../schema/cues';
import { compileCues } from './compiled-cues';

export const DEFAULT_CUES_PATH = 'graph-schema/suggest-cues.yaml';

/**
 * Reads and checks the cue lexicon, and compiles it for scanning (once, here, rather than in the first
 * `suggest`); problems are reported like any data file's, with line and column.
 */
export async function loadCues(path = DEFAULT_CUES_PATH): Promise<Cues> {
  const text = await readInputText(path, {
    maxBytes: MAX_YAML_BYTES,
    what: 'cue lexicon',
    missingHint: 'pass --cues FILE, or run from the project folder with graph-schema/',
  });
  const parsed = parseYamlFile(displayPath(path), text);
  if (parsed.errors.length > 0) throw new ValidationError(parsed.errors);
  const result = CuesSchema.safeParse(parsed.value);
  if (!result.success) {
    throw new ValidationError(
      diagnosticsFromZod({ value: parsed.value, origin: parsed.origin, path: [] }, result.error),
    );
  }
  compileCues(result.data);
  return result.data;
}
