import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick, leftmostLongest } from '../../src/suggest/mentions/aho-corasick';

/** Every occurrence by brute force, as "pattern@start". */
function naive(patterns: readonly string[], text: string): string[] {
  const found: string[] = [];
  patterns.forEach((pattern, index) => {
    if (!pattern) return;
    for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) found.push(`${index}@${at}`);
  });
  return found.sort();
}

describe('AhoCorasick', () => {
  it('finds overlapping patterns in one pass', () => {
    const matcher = new AhoCorasick(['he', 'she', 'hers', 'his']);
    const hits = [...matcher.search('ushers')].map((hit) => `${hit.pattern}@${hit.start}-${hit.end}`);
    expect(hits.sort()).toEqual(['0@2-4', '1@1-4', '2@2-6']);
  });

  it('matches Hangul and Latin alike', () => {
    const matcher = new AhoCorasick(['하이닉스', 'SK하이닉스', 'TSMC']);
    const kept = leftmostLongest(matcher.search('SK하이닉스와 TSMC는'));
    expect(kept.map((hit) => hit.pattern)).toEqual([1, 2]);
  });

  it('finds exactly what a brute-force search finds, Latin letters in any case', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'B', '가', '나'), maxLength: 4 }), { maxLength: 8 }),
        fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'B', '가', '나', ' '), maxLength: 40 }),
        (patterns, text) => {
          const hits = new AhoCorasick(patterns).search(text).map((hit) => `${hit.pattern}@${hit.start}`);
          const lower = (s: string) => s.toLowerCase();
          expect(hits.sort()).toEqual(naive(patterns.map(lower), lower(text)));
        },
      ),
    );
  });

  it('searches part of a text, keeping the hits asked for', () => {
    const matcher = new AhoCorasick(['ab', 'b', 'abc']);
    const hits = matcher.search('xabcab', 1, 5, (start, end) => end - start > 1);
    expect(hits).toEqual([
      { pattern: 0, start: 1, end: 3 },
      { pattern: 2, start: 1, end: 4 },
    ]);
  });

  it('leftmostLongest keeps the earliest, then the longest, without overlaps', () => {
    const kept = leftmostLongest([
      { pattern: 0, start: 0, end: 1 },
      { pattern: 1, start: 0, end: 2 },
      { pattern: 2, start: 1, end: 3 },
      { pattern: 3, start: 2, end: 4 },
    ]);
    expect(kept.map((hit) => hit.pattern)).toEqual([1, 3]);
  });
});
