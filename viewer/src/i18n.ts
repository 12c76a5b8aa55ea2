import type { Lang } from './types';

const TEXT = {
  search: { en: 'Search names and aliases…', ko: '이름·별칭 검색…' },
  entityTypes: { en: 'Entity types', ko: '개체 유형' },
  relationTypes: { en: 'Relations', ko: '관계' },
  directed: { en: 'directed: drawn with an arrow', ko: '방향 있음: 화살표로 표시' },
  symmetric: { en: 'symmetric: drawn without an arrow', ko: '대칭: 화살표 없이 표시' },
  statuses: { en: 'Status', ko: '상태' },
  timeline: { en: 'Timeline', ko: '기간' },
  undatedShown: { en: 'Relations without a date always show.', ko: '날짜 없는 관계는 항상 표시됩니다.' },
  display: { en: 'Display', ko: '표시' },
  sizeBy: { en: 'Size by', ko: '크기 기준' },
  degree: { en: 'degree', ko: '연결 수' },
  pagerank: { en: 'PageRank', ko: '페이지랭크' },
  colorByCommunity: { en: 'Colour by community', ko: '커뮤니티별 색상' },
  showArticles: { en: 'Show articles (provenance)', ko: '기사 보기 (출처)' },
  layoutStart: { en: 'Run layout', ko: '레이아웃 실행' },
  layoutStop: { en: 'Stop layout', ko: '레이아웃 정지' },
  savePng: { en: 'Save the current view as a PNG image', ko: '현재 화면을 PNG 이미지로 저장' },
  saveGexf: { en: 'Save the filtered subgraph as GEXF (Gephi)', ko: '필터된 하위 그래프를 GEXF(Gephi)로 저장' },
  saveJson: {
    en: 'Save the filtered subgraph as graphology JSON',
    ko: '필터된 하위 그래프를 graphology JSON으로 저장',
  },
  export: { en: 'Export', ko: '내보내기' },
  close: { en: 'Close', ko: '닫기' },
  aliases: { en: 'Also known as', ko: '다른 이름' },
  evidence: { en: 'Evidence', ko: '근거' },
  role: { en: 'role', ko: '역할' },
  topic: { en: 'topic', ko: '주제' },
  amount: { en: 'amount', ko: '금액' },
  noDate: { en: 'no date', ko: '날짜 없음' },
  community: { en: 'community', ko: '커뮤니티' },
  visible: { en: 'visible nodes', ko: '표시된 노드' },
  from: { en: 'from', ko: '시작' },
  to: { en: 'to', ko: '끝' },
  openArticle: { en: 'Open article', ko: '기사 열기' },
  articlesFailed: { en: 'The articles could not be loaded', ko: '기사를 불러오지 못했습니다' },
  outgoing: { en: 'outgoing', ko: '나가는 관계' },
  incoming: { en: 'incoming', ko: '들어오는 관계' },
  mutual: { en: 'mutual', ko: '상호 관계' },
} satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof TEXT;

export const t = (key: TextKey, lang: Lang): string => TEXT[key][lang];
