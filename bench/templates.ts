/** How an article reports each relation type; {from} and {to} are entity names. */
export const SENTENCES: Record<string, string> = {
  PARTNERS_WITH: '{from}은 {to}와 {topic} 분야에서 협력하기로 했다',
  COMPETES_WITH: '{from}은 {topic} 시장에서 {to}와 경쟁하고 있다',
  INVESTS_IN: '{from}은 {to}에 {amount}을 투자한다고 밝혔다',
  FOUNDED: '{from}이 {to}를 설립했다',
  OWNS: '{from}은 {to}의 지분을 보유하고 있다',
  SUPPLIES: '{from}은 {to}에 {topic} 장비를 공급한다',
  MANUFACTURES_FOR: '{from}은 {to}의 칩을 위탁생산하기로 했다',
  DEVELOPS: '{from}은 {to} 개발을 진행하고 있다',
  USES: '{from}은 {to}를 사용한다',
  SUPPORTS: '{from}은 {to}를 지원한다고 발표했다',
  REGULATES: '{from}은 {to}에 대한 조사에 착수했다',
  LEADS: '{to}의 {from} {role}는 이렇게 말했다',
  LOCATED_IN: '{from}은 {to}에 본사를 두고 있다',
  PARTICIPATES_IN: '{from}은 {to}에 참여한다',
};

export const TOPICS = ['2나노 공정', 'HBM 메모리', 'AI 가속기', '전기차 배터리', '데이터센터', 'EUV 노광', '6G 통신'];
export const ROLES = ['CEO', '회장', '사장', '장관'];
export const AMOUNTS = [
  { value: 1.3e12, currency: 'KRW', text: '1조 3천억 원' },
  { value: 5e8, currency: 'USD', text: '5억 달러' },
  { value: 2e11, currency: 'JPY', text: '2천억 엔' },
];
export const PUBLISHERS = ['한국경제', '매일경제', '전자신문', '연합뉴스', 'Reuters', 'Nikkei Asia'];

/** Sentences between the quotes, so quote search scans real text. */
export const FILLER = [
  '업계에 따르면 {topic} 수요는 올해 크게 늘어날 전망이다.',
  '이번 발표는 시장의 예상을 웃도는 수준이다.',
  '관계자는 구체적인 일정은 아직 정해지지 않았다고 전했다.',
  '전문가들은 {topic} 경쟁이 더욱 치열해질 것으로 내다봤다.',
];

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}
