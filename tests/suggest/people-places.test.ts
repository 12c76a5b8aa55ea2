import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/schema/data';
import { buildDictionary } from '../../src/suggest/mentions/dictionary';
import { renderYaml, toDraft } from '../../src/suggest/render/render';
import { suggest } from '../../src/suggest/suggest';
import { cues, ENTITIES, ontology } from './helpers';

const entity = (id: string, type: string, en: string, ko: string, aliases: string[] = []): Entity => ({
  id,
  type,
  names: { en, ko },
  aliases,
});

/** The shared dictionary, plus people, places, a product, a technology and an event. */
const dictionary = buildDictionary([
  ...ENTITIES,
  entity('jensen-huang', 'Person', 'Jensen Huang', '젠슨 황'),
  entity('masayoshi-son', 'Person', 'Masayoshi Son', '손정의', ['손 마사요시']),
  entity('sam-altman', 'Person', 'Sam Altman', '샘 올트먼'),
  entity('japan-place', 'Place', 'Japan', '일본'),
  entity('taiwan', 'Place', 'Taiwan', '대만'),
  entity('tokyo', 'Place', 'Tokyo', '도쿄'),
  entity('summit', 'Event', 'AI Summit', 'AI 서밋'),
  entity('exaone', 'Product', 'EXAONE', '엑사원'),
  entity('euv', 'Technology', 'EUV lithography', 'EUV 노광'),
]);

const run = (text: string) => suggest(text, dictionary, { cues, ontology });
const relations = (text: string) =>
  run(text).relations.map((r) => `${r.type} ${r.from}→${r.to}${r.role ? ` (${r.role})` : ''}`);
const candidates = (text: string) => run(text).entities.map((e) => `${e.name}:${e.type ?? '?'}`);

describe('suggest: new entities, typed', () => {
  it('does not propose generic technical vocabulary (LLM, GPU, HBM, EUV, nm) as entities', () => {
    const names = candidates('The LLM runs on GPU and HBM chips made with EUV at 2 nm. AI is everywhere. LLM again.');
    expect(names).toEqual([]);
  });

  it('types a model name (A100, GPT-4) as a Product, and keeps it out of relations', () => {
    expect(candidates('Nvidia supplies A100 chips to OpenAI.')).toEqual(['A100:Product']);
    expect(relations('Nvidia supplies A100 chips to OpenAI.')).toEqual(['SUPPLIES nvidia→openai']);
  });

  it('types Korean and English names by their endings: company, government, research organisation', () => {
    expect(candidates('삼성바이오로직스와 산업통상자원부, 한국과학기술원, 경제산업성이 만났다.')).toEqual(
      expect.arrayContaining([
        '삼성바이오로직스:Company',
        '산업통상자원부:Government',
        '한국과학기술원:ResearchOrg',
        '경제산업성:Government',
      ]),
    );
    expect(candidates('Kioxia Holdings met the Digital Agency.')).toEqual([
      'Digital Agency:Government',
      'Kioxia Holdings:Company',
    ]);
  });

  it('does not take a lone organisation word for a name ("Department" of "U.S. Department of Commerce")', () => {
    expect(candidates('The U.S. Department of Commerce said so.')).not.toContain('Department:Government');
  });

  it('proposes a Person from a title written after a Korean name, with one or two words', () => {
    expect(candidates('현대차 정의선 회장은 사티아 나델라 CEO와 팀 쿡 최고경영자를 만났다.')).toEqual(
      expect.arrayContaining(['정의선:Person', '사티아 나델라:Person', '팀 쿡:Person']),
    );
  });

  it('does not read a title inside a longer word, a stop word, a surname alone or a word with a particle', () => {
    const names = candidates('업계의 대표적인 기업이다. 역시 황 CEO는 말했다. 손 회장은 웃었다. 그는 회장이 됐다.');
    expect(names.filter((n) => n.endsWith(':Person'))).toEqual([]);
  });

  it('proposes a Korean full name written before a known organisation and its title, and no connective as a name', () => {
    const names = candidates('홍범식 엔비디아 사장은 황 사장의 뒤를 이어 최고경영자(CEO)로 선임됐다.');
    expect(names).toContain('홍범식:Person');
    expect(names).not.toContain('이어:Person');
  });

  it('proposes a Person from an English title before or after the name', () => {
    expect(candidates('Microsoft CEO Satya Nadella met Lisa Su, chief executive of AMD.')).toEqual(
      expect.arrayContaining(['Satya Nadella:Person', 'Lisa Su:Person']),
    );
  });

  it('marks an unknown type in the YAML draft instead of silently calling it a Company', () => {
    const suggestion = run('Frobnicator met IBM.');
    const draft = toDraft(suggestion, 'a');
    expect(draft.entities).toEqual([expect.objectContaining({ id: 'frobnicator', typeKnown: false })]);
    expect(renderYaml(suggestion, 'a')).toMatch(/# REVIEW TYPE UNKNOWN: "type: Company" is only a placeholder/);
  });
});

describe('suggest: LEADS, LOCATED_IN and the new cue types', () => {
  it('reads Person LEADS Organisation, with the role, from a title next to the two names', () => {
    expect(relations('엔비디아의 젠슨 황 CEO는 연설했다. 소프트뱅크 손 마사요시 회장과 만났다.')).toEqual(
      expect.arrayContaining(['LEADS jensen-huang→nvidia (CEO)', 'LEADS masayoshi-son→softbank (Chairman)']),
    );
    expect(relations('오픈AI의 수장 샘 올트먼은 엔비디아를 찾았다.')).toContain('LEADS sam-altman→openai (Head)');
    expect(relations('젠슨 황 엔비디아 최고경영자(CEO)는 IBM을 방문했다.')).toContain(
      'LEADS jensen-huang→nvidia (CEO)',
    );
    expect(relations('Nvidia CEO Jensen Huang met Sam Altman, chief executive of OpenAI.')).toEqual(
      expect.arrayContaining(['LEADS jensen-huang→nvidia (CEO)', 'LEADS sam-altman→openai (CEO)']),
    );
  });

  it('does not read LEADS without a title, nor from a title that belongs to a longer word', () => {
    expect(relations('엔비디아의 젠슨 황은 IBM을 방문했다.').filter((r) => r.startsWith('LEADS'))).toEqual([]);
    expect(relations('엔비디아 젠슨 황 대표적인 인물이다.').filter((r) => r.startsWith('LEADS'))).toEqual([]);
  });

  it('leads a proposed Person too', () => {
    expect(relations('IBM 아르빈드 크리슈나 CEO는 라피더스를 찾았다.')).toContain(
      'LEADS areubindeu-keurisyuna→ibm (CEO)',
    );
  });

  it('reads Organisation LOCATED_IN Place from a place written right before the name', () => {
    expect(
      relations('일본 소프트뱅크가 투자했다. 엔비디아는 대만의 TSMC에서 생산한다. 대만 기업 TSMC는 크다.'),
    ).toEqual(expect.arrayContaining(['LOCATED_IN softbank→japan-place', 'LOCATED_IN tsmc→taiwan']));
    expect(relations("Taiwan's TSMC makes chips for Apple.")).toContain('LOCATED_IN tsmc→taiwan');
    expect(relations("엔비디아는 도쿄에서 열린 'AI 서밋'에 참석했다.")).toEqual(
      expect.arrayContaining(['LOCATED_IN summit→tokyo', 'PARTICIPATES_IN nvidia→summit']),
    );
  });

  it('does not read LOCATED_IN across other words, nor from a bare place before an English name', () => {
    expect(relations('일본 정부는 소프트뱅크를 지원한다.').filter((r) => r.startsWith('LOCATED_IN'))).toEqual([]);
    expect(relations('In Japan SoftBank and Nvidia partner.').filter((r) => r.startsWith('LOCATED_IN'))).toEqual([]);
  });

  it('types USES by its cues, towards a product or technology', () => {
    expect(relations('LG는 엑사원을 그룹 내에 적용했다.'.replace('LG', '라피더스'))).toContain('USES rapidus→exaone');
    expect(relations('Rapidus uses EUV lithography from its partners.')).toContain('USES rapidus→euv');
  });

  it('reads `A와 B가 설립한 C` as A and B acting on C, the name the cue describes', () => {
    // The founders of a company are its shareholders (data/'s saenggak-sinmun-2023-07-20 labels no partners among
    // them); founders of their joint venture partner with each other.
    expect(relations('일본 정부와 엔비디아, 소프트뱅크 등이 공동으로 설립한 라피더스가 맡는다.')).toEqual([
      'FOUNDED japan→rapidus',
      'FOUNDED nvidia→rapidus',
      'FOUNDED softbank→rapidus',
    ]);
    expect(relations('일본 정부와 엔비디아, 소프트뱅크 등이 공동으로 설립한 합작사 라피더스가 맡는다.')).toEqual([
      'FOUNDED japan→rapidus',
      'FOUNDED nvidia→rapidus',
      'FOUNDED softbank→rapidus',
      'PARTNERS_WITH japan→nvidia',
      'PARTNERS_WITH japan→softbank',
      'PARTNERS_WITH nvidia→softbank',
    ]);
    expect(relations('엔비디아가 투자한 오픈AI는 성장했다.')).toEqual(['INVESTS_IN nvidia→openai']);
    // Without the ending, the name after the cue is not described by it: 라피더스가 is the subject.
    expect(relations('IBM을 설립 라피더스가 맡는다.')).not.toContain('FOUNDED ibm→rapidus');
  });

  it('does not let a place take the place of a company as the target of a cue', () => {
    expect(relations('TSMC는 일본과 대만 공장에서 애플 칩을 생산한다.')).toContain('MANUFACTURES_FOR tsmc→apple');
  });

  it('reads LOCATED_IN from headquartered/본사 cues', () => {
    expect(relations('TSMC is headquartered in Taiwan.')).toContain('LOCATED_IN tsmc→taiwan');
  });
});
