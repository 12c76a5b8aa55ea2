import type { Cues } from '../../schema/cues';
import { compileCues } from '../cues/compiled-cues';
import { allMatches } from '../text';
import type { Dictionary } from './dictionary';
import type { Mention } from './mentions';

/** Per dictionary, its entries by name. */
const byName = new WeakMap<Dictionary, Map<string, { id: string; type: string }>>();

function entryNamed(dictionary: Dictionary, name: string) {
  let names = byName.get(dictionary);
  if (!names) {
    names = new Map();
    for (const entry of dictionary.entries) if (!names.has(entry.name)) names.set(entry.name, entry);
    byName.set(dictionary, names);
  }
  return names.get(name) ?? names.get(`the ${name}`);
}

/**
 * The places English names by an adjective ("Dutch chip-equipment maker ASML", "the Japanese government"), where the
 * dictionary knows the place and no other mention stands: Place mentions marked as adjectives.
 */
export function demonymMentions(
  text: string,
  known: readonly Mention[],
  dictionary: Dictionary,
  cues: Cues,
): Mention[] {
  const { finder, placeOf } = compileCues(cues).demonyms;
  const found: Mention[] = [];
  for (const hit of allMatches(finder, text)) {
    const entry = entryNamed(dictionary, placeOf.get(hit[0]) ?? '');
    const start = hit.index;
    const end = start + hit[0].length;
    if (entry?.type !== 'Place' || known.some((m) => m.start < end && start < m.end)) continue;
    found.push({
      id: entry.id,
      type: 'Place',
      start,
      end,
      government: dictionary.governments.get(entry.id),
      adjective: true,
    });
  }
  return found;
}
