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

  it('prefers the longest name at a position', () => {
    expect(found('일본 정부는 지원한다')).toEqual([['japan', 'subject']]);
  });
});
