import type { Cues } from '../../schema/cues';
import { compileCues } from '../cues/compiled-cues';
import { allMatches } from '../text';
import type { Dictionary } from './dictionary';
import { type Mention, overlapsAny } from './mentions';

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
    const name = placeOf.get(hit[0]) ?? '';
    const id = dictionary.places.get(name) ?? dictionary.places.get(`the ${name}`);
    const start = hit.index;
    const end = start + hit[0].length;
    if (id === undefined || overlapsAny(known, start, end)) continue;
    found.push({ id, type: 'Place', start, end, government: dictionary.governments.get(id), adjective: true });
  }
  return found;
}
