import { join } from 'node:path';
import { loadOntology } from '../../src/load/ontology';
import type { Cues } from '../../src/schema/cues';
import type { Entity } from '../../src/schema/data';
import type { Ontology } from '../../src/schema/ontology';
import { loadCues } from '../../src/suggest/cues/load-cues';
import { buildDictionary } from '../../src/suggest/mentions/dictionary';
import { ONTOLOGY, ROOT } from '../helpers/fixture';

export const cues: Cues = await loadCues(join(ROOT, 'graph-schema', 'suggest-cues.yaml'));
export const ontology = (await loadOntology(ONTOLOGY)).ontology as Ontology;

const company = (id: string, en: string, ko: string, aliases: string[] = []): Entity => ({
  id,
  type: 'Company',
  names: { en, ko },
  aliases,
});

export const ENTITIES: Entity[] = [
  company('rapidus', 'Rapidus', '라피더스'),
  company('ibm', 'IBM', 'IBM', ['아이비엠']),
  company('nvidia', 'Nvidia', '엔비디아', ['NVIDIA']),
  company('tsmc', 'TSMC', 'TSMC'),
  company('apple', 'Apple', '애플'),
  company('microsoft', 'Microsoft', '마이크로소프트'),
  company('openai', 'OpenAI', '오픈AI'),
  company('softbank', 'SoftBank', '소프트뱅크'),
  { id: 'japan', type: 'Government', names: { en: 'Government of Japan', ko: '일본 정부' }, aliases: [] },
];

export const dictionary = buildDictionary(ENTITIES);
