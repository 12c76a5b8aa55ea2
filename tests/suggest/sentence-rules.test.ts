import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceEnds } from '../../src/suggest/sentences/sentence-rules';

/** Characters of every class the rules read, and pieces that exercise them: abbreviations, decimals, quotes. */
const PIECES = [...'가나 .!?"\'()[]{},-:;#%&/_~aBzZ09\n', '다. ', 'U.S. ', 'etc. ', 'Inc. ', '3.5', '." ', '?) '];

const segmenterEnds = (text: string, locale: string) =>
  Array.from(
    new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text),
    ({ index, segment }) => index + segment.length,
  );

const texts = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }).map((pieces) => pieces.join(''));

describe('sentenceEnds', () => {
  it('ends sentences where Intl.Segmenter does, in Korean and in English', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const ends = sentenceEnds(text, 0, text.length);
        expect(ends).toEqual(segmenterEnds(text, 'ko'));
        expect(ends).toEqual(segmenterEnds(text, 'en'));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads part of a text as a text of its own', () => {
    fc.assert(
      fc.property(texts, texts, texts, (before, text, after) => {
        const ends = sentenceEnds(before + text + after, before.length, before.length + text.length);
        expect(ends?.map((end) => end - before.length)).toEqual(segmenterEnds(text, 'ko'));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves text with other characters to Intl.Segmenter', () => {
    expect(sentenceEnds('“인용”이다. 끝', 0, 9)).toBeUndefined();
    expect(sentenceEnds('日本. 끝', 0, 6)).toBeUndefined();
  });
});
