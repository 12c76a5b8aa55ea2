import { describe, expect, it } from 'vitest';
import { buildDictionary } from '../../src/suggest/mentions/dictionary';
import { governmentWordMentions } from '../../src/suggest/mentions/government-words';
import { findMentions } from '../../src/suggest/mentions/mentions';
import { cues, dictionary } from './helpers';

const found = (text: string) => findMentions(text, dictionary, cues).map((m) => [m.id, m.role ?? '-']);

describe('findMentions', () => {
  it('finds names with Korean particles attached and reads the particle role', () => {
    expect(found('라피더스는 IBM과 협력하고, 엔비디아의 칩을 만든다')).toEqual([
      ['rapidus', 'subject'],
      ['ibm', 'with'],
      ['nvidia', 'object'],
    ]);
  });

  it('finds every name and alias in any language, case-insensitively for Latin letters', () => {
    expect(found('NVIDIA and nvidia, 엔비디아로부터 아이비엠에')).toEqual([
      ['nvidia', '-'],
      ['nvidia', '-'],
      ['nvidia', 'source'],
      ['ibm', 'object'],
    ]);
  });

  it('handles text that mixes Hangul and Latin, and asides in brackets before the particle', () => {
    // The aside names the same entity again: one party, not two.
    expect(found('엔비디아(NVIDIA)는 오픈AI와')).toEqual([
      ['nvidia', 'subject'],
      ['openai', 'with'],
    ]);
  });

  it('does not cut a Latin name out of a longer word', () => {
    expect(found('IBMX and XIBM and TSMCs, but TSMC.')).toEqual([['tsmc', '-']]);
  });

  it('finds no name glued into a longer Korean name, but one with endings, suffixes of its own or a glued office', () => {
    const glued = buildDictionary([
      { id: 'lg', type: 'Company', names: { en: 'LG', ko: 'LG' }, aliases: [] },
      { id: 'kakao', type: 'Company', names: { en: 'Kakao', ko: '카카오' }, aliases: [] },
      { id: 'sony', type: 'Company', names: { en: 'Sony', ko: '소니' }, aliases: [] },
      { id: 'pyeongtaek', type: 'Place', names: { en: 'Pyeongtaek', ko: '평택시' }, aliases: [] },
    ]);
    const ids = (text: string) => findMentions(text, glued, cues).map((m) => `${m.id}:${m.particle ?? '-'}`);
    expect(ids('LG유플러스는 카카오게임즈와 LG에너지솔루션에 맞선다')).toEqual([]);
    expect(ids('LG는 카카오처럼 소니그룹과의 협력을 이어가며 평택시장은 소니였다고 말했다')).toEqual([
      'lg:는',
      'kakao:-',
      'sony:과의',
      'pyeongtaek:은',
      'sony:-',
    ]);
  });

  it('gives a name that two entities share, in any letter case, to the first of them', () => {
    const shared = buildDictionary([
      { id: 'alpha', type: 'Company', names: { en: 'Alpha', ko: '알파' }, aliases: ['Axon'] },
      { id: 'beta', type: 'Company', names: { en: 'Beta', ko: '베타' }, aliases: ['AXON'] },
    ]);
    expect(findMentions('AXON, Beta and axon', shared, cues).map((m) => m.id)).toEqual(['alpha', 'beta', 'alpha']);
  });

  it('knows the government named after a place, in either language, unless two governments claim it', () => {
    const places = buildDictionary([
      { id: 'jp', type: 'Place', names: { en: 'Japan', ko: '일본' }, aliases: [] },
      { id: 'jp-gov', type: 'Government', names: { en: 'Government of Japan', ko: '일본국' }, aliases: [] },
      { id: 'fr', type: 'Place', names: { en: 'France', ko: '프랑스' }, aliases: [] },
      { id: 'fr-gov', type: 'Government', names: { en: "France's government", ko: '불란서' }, aliases: [] },
      { id: 'kr', type: 'Place', names: { en: 'Korea', ko: '한국' }, aliases: [] },
      { id: 'kr-gov', type: 'Government', names: { en: 'Seoul administration', ko: '한국 정부' }, aliases: [] },
      { id: 'x', type: 'Place', names: { en: 'constructor', ko: '생성자' }, aliases: [] },
      { id: 'x-gov-1', type: 'Government', names: { en: 'constructor government', ko: '정부 1' }, aliases: [] },
      { id: 'x-gov-2', type: 'Government', names: { en: 'Government of constructor', ko: '정부 2' }, aliases: [] },
    ]);
    expect(Object.fromEntries(places.governments)).toEqual({ jp: 'jp-gov', fr: 'fr-gov', kr: 'kr-gov' });
    expect(findMentions('일본은', places, cues)[0]?.government).toBe('jp-gov');
  });

  it('prefers the longest name at a position', () => {
    expect(found('일본 정부는 지원한다')).toEqual([['japan', 'subject']]);
  });

  it("matches a short name in capitals only in capitals, and a place's with full stops too", () => {
    const capitals = buildDictionary([
      { id: 'us', type: 'Place', names: { en: 'United States', ko: '미국' }, aliases: ['US'] },
      { id: 'ms', type: 'Company', names: { en: 'Microsoft', ko: '마이크로소프트' }, aliases: ['MS'] },
    ]);
    const ids = (text: string) => findMentions(text, capitals, cues).map((m) => text.slice(m.start, m.end));
    expect(ids('They told us, in ms, that the US and MS agree.')).toEqual(['US', 'MS']);
    expect(ids('U.S. chips and U.S.-made ones')).toEqual(['U.S.', 'U.S.']);
  });

  it('names a company without its legal form, or with it shortened, where the rest is more than one word', () => {
    const forms = buildDictionary([
      {
        id: 'tsmc',
        type: 'Company',
        names: { en: 'TSMC', ko: 'TSMC' },
        aliases: ['Taiwan Semiconductor Manufacturing Company'],
      },
      { id: 'acme', type: 'Company', names: { en: 'Acme Corporation', ko: '애크미' }, aliases: [] },
      { id: 'sec', type: 'Company', names: { en: 'Samsung Electronics Co., Ltd.', ko: '삼성전자' }, aliases: [] },
    ]);
    const text = 'Taiwan Semiconductor Manufacturing Co. and Acme Corp. met Acme and Samsung Electronics.';
    expect(findMentions(text, forms, cues).map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([
      ['tsmc', 'Taiwan Semiconductor Manufacturing'],
      ['sec', 'Samsung Electronics'],
    ]);
  });

  it('reads the government words of the lexicon only where the dictionary has the place and its government', () => {
    const withKorea = buildDictionary([
      { id: 'kr', type: 'Place', names: { en: 'South Korea', ko: '한국' }, aliases: [] },
      { id: 'kr-gov', type: 'Government', names: { en: 'Government of South Korea', ko: '한국 정부' }, aliases: [] },
    ]);
    const without = buildDictionary([{ id: 'jp', type: 'Place', names: { en: 'Japan', ko: '일본' }, aliases: [] }]);
    const text = '정부는 지원한다. 체코 정부는 아니다. The administration agreed.';
    const ids = (dictionary: typeof without) =>
      governmentWordMentions(text, findMentions(text, dictionary, cues), dictionary, cues).map((m) => [
        m.id,
        text.slice(m.start, m.end),
      ]);
    expect(ids(withKorea)).toEqual([['kr-gov', '정부']]);
    expect(ids(without)).toEqual([]);
  });

  it("leaves an alias made of a place and another of the company's names to the two mentions", () => {
    const origin = buildDictionary([
      { id: 'taiwan', type: 'Place', names: { en: 'Taiwan', ko: '대만' }, aliases: [] },
      { id: 'tsmc', type: 'Company', names: { en: 'TSMC', ko: 'TSMC' }, aliases: ['대만 TSMC', '대만 반도체'] },
    ]);
    expect(findMentions('대만 TSMC와 대만 반도체', origin, cues).map((m) => m.id)).toEqual(['taiwan', 'tsmc', 'tsmc']);
  });
});
