import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  appendToSequence,
  deleteKey,
  newYamlFile,
  removeFromSequence,
  setValue,
  YamlEditError,
} from '../../src/curate/yaml-edit';

const RELATIONS = `# yaml-language-server: $schema=../../graph-schema/relations.schema.json
# Relations of one article; keep this comment.
relations:
  - type: PARTNERS_WITH # inline comment
    from: rapidus
    to: ibm
    status: active
    evidence:
      - article: a1
        quote: "라피더스는 IBM과 협력한다"

  # the second relation
  - { type: SUPPLIES, from: nvidia, to: softbank, status: active, evidence: [{ article: a1, quote: "q: two" }] }
# trailing comment
`;

describe('text-preserving YAML edits', () => {
  it('appends a block item in the style of its neighbours, keeping every other byte', () => {
    const relation = {
      type: 'INVESTS_IN',
      from: 'softbank',
      to: 'openai',
      status: 'announced',
      evidence: [{ article: 'a1', quote: '소프트뱅크는 오픈AI에 투자한다: 100억 달러' }],
    };
    const edited = appendToSequence(RELATIONS, ['relations'], relation);
    expect(parse(edited).relations.at(-1)).toEqual(relation);
    const at = RELATIONS.indexOf('# trailing');
    const added = [
      '',
      '  - type: INVESTS_IN',
      '    from: softbank',
      '    to: openai',
      '    status: announced',
      '    evidence:',
      '      - article: a1',
      '        quote: "소프트뱅크는 오픈AI에 투자한다: 100억 달러"',
      '',
    ].join('\n');
    expect(edited).toBe(RELATIONS.slice(0, at) + added + RELATIONS.slice(at));
  });

  it('appends to a flow sequence inside a flow map', () => {
    const edited = appendToSequence(RELATIONS, ['relations', 1, 'evidence'], { article: 'a2', quote: 'x, y' });
    expect(edited).toBe(RELATIONS.replace('quote: "q: two" }]', 'quote: "q: two" }, { article: a2, quote: "x, y" }]'));
  });

  it('sets an existing scalar, and adds a missing key after the one named', () => {
    const changed = setValue(RELATIONS, ['relations', 0, 'status'], 'announced');
    expect(changed).toBe(RELATIONS.replace('status: active\n    evidence', 'status: announced\n    evidence'));
    const dated = setValue(RELATIONS, ['relations', 0, 'date'], '2024-11', 'status');
    expect(dated).toBe(RELATIONS.replace('status: active\n', 'status: active\n    date: 2024-11\n'));
    const year = setValue(RELATIONS, ['relations', 1, 'date'], '2024');
    expect(parse(year).relations[1].date).toBe('2024');
    expect(year).toContain('quote: "q: two" }], date: "2024" }');
  });

  it('writes the collections named in flow style, and sets a map value in flow style', () => {
    const entity = { id: 'x', type: 'Company', names: { en: 'X', ko: '엑스' }, aliases: ['X Corp'] };
    const file = newYamlFile('c', 'entities', entity, ['names', 'aliases']);
    expect(file).toBe(
      '# c\nentities:\n  - id: x\n    type: Company\n    names: { en: X, ko: 엑스 }\n    aliases: [ X Corp ]\n',
    );
    const amount = { value: 5, currency: 'USD', text: '50억 달러' };
    expect(setValue(RELATIONS, ['relations', 0, 'amount'], amount, 'status')).toContain(
      'status: active\n    amount: { value: 5, currency: USD, text: 50억 달러 }\n',
    );
  });

  it('deletes a key with its line', () => {
    const dated = setValue(RELATIONS, ['relations', 0, 'date'], '2024-11', 'status');
    expect(deleteKey(dated, ['relations', 0, 'date'])).toBe(RELATIONS);
  });

  it('removes a block item and its blank line, keeping the comment above the next one', () => {
    const edited = removeFromSequence(RELATIONS, ['relations'], 0);
    expect(parse(edited).relations).toHaveLength(1);
    expect(edited).toContain('# Relations of one article; keep this comment.\nrelations:\n  # the second relation\n');
    const last = removeFromSequence(RELATIONS, ['relations'], 1);
    expect(parse(last).relations.map((r: { type: string }) => r.type)).toEqual(['PARTNERS_WITH']);
    expect(last).toContain('# trailing comment\n');
  });

  it('writes a new file with its comment, which the next append extends', () => {
    const file = newYamlFile('yaml-language-server: $schema=x.json', 'relations', { type: 'A', from: 'b' });
    expect(file).toBe('# yaml-language-server: $schema=x.json\nrelations:\n  - type: A\n    from: b\n');
    expect(parse(appendToSequence(file, ['relations'], { type: 'C' })).relations).toEqual([
      { type: 'A', from: 'b' },
      { type: 'C' },
    ]);
  });

  it('refuses a path that leads nowhere, by name', () => {
    expect(() => appendToSequence(RELATIONS, ['entities'], {})).toThrow(
      expect.objectContaining({ name: 'YamlEditError' }),
    );
    expect(() => setValue('a: [', ['a'], 1)).toThrow(YamlEditError);
  });
});
