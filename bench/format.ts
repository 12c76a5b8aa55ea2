import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The text as the project's formatter (Biome) would write it, so generated files pass `npm run lint`. */
export function formatLikeProject(text: string, path: string): string {
  const biome = join(import.meta.dirname, '..', 'node_modules', '.bin', 'biome');
  const result = spawnSync(biome, ['format', `--stdin-file-path=${path}`], { input: text, encoding: 'utf8' });
  return result.status === 0 && result.stdout ? result.stdout : text;
}
