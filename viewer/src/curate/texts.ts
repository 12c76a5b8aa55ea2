/** The Curate panel's words in English and Korean; the panel follows the explorer's language (`<html lang>`). */
const TEXT = {
  curate: { en: 'Curate', ko: '큐레이션' },
  articles: { en: 'Articles', ko: '기사' },
  newArticle: { en: 'New article', ko: '새 기사' },
  addArticle: { en: 'Add article', ko: '기사 추가' },
  review: { en: 'Review', ko: '검토' },
  cancel: { en: 'Cancel', ko: '취소' },
  title: { en: 'title', ko: '제목' },
  publisher: { en: 'publisher', ko: '매체' },
  published: { en: 'published', ko: '날짜' },
  url: { en: 'URL', ko: 'URL' },
  language: { en: 'language', ko: '언어' },
  body: { en: 'body', ko: '본문' },
  bodyPlaceholder: { en: 'paste the article body here', ko: '기사 본문을 붙여 넣으세요' },
  idPlaceholder: { en: 'proposed from publisher, title and date', ko: '매체·제목·날짜로 제안됩니다' },
  id: { en: 'id', ko: 'id' },
  newEntity: { en: 'New entity', ko: '새 개체' },
  createEntity: { en: 'Create entity', ko: '개체 만들기' },
  createAnyway: { en: 'Create anyway', ko: '그래도 만들기' },
  type: { en: 'type', ko: '유형' },
  englishName: { en: 'English name', ko: '영어 이름' },
  koreanName: { en: 'Korean name', ko: '한국어 이름' },
  aliases: { en: 'aliases (comma-separated)', ko: '별칭 (쉼표로 구분)' },
  from: { en: 'from', ko: '출발' },
  to: { en: 'to', ko: '도착' },
  swap: { en: '⇄ swap direction', ko: '⇄ 방향 바꾸기' },
  status: { en: 'status', ko: '상태' },
  date: { en: 'date', ko: '날짜' },
  role: { en: 'role', ko: '역할' },
  amount: { en: 'amount', ko: '금액' },
  currency: { en: 'currency', ko: '통화' },
  amountText: { en: 'amount as written', ko: '기사 표기' },
  useSelection: { en: 'Use selected text as quote', ko: '선택한 문장을 인용으로' },
  noQuote: {
    en: '(select a passage in the article, then “Use selected text as quote”)',
    ko: '(기사에서 구절을 선택한 뒤 “선택한 문장을 인용으로”를 누르세요)',
  },
  accept: { en: 'Accept', ko: '채택' },
  acceptEvidence: { en: 'Accept (add evidence)', ko: '채택 (근거 추가)' },
  reject: { en: 'Reject', ko: '거절' },
  knownRelation: {
    en: 'already in the data: accepting adds this quote to its evidence',
    ko: '이미 있는 관계: 채택하면 이 인용이 근거로 추가됩니다',
  },
  noTypes: {
    en: 'the ontology allows no relation type between these two entity types',
    ko: '온톨로지가 이 두 개체 유형 사이에 허용하는 관계 유형이 없습니다',
  },
  confidence: { en: 'confidence', ko: '신뢰도' },
  newRelationFromSelection: { en: 'New relation from selection', ko: '선택한 구절로 새 관계' },
  newEntityFromSelection: { en: 'New entity from selection', ko: '선택한 이름으로 새 개체' },
  aliasOf: { en: 'alias of…', ko: '별칭을 추가할 개체…' },
  addAlias: { en: 'Add selection as alias', ko: '선택한 이름을 별칭으로' },
  byHand: { en: 'Relation by hand', ko: '직접 추가하는 관계' },
  draft: { en: 'Draft', ko: '초안' },
  noProposals: { en: 'no proposals left for this article', ko: '이 기사에 남은 제안이 없습니다' },
  candidates: { en: 'New entity candidates', ko: '새 개체 후보' },
  create: { en: 'Create…', ko: '만들기…' },
  curated: { en: 'Curated from this article', ko: '이 기사에서 큐레이션된 관계' },
  remove: { en: 'Remove', ko: '삭제' },
  confirmRemove: { en: 'Remove this relation from the data?', ko: '이 관계를 데이터에서 삭제할까요?' },
  reload: { en: 'Reload data', ko: '데이터 다시 읽기' },
  readOnly: {
    en: 'this server is read-only: start it with `ikg serve --edit` to curate',
    ko: '읽기 전용 서버입니다: 큐레이션하려면 `ikg serve --edit`로 시작하세요',
  },
  wrongToken: {
    en: 'the edit token is wrong: open the URL `ikg serve --edit` printed',
    ko: '편집 토큰이 맞지 않습니다: `ikg serve --edit`가 출력한 URL을 여세요',
  },
} as const;

export type TextKey = keyof typeof TEXT;

/** The explorer's language, which it keeps on `<html lang>`. */
export function pageLang(): 'en' | 'ko' {
  return document.documentElement.lang === 'ko' ? 'ko' : 'en';
}

export function tr(key: TextKey): string {
  return TEXT[key][pageLang()];
}
