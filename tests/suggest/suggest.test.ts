import { describe, expect, it } from 'vitest';
import { buildDictionary } from '../../src/suggest/mentions/dictionary';
import { romanize, slugify } from '../../src/suggest/mentions/romanize';
import { suggest } from '../../src/suggest/suggest';
import { cues, dictionary, ontology } from './helpers';

const relations = (text: string) =>
  suggest(text, dictionary, { cues, ontology }).relations.map((r) => `${r.type} ${r.from}→${r.to} ${r.status}`);

describe('suggest: the dictionary’s countries', () => {
  it('proposes no home in another country than the entity record gives, and keeps one in its own', () => {
    const withCountries = buildDictionary([
      { id: 'japan', type: 'Place', names: { en: 'Japan', ko: '일본' }, aliases: [], country: 'JP' },
      { id: 'softbank', type: 'Company', names: { en: 'SoftBank', ko: '소프트뱅크' }, aliases: [], country: 'JP' },
      { id: 'openai', type: 'Company', names: { en: 'OpenAI', ko: '오픈AI' }, aliases: [], country: 'US' },
    ]);
    const found = suggest("Japan's SoftBank and OpenAI set up a joint venture.", withCountries, { cues, ontology });
    const homes = found.relations.filter((r) => r.type === 'LOCATED_IN').map((r) => `${r.from}→${r.to}`);
    expect(homes).toEqual(['softbank→japan']);
  });
});

describe('suggest: relations', () => {
  it('types a relation by its Korean cue and directs it by particles', () => {
    expect(relations('애플은 TSMC에 칩 생산을 맡겼다. TSMC는 애플의 칩을 생산하고 있다.')).toEqual([
      'MANUFACTURES_FOR tsmc→apple active',
    ]);
  });

  it('reads the giver from 로부터 and the receiver from the subject', () => {
    expect(relations('오픈AI는 마이크로소프트로부터 130억 달러의 투자를 받았다.')).toEqual([
      'INVESTS_IN microsoft→openai active',
    ]);
  });

  it('gives each of "A와 B는" the relation, and pairs them for symmetric types', () => {
    expect(relations('엔비디아와 소프트뱅크는 라피더스에 투자하기로 했다.')).toEqual([
      'INVESTS_IN nvidia→rapidus announced',
      'INVESTS_IN softbank→rapidus announced',
    ]);
    expect(relations('엔비디아와 IBM은 치열하게 경쟁하고 있다.')).toEqual(['COMPETES_WITH nvidia→ibm active']);
  });

  it('takes the status from modality cues', () => {
    expect(relations('엔비디아는 라피더스와 협력을 검토하고 있다.')).toEqual([
      'PARTNERS_WITH nvidia→rapidus considered',
    ]);
    expect(relations('엔비디아는 라피더스와 협력한다고 발표했다.')).toEqual(['PARTNERS_WITH nvidia→rapidus announced']);
    expect(relations('Nvidia is considering a partnership with Rapidus.')).toEqual([
      'PARTNERS_WITH nvidia→rapidus considered',
    ]);
  });

  it('directs English relations by word order, "by"/"from" and coordination', () => {
    expect(relations('TSMC manufactures chips for Apple and Nvidia.')).toEqual([
      'MANUFACTURES_FOR tsmc→apple active',
      'MANUFACTURES_FOR tsmc→nvidia active',
    ]);
    expect(relations('OpenAI received a $10 billion investment from Microsoft in January 2023.')).toEqual([
      'INVESTS_IN microsoft→openai active',
    ]);
  });

  it('keeps only relations the ontology allows, turning round those that fit only the other way', () => {
    expect(relations('애플은 마이크로소프트의 칩을 개발한다.')).toEqual([]);
    expect(relations('라피더스는 일본 정부로부터 보조금을 받았다.')).toEqual(['SUPPORTS japan→rapidus active']);
  });

  it('carries the amount, the date and the sentence as its quote, with a confidence', () => {
    const [relation] = suggest('소프트뱅크는 2024년 4월 오픈AI에 1조 3천억 원을 투자했다.', dictionary, {
      cues,
      ontology,
    }).relations;
    expect(relation).toMatchObject({
      type: 'INVESTS_IN',
      from: 'softbank',
      to: 'openai',
      date: '2024-04',
      amount: { value: 1.3e12, currency: 'KRW', text: '1조 3천억 원' },
      quote: '소프트뱅크는 2024년 4월 오픈AI에 1조 3천억 원을 투자했다.',
    });
    expect(relation?.confidence).toBeGreaterThan(0.5);
    expect(relation?.confidence).toBeLessThanOrEqual(1);
  });

  it('relates nothing across sentences', () => {
    expect(relations('엔비디아는 성장했다. 라피더스와 협력은 없다')).toEqual([]);
  });
});

describe('suggest: new entities', () => {
  it('proposes Korean organisation names and Latin proper names, with a type when the name tells', () => {
    const { entities } = suggest(
      'LG전자는 현대모비스와 협력한다. LG전자의 발표였다. Broadcom Inc. supplies Apple, said Hock Tan.',
      dictionary,
      { cues, ontology },
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        { id: 'lgjeonja', name: 'LG전자', type: 'Company', count: 2 },
        { id: 'hyeondaemobiseu', name: '현대모비스', type: 'Company', count: 1 },
        { id: 'broadcom-inc', name: 'Broadcom Inc', type: 'Company', count: 1 },
        { id: 'hock-tan', name: 'Hock Tan', type: undefined, count: 1 },
      ]),
    );
    expect(entities.map((e) => e.id)).not.toContain('apple');
  });

  it('relates proposed entities whose type is known', () => {
    expect(relations('LG전자는 엔비디아와 협력한다.')).toEqual(['PARTNERS_WITH lgjeonja→nvidia active']);
  });

  it('romanizes Hangul into proposed ids', () => {
    expect(romanize('삼성전자')).toBe('samseongjeonja');
    expect(slugify('SK하이닉스')).toBe('skhainikseu');
  });
});
