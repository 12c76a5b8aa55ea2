import { describe, expect, it } from 'vitest';
import { PartialDate } from '../../src/schema/dates';
import { dateBounds, parsePartialDate, precisionOf } from '../../src/util/partial-date';

describe('partial dates', () => {
  it.each([
    ['2024', 'year'],
    ['2024-11', 'month'],
    ['2024-11-14', 'day'],
    ['2024-02-29', 'day'],
  ])('accepts %s with %s precision', (text, precision) => {
    expect(precisionOf(text)).toBe(precision);
    expect(PartialDate.safeParse(text).success).toBe(true);
  });

  it.each(['2024-13', '2024-00', '2023-02-29', '2024-04-31', '24-11', '2024/11', '2024-1', 'soon', ''])(
    'rejects %s',
    (text) => {
      expect(parsePartialDate(text)).toBeUndefined();
      expect(PartialDate.safeParse(text).success).toBe(false);
    },
  );

  it('gives the first and last millisecond a date covers', () => {
    expect(dateBounds('2024-11').map((ms) => new Date(ms).toISOString())).toEqual([
      '2024-11-01T00:00:00.000Z',
      '2024-11-30T23:59:59.999Z',
    ]);
    expect(dateBounds('2024').map((ms) => new Date(ms).toISOString())).toEqual([
      '2024-01-01T00:00:00.000Z',
      '2024-12-31T23:59:59.999Z',
    ]);
    expect(dateBounds('2024-11-14')[1] - dateBounds('2024-11-14')[0]).toBe(86_399_999);
  });
});
