import { expect, it } from 'vitest';
import { quotePassage } from '../../viewer/src/passage';

it('splits the body around the quote offsets with ellipses where it was cut', () => {
  const body = 'aaaa QUOTE bbbb';
  expect(quotePassage(body, 5, 10, 2)).toEqual({ before: '…a ', quote: 'QUOTE', after: ' b…' });
  expect(quotePassage(body, 5, 10)).toEqual({ before: 'aaaa ', quote: 'QUOTE', after: ' bbbb' });
});
