import type { AmountInput } from '../../schema/data';
import { allMatches } from '../text';

const KO_UNITS: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4 };
const KO_SUB: Record<string, number> = { 천: 1e3, 백: 1e2 };
const KO_CURRENCY: Record<string, string> = {
  원: 'KRW',
  달러: 'USD',
  엔: 'JPY',
  유로: 'EUR',
  위안: 'CNY',
  엔화: 'JPY',
};
const EN_SCALE: Record<string, number> = { trillion: 1e12, billion: 1e9, million: 1e6, thousand: 1e3 };
const EN_SYMBOL: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '¥': 'JPY', '₩': 'KRW', '£': 'GBP' };
const EN_WORD: Record<string, string> = { dollars: 'USD', won: 'KRW', yen: 'JPY', euros: 'EUR', yuan: 'CNY' };

const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;
const KO_PART = String.raw`${NUMBER}\s*[천백]?\s*[조억만]`;
const KO_AMOUNT = new RegExp(
  String.raw`((?:${KO_PART}\s*)+(?:${NUMBER}\s*[천백]?\s*)?|${NUMBER}\s*)(원|달러|엔화|엔|유로|위안)`,
  'g',
);
const EN_AMOUNT = new RegExp(
  String.raw`(US\$|\$|€|¥|₩|£)\s?(${NUMBER})\s*(trillion|billion|million|thousand)?|(${NUMBER})\s*(trillion|billion|million|thousand)?\s+(dollars|won|yen|euros|yuan)\b`,
  'gi',
);

/** One part of a Korean number: digits, then 천 or 백, then 조, 억 or 만, as in 3천억. */
const KO_NUMBER_PART = /(\d[\d,]*(?:\.\d+)?)\s*([천백])?\s*([조억만])?/g;

const num = (text: string) => Number(text.replace(/,/g, ''));

/** The value of a Korean number with 조/억/만 units, such as "1조 3천억" or "4760억". */
function koreanValue(text: string): number {
  let total = 0;
  for (const [, digits = '', sub, unit] of allMatches(KO_NUMBER_PART, text)) {
    total += num(digits) * (sub ? (KO_SUB[sub] ?? 1) : 1) * (unit ? (KO_UNITS[unit] ?? 1) : 1);
  }
  return total;
}

/** The money amounts a sentence states, in the project's Amount shape, in order of appearance. */
export function findAmounts(sentence: string): AmountInput[] {
  const found: { at: number; amount: AmountInput }[] = [];
  for (const match of allMatches(KO_AMOUNT, sentence)) {
    const [text, number = '', currency = ''] = match;
    const value = koreanValue(number);
    if (value > 0)
      found.push({ at: match.index, amount: { value, currency: KO_CURRENCY[currency] ?? 'KRW', text: text.trim() } });
  }
  for (const match of allMatches(EN_AMOUNT, sentence)) {
    const [text, symbol, symbolNumber, symbolScale, wordNumber, wordScale, word] = match;
    const scale = (symbolScale ?? wordScale)?.toLowerCase();
    const value = num(symbolNumber ?? wordNumber ?? '0') * (scale ? (EN_SCALE[scale] ?? 1) : 1);
    const currency = symbol ? EN_SYMBOL[symbol] : EN_WORD[word?.toLowerCase() ?? ''];
    if (value > 0 && currency) found.push({ at: match.index, amount: { value, currency, text: text.trim() } });
  }
  return found.sort((a, b) => a.at - b.at).map(({ amount }) => amount);
}
