import { distance } from 'fastest-levenshtein';

/** The known names nearest to an unknown one: substring matches first, then by edit distance. */
export function nearest(unknown: string, known: Iterable<string>, count = 3): string[] {
  const needle = unknown.toLowerCase();
  return [...known]
    .map((name) => {
      const lower = name.toLowerCase();
      const contains = lower.includes(needle) || needle.includes(lower);
      return { name, score: contains ? -1 : distance(needle, lower) };
    })
    .filter(({ score }) => score <= Math.max(3, needle.length / 2))
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, count)
    .map(({ name }) => name);
}

export function didYouMean(unknown: string, known: Iterable<string>): string {
  const candidates = nearest(unknown, known);
  return candidates.length > 0
    ? `did you mean ${candidates.map((c) => `"${c}"`).join(', ')}?`
    : 'no similar id is defined';
}
