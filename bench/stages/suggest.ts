import { join } from 'node:path';
import { readJsonLines } from '../../src/load/jsonl-file';
import { loadOntology } from '../../src/load/ontology';
import type { Entity } from '../../src/schema/data';
import type { Ontology } from '../../src/schema/ontology';
import { STAGE, type Stage, type StageInput } from '../stage';
import { optionalExport } from './optional';

export const DEFAULTS = { dictionaryEntities: 10_000, textBytes: 16 * 2 ** 20 };

const BASELINE_REGEX = 'baseline: one regular-expression scan';

/** The known entities (at most 10k) and article bodies (at most 16 MiB) of a dataset. */
async function suggestInput(input: StageInput): Promise<{ entities: Entity[]; bodies: string[]; bytes: number }> {
  const read = async (file: string) => (await readJsonLines(join(input.dataDir, file), file)).records;
  const entities = (await read('entities/entities.jsonl'))
    .slice(0, DEFAULTS.dictionaryEntities)
    .map((r) => r.value as Entity);
  const bodies: string[] = [];
  let bytes = 0;
  for (const { value } of await read('articles/articles.jsonl')) {
    const body = (value as { body: string }).body;
    if (bytes + Buffer.byteLength(body) > DEFAULTS.textBytes) break;
    bodies.push(body);
    bytes += Buffer.byteLength(body);
  }
  return { entities, bodies, bytes };
}

const work = (bytes: number, entities: number) => ({
  items: bytes,
  unit: 'bytes',
  bytes,
  note: `${entities.toLocaleString('en-US')}-entity dictionary`,
});

type Suggest = (text: string, dictionary: unknown, options: { cues: unknown; ontology: Ontology }) => unknown;
type BuildDictionary = (entities: readonly Entity[]) => unknown;
type LoadCues = () => Promise<unknown>;

/** `suggest()` on every article body, with a dictionary of the dataset's first 10k entities. */
export const SUGGEST: Stage = {
  name: STAGE.suggest,
  baseline: BASELINE_REGEX,
  async prepare(input) {
    const suggest = await optionalExport<Suggest>('src/suggest/suggest', 'suggest');
    const buildDictionary = await optionalExport<BuildDictionary>('src/suggest/mentions/dictionary', 'buildDictionary');
    const loadCues = await optionalExport<LoadCues>('src/suggest/cues/load-cues', 'loadCues');
    const { entities, bodies, bytes } = await suggestInput(input);
    const { ontology } = await loadOntology(input.ontologyPath);
    const options = { cues: await loadCues(), ontology: ontology as Ontology };
    const dictionary = buildDictionary(entities);
    return async () => {
      for (const body of bodies) suggest(body, dictionary, options);
      return work(bytes, entities.length);
    };
  },
};

/** The floor for finding names: one alternation of every name and alias, scanned once over each body. */
export const SUGGEST_BASELINE: Stage = {
  name: BASELINE_REGEX,
  async prepare(input) {
    const { entities, bodies, bytes } = await suggestInput(input);
    const names = new Set(entities.flatMap((e) => [...Object.values(e.names), ...e.aliases]));
    const literal = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(
      [...names]
        .sort((a, b) => b.length - a.length)
        .map(literal)
        .join('|'),
      'g',
    );
    return async () => {
      let found = 0;
      for (const body of bodies) for (const _ of body.matchAll(pattern)) found++;
      if (found === 0) throw new Error('the regular expression found no names; the dataset has no mentions');
      return work(bytes, entities.length);
    };
  },
};
