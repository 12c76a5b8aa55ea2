import { describe, expect, it } from 'vitest';
import { canonicalBody } from '../../src/load/article-body';
import { QuoteIndex } from '../../src/validate/quote-index';

const BODY = '라피더스는 IBM과 협력해 2나노미터(nm) 공정 기술 개발을\n목표로 하고   있다.';

function indexOf(body: string) {
  return new QuoteIndex(new Map([['a', body]]));
}

describe('QuoteIndex', () => {
  it('finds a verbatim quote and records its offsets in the body', () => {
    const quote = 'IBM과 협력해 2나노미터(nm)';
    const span = indexOf(BODY).find('a', quote);
    expect(span).toEqual({ start: BODY.indexOf(quote), end: BODY.indexOf(quote) + quote.length });
  });

  it('tolerates line breaks and runs of white space on either side', () => {
    const body = BODY;
    const span = indexOf(body).find('a', '개발을 목표로 하고 있다');
    expect(span).toBeDefined();
    expect(body.slice(span?.start, span?.end)).toBe('개발을\n목표로 하고   있다');
    expect(indexOf(body).find('a', '  IBM과\n\t협력해  ')).toBeDefined();
  });

  it('matches NFD Hangul in the quote against an NFC body, and the reverse', () => {
    const nfdQuote = '라피더스는 IBM과'.normalize('NFD');
    expect(nfdQuote).not.toBe('라피더스는 IBM과');
    expect(indexOf(BODY).find('a', nfdQuote)).toEqual({ start: 0, end: 10 });
    const nfdBody = canonicalBody(BODY.normalize('NFD'));
    expect(indexOf(nfdBody).find('a', '라피더스는 IBM과')).toEqual({ start: 0, end: 10 });
  });

  it('matches a body stored with a byte-order mark and CRLF line ends', () => {
    const body = canonicalBody(`\uFEFF${BODY.replace(/\n/g, '\r\n')}`);
    expect(body.startsWith('라')).toBe(true);
    const span = indexOf(body).find('a', '개발을 목표로');
    expect(body.slice(span?.start, span?.end)).toBe('개발을\n목표로');
  });

  it('does not find a paraphrase, and shows the closest passage instead', () => {
    const index = indexOf(BODY);
    expect(index.find('a', 'IBM과 손잡고 2나노미터(nm)')).toBeUndefined();
    expect(index.closestPassage('a', 'IBM과 손잡고 2나노미터(nm)')).toContain('2나노미터(nm)');
  });

  it('finds nothing for an empty quote or an unknown article', () => {
    expect(indexOf(BODY).find('a', '   ')).toBeUndefined();
    expect(indexOf(BODY).find('b', '라피더스')).toBeUndefined();
  });
});
