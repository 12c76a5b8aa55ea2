import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../src/suggest/relations/amounts';
import { findDate } from '../../src/suggest/relations/dates';

describe('findAmounts', () => {
  it.each([
    ['1조 3천억 원을 투입한다', 1.3e12, 'KRW', '1조 3천억 원'],
    ['130억 달러를 투자', 1.3e10, 'USD', '130억 달러'],
    ['4760억엔의 보조금', 4.76e11, 'JPY', '4760억엔'],
    ['5,000억 원 규모', 5e11, 'KRW', '5,000억 원'],
    ['invested $13 billion in', 1.3e10, 'USD', '$13 billion'],
    ['a grant of US$6.6 billion', 6.6e9, 'USD', 'US$6.6 billion'],
    ['fined 1.8 billion euros', 1.8e9, 'EUR', '1.8 billion euros'],
  ])('%s', (sentence, value, currency, text) => {
    expect(findAmounts(sentence)).toEqual([{ value, currency, text }]);
  });

  it('finds none where there is no money', () => {
    expect(findAmounts('2나노 공정 3개 공장')).toEqual([]);
  });
});

describe('findDate', () => {
  it.each([
    ['2023년 7월 20일 발표했다', '2023-07-20'],
    ['2024년 3월 인텔에', '2024-03'],
    ['2019년 설립', '2019'],
    ['In March 2023, it said', '2023-03'],
    ['On Jan. 23, 2023, Microsoft', '2023-01-23'],
    ['on 2024-11-14', '2024-11-14'],
  ])('%s → %s', (sentence, date) => {
    expect(findDate(sentence)).toBe(date);
  });

  it('ignores impossible dates and sentences without one', () => {
    expect(findDate('2024년 13월')).toBe('2024');
    expect(findDate('no year here')).toBeUndefined();
  });
});
