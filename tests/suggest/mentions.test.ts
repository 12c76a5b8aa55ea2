import { describe, expect, it } from 'vitest';
import { buildDictionary } from '../../src/suggest/mentions/dictionary';
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

  it('gives a name that two entities share, in any letter case, to the first of them', () => {
    const shared = buildDictionary([
      { id: 'alpha', type: 'Company', names: { en: 'Alpha', ko: '알파' }, aliases: ['AX'] },
      { id: 'beta', type: 'Company', names: { en: 'Beta', ko: '베타' }, aliases: ['ax'] },
    ]);
    expect(findMentions('AX, Beta and ax', shared, cues).map((m) => m.id)).toEqual(['alpha', 'beta', 'alpha']);
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
});
