/**
 * How confident each kind of evidence makes a relation, set from the precision each reached on the development set
 * (docs/suggest.md, "Confidence"), so that the bands ≥ 0.8, 0.6–0.8 and < 0.6 rank by precision: a cue and a pair
 * start at `cue`; particles or word order that give the direction add `marked`; a pair the ontology had to turn
 * round loses `reversed`. Relations that word order states without a verb have the confidence of their construction.
 */
export const CONFIDENCE = {
  cue: 0.45,
  marked: 0.25,
  reversed: -0.15,
  /** A title next to a person and an organisation: 젠슨 황 엔비디아 CEO, 부평구(구청장 차준택). */
  title: 0.9,
  /** A person's title marking the subject of a sentence whose topic is an organisation: 퓨리오사AI는 백준호 대표가. */
  topicTitle: 0.7,
  /** An English possessive before a person, with no title: Apple's Tim Cook. */
  possessive: 0.6,
  /** A role noun between two names: ChatGPT maker OpenAI, KT 계열사인 BC카드. */
  role: 0.8,
  /** An organisation right before its product: 구글 크롬. */
  product: 0.8,
  /** A place right before an organisation: 일본 소프트뱅크. */
  place: 0.7,
  /** A holder's stake: 이베이가 가진 이베이코리아 지분. */
  stake: 0.8,
  /** An actor's act at an event: 네이버는 … '단 23'에서 공개했다, At Computex, Foxconn announced. */
  event: 0.7,
  /** A market and a rank in it, or a maker's kind, before a company: D램 시장 1위를 다투는 삼성전자, D램 업체인 SK하이닉스. */
  market: 0.7,
} as const;
