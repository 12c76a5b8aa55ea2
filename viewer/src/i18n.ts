import type { Lang } from './types';

const TEXT = {
  search: { en: 'Search names and aliases…', ko: '이름·별칭 검색…' },
  entityTypes: { en: 'Entity types', ko: '개체 유형' },
  relationTypes: { en: 'Relations', ko: '관계' },
  statuses: { en: 'Status', ko: '상태' },
  timeline: { en: 'Timeline', ko: '기간' },
  display: { en: 'Display', ko: '표시' },
  sizeBy: { en: 'Size by', ko: '크기 기준' },
  degree: { en: 'degree', ko: '연결 수' },
  pagerank: { en: 'PageRank', ko: '페이지랭크' },
  colorByCommunity: { en: 'Colour by community', ko: '커뮤니티별 색상' },
  showArticles: { en: 'Show articles (provenance)', ko: '기사 보기 (출처)' },
  layoutStart: { en: 'Run layout', ko: '레이아웃 실행' },
  layoutStop: { en: 'Stop layout', ko: '레이아웃 정지' },
  savePng: { en: 'PNG', ko: 'PNG' },
  saveGexf: { en: 'GEXF', ko: 'GEXF' },
  saveJson: { en: 'JSON', ko: 'JSON' },
  export: { en: 'Export', ko: '내보내기' },
  close: { en: 'Close', ko: '닫기' },
  type: { en: 'Type', ko: '유형' },
  metrics: { en: 'Metrics', ko: '지표' },
  aliases: { en: 'Also known as', ko: '다른 이름' },
  evidence: { en: 'Evidence', ko: '근거' },
  noDate: { en: 'no date', ko: '날짜 없음' },
  community: { en: 'community', ko: '커뮤니티' },
  visible: { en: 'visible nodes', ko: '표시된 노드' },
  from: { en: 'from', ko: '시작' },
  to: { en: 'to', ko: '끝' },
  openArticle: { en: 'Open article', ko: '기사 열기' },
} satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof TEXT;

export const t = (key: TextKey, lang: Lang): string => TEXT[key][lang];
