import { describe, expect, it } from 'vitest';
import { buildDictionary } from '../../src/suggest/mentions/dictionary';
import { suggest } from '../../src/suggest/suggest';
import { cues, ontology } from './helpers';

/** The relations suggested from a text, given its known entities as `name:Type` (the id is the name). */
function relations(text: string, entities: readonly string[]): string[] {
  const dictionary = buildDictionary(
    entities.map((entry) => {
      const [name = '', type = ''] = entry.split(':');
      return { id: name, type, names: { en: name, ko: name }, aliases: [] };
    }),
  );
  return suggest(text, dictionary, { cues, ontology }).relations.map((r) => `${r.type} ${r.from}→${r.to} ${r.status}`);
}

/** A construction: the sentence, its known entities, the relations it must give and those it must not. */
interface Construction {
  text: string;
  entities: string[];
  gives: string[];
  not?: string[];
}

const cases: Record<string, Construction> = {
  'a title in brackets after the organisation': {
    text: '부평구(구청장 차준택)는 20일 신년 업무보고회를 열었다.',
    entities: ['부평구:Government', '차준택:Person'],
    gives: ['LEADS 차준택→부평구 active'],
  },
  'a title after the organisation, a person before it': {
    text: '젠슨 황 엔비디아 CEO는 대만을 찾았다.',
    entities: ['젠슨 황:Person', '엔비디아:Company'],
    gives: ['LEADS 젠슨 황→엔비디아 active'],
  },
  'a title glued to the name of a city or county': {
    text: '전진선 양평군수는 2022년 7월 취임했다.',
    entities: ['전진선:Person', '양평군:Government'],
    gives: ['LEADS 전진선→양평군 active'],
  },
  'a past title (전)': {
    text: '홍준표 전 대구시장은 경선에 나섰다.',
    entities: ['홍준표:Person', '대구시:Government'],
    gives: ['LEADS 홍준표→대구시 ended'],
  },
  'English: a title before the name': {
    text: 'Nvidia CEO Jensen Huang visited Taipei.',
    entities: ['Nvidia:Company', 'Jensen Huang:Person'],
    gives: ['LEADS Jensen Huang→Nvidia active'],
  },
  "English: a title in apposition, with 's": {
    text: "Bobby Kotick, Activision's longtime chief executive, will stay on.",
    entities: ['Bobby Kotick:Person', 'Activision:Company'],
    gives: ['LEADS Bobby Kotick→Activision active'],
  },
  'a founder noun': {
    text: '나이키 창업자 필 나이트는 오리건대 출신이다.',
    entities: ['나이키:Company', '필 나이트:Person', '오리건대:ResearchOrg'],
    gives: ['FOUNDED 필 나이트→나이키 active'],
    not: ['FOUNDED 나이키→오리건대 active'],
  },
  'appointment: the person marked 을/를 takes the office the organisation names': {
    text: '윤석열 대통령은 안덕근 통상교섭본부장을 산업통상자원부 장관에 임명했다.',
    entities: ['윤석열:Person', '안덕근:Person', '산업통상자원부:Government'],
    gives: ['LEADS 안덕근→산업통상자원부 active'],
    not: ['LEADS 윤석열→산업통상자원부 active'],
  },
  'appointment by the organisation that is the subject': {
    text: '포스코홀딩스는 장인화 전 포스코 사장을 대표이사 회장으로 선임했다.',
    entities: ['포스코홀딩스:Company', '장인화:Person', '포스코:Company'],
    gives: ['LEADS 장인화→포스코홀딩스 active', 'LEADS 장인화→포스코 ended'],
  },
  'taking office (취임), the person marked through the title': {
    text: '김철수 사장은 지난달 현대건설 대표이사에 취임했다.',
    entities: ['김철수:Person', '현대건설:Company'],
    gives: ['LEADS 김철수→현대건설 active'],
  },
  'English: named as chief executive': {
    text: 'Arm named Rene Haas as its chief executive.',
    entities: ['Arm:Company', 'Rene Haas:Person'],
    gives: ['LEADS Rene Haas→Arm active'],
  },
  'an organisation right before its product': {
    text: '구글 크롬은 점유율 1위다.',
    entities: ['구글:Company', '크롬:Product'],
    gives: ['DEVELOPS 구글→크롬 active'],
  },
  'an organisation before a title in brackets 《》': {
    text: 'MBC 《무한도전》은 2006년 시작됐다.',
    entities: ['MBC:Company', '무한도전:Product'],
    gives: ['DEVELOPS MBC→무한도전 active'],
  },
  "English: an organisation's product": {
    text: "Google's Chrome leads the browser market.",
    entities: ['Google:Company', 'Chrome:Product'],
    gives: ['DEVELOPS Google→Chrome active'],
  },
  'a clause embedded in a longer sentence: its subject acts on the topic': {
    text: '에어부산은 2007년 아시아나항공이 출자하여 설립한 저비용 항공사로서 김해국제공항을 거점으로 삼고 있다.',
    entities: ['에어부산:Company', '아시아나항공:Company', '김해국제공항:Facility'],
    gives: ['FOUNDED 아시아나항공→에어부산 active', 'INVESTS_IN 아시아나항공→에어부산 active'],
    not: ['INVESTS_IN 에어부산→아시아나항공 active'],
  },
  'a subject inside an adnominal clause is not the main verb’s': {
    text: '하만은 삼성전자가 2017년 인수한 미국 기업으로, 본사는 스탬퍼드에 있다.',
    entities: ['삼성전자:Company', '스탬퍼드:Place'],
    gives: [],
    not: ['LOCATED_IN 삼성전자→스탬퍼드 active'],
  },
  'which cue wins: the nearest verb after the object (개발해 … 적용했다)': {
    text: 'LG AI연구원은 엑사원을 개발해 LG유플러스의 서비스에 적용했다.',
    entities: ['LG AI연구원:ResearchOrg', '엑사원:Product', 'LG유플러스:Company'],
    gives: ['DEVELOPS LG AI연구원→엑사원 active'],
    not: ['USES LG AI연구원→엑사원 active'],
  },
  'receiving (공급받기로): the giver marked 로부터 supplies the subject': {
    text: '기아는 SK온으로부터 배터리를 공급받기로 했다.',
    entities: ['기아:Company', 'SK온:Company'],
    gives: ['SUPPLIES SK온→기아 announced'],
  },
  'receiving an investment (의 투자를 유치했다)': {
    text: '리벨리온은 KT의 투자를 유치했다.',
    entities: ['리벨리온:Company', 'KT:Company'],
    gives: ['INVESTS_IN KT→리벨리온 active'],
  },
  'receiving an investment led by another (주도로 … 유치)': {
    text: '업스테이지는 소프트뱅크 주도로 1000억 원 규모의 투자를 유치했다.',
    entities: ['업스테이지:Company', '소프트뱅크:Company'],
    gives: ['INVESTS_IN 소프트뱅크→업스테이지 active'],
  },
  'coordinated subjects that founded the topic (…이 출자해 세운 회사다)': {
    text: '블루오벌SK는 포드와 SK온이 출자해 세운 회사다.',
    entities: ['블루오벌SK:Company', '포드:Company', 'SK온:Company'],
    gives: ['FOUNDED 포드→블루오벌SK active', 'FOUNDED SK온→블루오벌SK active'],
  },
  'a passive (인수됐다)': {
    text: '하만은 2017년 삼성전자에 인수됐다.',
    entities: ['하만:Company', '삼성전자:Company'],
    gives: ['OWNS 삼성전자→하만 active'],
  },
  'English: a passive with by': {
    text: 'iRobot was acquired by Amazon in 2022.',
    entities: ['iRobot:Company', 'Amazon:Company'],
    gives: ['OWNS Amazon→iRobot active'],
  },
  'English: a passive with by, and for': {
    text: 'The chips are manufactured by TSMC for Apple.',
    entities: ['TSMC:Company', 'Apple:Company'],
    gives: ['MANUFACTURES_FOR TSMC→Apple active'],
  },
  'a description: the parent company (모회사인)': {
    text: '마이크로소프트는 페이스북 모회사인 메타플랫폼스와 손잡았다.',
    entities: ['마이크로소프트:Company', '페이스북:Company', '메타플랫폼스:Company'],
    gives: ['OWNS 메타플랫폼스→페이스북 active', 'PARTNERS_WITH 마이크로소프트→메타플랫폼스 active'],
    not: ['OWNS 마이크로소프트→페이스북 active'],
  },
  'English: a description, "ChatGPT maker OpenAI"': {
    text: 'ChatGPT maker OpenAI signed a deal with Oracle.',
    entities: ['ChatGPT:Product', 'OpenAI:Company', 'Oracle:Company'],
    gives: ['DEVELOPS OpenAI→ChatGPT active'],
  },
  'English: a description, "its biggest backer"': {
    text: "Microsoft, OpenAI's biggest backer, said the deal had changed.",
    entities: ['Microsoft:Company', 'OpenAI:Company'],
    gives: ['INVESTS_IN Microsoft→OpenAI active'],
  },
  'a sibling name is not the parent (삼성SDS is not 삼성전자)': {
    text: '삼성SDS는 오픈AI와 재판매 계약을 맺었다.',
    entities: ['삼성전자:Company', '오픈AI:Company'],
    gives: [],
    not: ['PARTNERS_WITH 삼성전자→오픈AI active', 'SUPPLIES 삼성전자→오픈AI active'],
  },
  'a subject carried from the previous sentence (두 회사는)': {
    text: '삼성전자와 SK하이닉스가 스타게이트에 참여한다. 두 회사는 오픈AI와 협력하기로 했다.',
    entities: ['삼성전자:Company', 'SK하이닉스:Company', '오픈AI:Company'],
    gives: ['PARTNERS_WITH 삼성전자→오픈AI announced', 'PARTNERS_WITH SK하이닉스→오픈AI announced'],
  },
  'both companies (양사는), one of them the object of the previous sentence': {
    text: 'SK텔레콤이 앤트로픽에 1억 달러를 투자했다. 양사는 통신 특화 모델 개발에 협력하기로 했다.',
    entities: ['SK텔레콤:Company', '앤트로픽:Company'],
    gives: ['INVESTS_IN SK텔레콤→앤트로픽 active', 'PARTNERS_WITH 앤트로픽→SK텔레콤 announced'],
  },
  'this company (이 회사는)': {
    text: '에코프로는 청주에 본사를 둔 기업이다. 이 회사는 삼성SDI에 양극재를 공급한다.',
    entities: ['에코프로:Company', '청주:Place', '삼성SDI:Company'],
    gives: ['LOCATED_IN 에코프로→청주 active', 'SUPPLIES 에코프로→삼성SDI announced'],
  },
  'a dropped subject': {
    text: '샘 올트먼은 헬리온에 투자했다. 이번엔 엑소와트에 투자했는데요.',
    entities: ['샘 올트먼:Person', '헬리온:Company', '엑소와트:Company'],
    gives: ['INVESTS_IN 샘 올트먼→헬리온 active', 'INVESTS_IN 샘 올트먼→엑소와트 active'],
  },
  'coordinated subjects (A와 B, C는)': {
    text: '소프트뱅크와 오픈AI, 오라클은 스타게이트에 투자하기로 했다.',
    entities: ['소프트뱅크:Company', '오픈AI:Company', '오라클:Company', '스타게이트:Facility'],
    gives: [
      'INVESTS_IN 소프트뱅크→스타게이트 announced',
      'INVESTS_IN 오픈AI→스타게이트 announced',
      'INVESTS_IN 오라클→스타게이트 announced',
    ],
  },
  'organisations that found something together (B, C와 함께) found it and partner': {
    text: 'SK텔레콤은 도이치텔레콤, 싱텔과 함께 텔코 AI 얼라이언스를 출범시켰다.',
    entities: ['SK텔레콤:Company', '도이치텔레콤:Company', '싱텔:Company', '텔코 AI 얼라이언스:Company'],
    gives: [
      'FOUNDED SK텔레콤→텔코 AI 얼라이언스 active',
      'FOUNDED 도이치텔레콤→텔코 AI 얼라이언스 active',
      'FOUNDED 싱텔→텔코 AI 얼라이언스 active',
      'PARTNERS_WITH SK텔레콤→싱텔 active',
    ],
  },
  'a denial proposes nothing': {
    text: '삼성전자는 인텔과의 협력설을 부인했다.',
    entities: ['삼성전자:Company', '인텔:Company'],
    gives: [],
    not: ['PARTNERS_WITH 삼성전자→인텔 active'],
  },
  'a stake sold in full is ended': {
    text: '소프트뱅크는 엔비디아 지분을 전량 매각했다.',
    entities: ['소프트뱅크:Company', '엔비디아:Company'],
    gives: ['INVESTS_IN 소프트뱅크→엔비디아 ended'],
  },
  'English: pulled out of the talks is ended': {
    text: 'Apple pulled out of the talks with Broadcom.',
    entities: ['Apple:Company', 'Broadcom:Company'],
    gives: ['PARTNERS_WITH Apple→Broadcom ended'],
  },
  'English: no longer in talks is ended': {
    text: 'Apple is no longer in talks with Broadcom.',
    entities: ['Apple:Company', 'Broadcom:Company'],
    gives: ['PARTNERS_WITH Apple→Broadcom ended'],
  },
  'English: in talks with is considered': {
    text: 'Apple is in talks with Broadcom about a chip deal.',
    entities: ['Apple:Company', 'Broadcom:Company'],
    gives: ['PARTNERS_WITH Apple→Broadcom considered'],
  },
  'a hedged future (할 것으로 알려졌다) is announced': {
    text: '삼성전자는 테슬라에 칩을 공급할 것으로 알려졌다.',
    entities: ['삼성전자:Company', '테슬라:Company'],
    gives: ['SUPPLIES 삼성전자→테슬라 announced'],
  },
  'under review (검토 중) is considered': {
    text: '현대차는 웨이모와의 협력을 검토 중이다.',
    entities: ['현대차:Company', '웨이모:Company'],
    gives: ['PARTNERS_WITH 현대차→웨이모 considered'],
  },
  'English: will invest is announced': {
    text: 'Microsoft will invest $10 billion in OpenAI.',
    entities: ['Microsoft:Company', 'OpenAI:Company'],
    gives: ['INVESTS_IN Microsoft→OpenAI announced'],
  },
  'English: has pledged is announced': {
    text: 'Amazon has pledged to invest $4 billion in Anthropic.',
    entities: ['Amazon:Company', 'Anthropic:Company'],
    gives: ['INVESTS_IN Amazon→Anthropic announced'],
  },
  'English: agreed to supply is announced': {
    text: 'SK hynix agreed to supply HBM chips to Nvidia.',
    entities: ['SK hynix:Company', 'Nvidia:Company'],
    gives: ['SUPPLIES SK hynix→Nvidia announced'],
  },
  'English: took a stake in': {
    text: 'Microsoft took a stake in Mistral AI.',
    entities: ['Microsoft:Company', 'Mistral AI:Company'],
    gives: ['INVESTS_IN Microsoft→Mistral AI active'],
  },
  'a headquarters held by the object, not by the topic (에 본사를 둔 X를)': {
    text: '한화에어로스페이스는 경남 창원에 본사를 둔 쎄트렉아이를 인수했다.',
    entities: ['한화에어로스페이스:Company', '창원:Place', '쎄트렉아이:Company'],
    gives: ['LOCATED_IN 쎄트렉아이→창원 active', 'OWNS 한화에어로스페이스→쎄트렉아이 active'],
    not: ['LOCATED_IN 한화에어로스페이스→창원 active'],
  },
  'a headquarters described for the copula noun stays the topic’s (에 본점을 둔 은행으로)': {
    text: '경남은행은 창원에 본점을 둔 지방은행으로, BNK금융지주의 자회사다.',
    entities: ['경남은행:Company', '창원:Place', 'BNK금융지주:Company'],
    gives: ['LOCATED_IN 경남은행→창원 active'],
  },
  'a main campus or home ground (본원, 본거지)': {
    text: '한국표준과학연구원은 대전 유성구에 본원을 둔 연구기관이다. 울산 HD는 울산을 본거지로 하는 프로축구단이다.',
    entities: ['한국표준과학연구원:ResearchOrg', '유성구:Place', '울산 HD:Company', '울산:Place'],
    gives: ['LOCATED_IN 한국표준과학연구원→유성구 active', 'LOCATED_IN 울산 HD→울산 active'],
  },
  'an abbreviation in brackets between the organisation and the title': {
    text: '행사에는 최수연 네이버(NAVER) 대표가 참석했다.',
    entities: ['최수연:Person', '네이버:Company'],
    gives: ['LEADS 최수연→네이버 active'],
  },
  'an opening "It" stands for the last sentence’s organisation': {
    text: 'Infineon makes power chips in Dresden. It also supplies silicon carbide modules to Hyundai and Kia.',
    entities: ['Infineon:Company', 'Dresden:Place', 'Hyundai:Company', 'Kia:Company'],
    gives: ['SUPPLIES Infineon→Hyundai active', 'SUPPLIES Infineon→Kia active'],
  },
  'an opening "Its" with a title in apposition': {
    text: 'Arm agreed to license its designs to Qualcomm. Its chief executive, Rene Haas, said talks went well.',
    entities: ['Arm:Company', 'Qualcomm:Company', 'Rene Haas:Person'],
    gives: ['LEADS Rene Haas→Arm active'],
    not: ['LEADS Rene Haas→Qualcomm active'],
  },
  'an expletive "It" stands for nothing': {
    text: 'Arm agreed to license its designs to Qualcomm. It is not clear whether Apple will supply Samsung.',
    entities: ['Arm:Company', 'Qualcomm:Company', 'Apple:Company', 'Samsung:Company'],
    gives: [],
    not: ['SUPPLIES Arm→Samsung announced', 'SUPPLIES Arm→Samsung active'],
  },
  'an aside between the person and the office they take': {
    text: 'Kim Beom-su, a co-owner of Kakao Games, will become Kakao’s chairman.',
    entities: ['Kim Beom-su:Person', 'Kakao Games:Company', 'Kakao:Company'],
    gives: ['LEADS Kim Beom-su→Kakao announced', 'INVESTS_IN Kim Beom-su→Kakao Games active'],
  },
  'a bare name followed by 역시 is a subject of its own': {
    text: '퀄컴 역시 PC용 칩을 외부에 팔며 인텔과 경쟁하고 있다.',
    entities: ['퀄컴:Company', '인텔:Company'],
    gives: ['COMPETES_WITH 퀄컴→인텔 active'],
  },
  'a subject acting "too" after the topic’s clause has ended parallels the topic': {
    text: '구글은 인도에 데이터센터를 짓는다고 밝혔고, 메타 역시 3년간 100억 달러를 투자하기로 했다.',
    entities: ['구글:Company', '인도:Place', '메타:Company'],
    gives: [],
    not: ['INVESTS_IN 메타→구글 announced'],
  },
  'the subject that leads a raising invests in the raiser (Y의 투자 유치를 주도)': {
    text: '미래에셋은 AI 반도체 기업 리벨리온의 600억 원 규모 투자 유치를 주도했다.',
    entities: ['미래에셋:Company', '리벨리온:Company'],
    gives: ['INVESTS_IN 미래에셋→리벨리온 active'],
    not: ['INVESTS_IN 리벨리온→미래에셋 active'],
  },
  'a cue that opens a role noun next to a name is no act (챗GPT 개발사 오픈AI)': {
    text: '카카오가 클로드 개발사 앤트로픽과 손잡았다.',
    entities: ['카카오:Company', '클로드:Product', '앤트로픽:Company'],
    gives: ['DEVELOPS 앤트로픽→클로드 active', 'PARTNERS_WITH 카카오→앤트로픽 active'],
    not: ['DEVELOPS 카카오→클로드 active'],
  },
  'the origin place of the subject takes no part in its act': {
    text: '대만 폭스콘이 엔비디아에 5억 달러를 투자한다.',
    entities: ['대만:Place', '폭스콘:Company', '엔비디아:Company'],
    gives: ['INVESTS_IN 폭스콘→엔비디아 announced', 'LOCATED_IN 폭스콘→대만 active'],
    not: ['INVESTS_IN 엔비디아→대만 announced'],
  },
  'a person named in full is named again by the family name alone': {
    text: 'Lisa Su spoke in Taipei on Monday. Su has led AMD since 2014, and the company bought Xilinx.',
    entities: ['Lisa Su:Person', 'Taipei:Place', 'AMD:Company', 'Xilinx:Company'],
    gives: ['LEADS Lisa Su→AMD active'],
  },
  'a family name that is part of another name or a name for something else is not the person': {
    text: 'Donald Trump met Tim Cook. The Trump administration later sued Apple, and Greg Cook joined Intel.',
    entities: ['Donald Trump:Person', 'Tim Cook:Person', 'Apple:Company', 'Intel:Company'],
    gives: [],
    not: ['REGULATES Donald Trump→Apple active', 'LEADS Tim Cook→Intel active'],
  },
  'a stake received is a stake held (지분을 받는다)': {
    text: '인텔은 기술을 제공하고, 그 대가로 타워세미컨덕터 지분을 받는다.',
    entities: ['인텔:Company', '타워세미컨덕터:Company'],
    gives: ['INVESTS_IN 인텔→타워세미컨덕터 active'],
    not: ['INVESTS_IN 타워세미컨덕터→인텔 active'],
  },
  'English: "has them made by" names the maker for the subject': {
    text: 'Nvidia designs the chips and has them made by Samsung.',
    entities: ['Nvidia:Company', 'Samsung:Company'],
    gives: ['MANUFACTURES_FOR Samsung→Nvidia active'],
  },
  'English: "working with" and "competition from" take the party after them, and only a known one or a pronoun': {
    text: 'Arm is working with Qualcomm. Intel faces growing competition from AMD. Micron kept working with rival makers.',
    entities: ['Arm:Company', 'Qualcomm:Company', 'Intel:Company', 'AMD:Company', 'Micron:Company'],
    gives: ['PARTNERS_WITH Arm→Qualcomm active', 'COMPETES_WITH AMD→Intel active'],
    not: ['PARTNERS_WITH Micron→AMD active', 'PARTNERS_WITH AMD→Micron active'],
  },
  'English: a pronoun subject of a later clause takes no name of the clause before it': {
    text: 'Google brings Gemini to Android phones as it unveils Pixel devices.',
    entities: ['Google:Company', 'Gemini:Product'],
    gives: [],
    not: ['DEVELOPS Google→Gemini active'],
  },
  'a seat or campus set in a place (자리한, 캠퍼스를 둔, 청사를 둔), not a campus there too (에도)': {
    text: '포스텍은 경북 포항시 남구에 자리한 사립 이공계 대학이다. 연세대학교는 서울 신촌에 캠퍼스를 두고, 원주에도 캠퍼스를 두고 있다.',
    entities: [
      '포스텍:ResearchOrg',
      '포항시:Place',
      '남구:Place',
      '연세대학교:ResearchOrg',
      '신촌:Place',
      '원주:Place',
    ],
    gives: ['LOCATED_IN 포스텍→남구 active', 'LOCATED_IN 연세대학교→신촌 active'],
    not: ['LOCATED_IN 연세대학교→원주 active'],
  },
  'a name set aside by "not … but" takes no part (김해시가 아니라)': {
    text: '인천국제공항은 서울이 아니라 인천 중구에 자리한 국제공항이다.',
    entities: ['인천국제공항:Facility', '서울:Place', '중구:Place'],
    gives: ['LOCATED_IN 인천국제공항→중구 active'],
    not: ['LOCATED_IN 인천국제공항→서울 active'],
  },
  'founding a newspaper (창간), an origin past a title (편집국장 출신인)': {
    text: '경향신문은 1946년 조선일보 기자 출신인 김철수 등이 창간한 일간지다.',
    entities: ['경향신문:Company', '조선일보:Company', '김철수:Person'],
    gives: ['FOUNDED 김철수→경향신문 active'],
    not: ['FOUNDED 김철수→조선일보 active'],
  },
  'publishing (펴내다), a topic that made its name with a product (으로 이름을 알렸다)': {
    text: '문학동네는 1993년 세워진 출판사로, 소설집 시리즈를 펴낸다. 해커스는 영어 강의 브랜드 해커스토익으로 이름을 알렸다.',
    entities: ['문학동네:Company', '소설집 시리즈:Product', '해커스:Company', '해커스토익:Product'],
    gives: ['DEVELOPS 문학동네→소설집 시리즈 active', 'DEVELOPS 해커스→해커스토익 active'],
  },
  'supervising regulates (감독한다), English "oversee"': {
    text: '금융위원회는 카카오뱅크를 직접 감독한다. The FAA will oversee Boeing more closely.',
    entities: ['금융위원회:Government', '카카오뱅크:Company', 'FAA:Government', 'Boeing:Company'],
    gives: ['REGULATES 금융위원회→카카오뱅크 active', 'REGULATES FAA→Boeing announced'],
  },
  'English: "became president of the" party': {
    text: 'Fumio Kishida became president of the Liberal Democratic Party in 2021.',
    entities: ['Fumio Kishida:Person', 'Liberal Democratic Party:Government'],
    gives: ['LEADS Fumio Kishida→Liberal Democratic Party active'],
  },
  'English: a place written as its adjective before a kind of organisation is its home (Dutch chip-equipment maker ASML)':
    {
      text: 'Dutch chip-equipment maker ASML and Japanese chipmaker Kioxia said Korean exports rose.',
      entities: ['Netherlands:Place', 'ASML:Company', 'Japan:Place', 'Kioxia:Company', 'South Korea:Place'],
      gives: ['LOCATED_IN ASML→Netherlands active', 'LOCATED_IN Kioxia→Japan active'],
    },
  'products listed after an organisation’s possessive are all its own': {
    text: 'Meta trains Llama on AMD’s MI300X and MI325X accelerators.',
    entities: ['Meta:Company', 'Llama:Product', 'AMD:Company', 'MI300X:Product', 'MI325X:Product'],
    gives: ['DEVELOPS AMD→MI300X active', 'DEVELOPS AMD→MI325X active'],
  },
  'English: "A is B’s largest customer"': {
    text: 'Apple is TSMC’s largest customer.',
    entities: ['Apple:Company', 'TSMC:Company'],
    gives: ['SUPPLIES TSMC→Apple active'],
  },
  'English: a letter of intent with a partner "to supply" it': {
    text: 'Samsung and SK hynix signed letters of intent with OpenAI to supply memory chips.',
    entities: ['Samsung:Company', 'SK hynix:Company', 'OpenAI:Company'],
    gives: [
      'PARTNERS_WITH Samsung→OpenAI announced',
      'SUPPLIES Samsung→OpenAI announced',
      'SUPPLIES SK hynix→OpenAI announced',
    ],
    not: ['SUPPLIES OpenAI→SK hynix announced'],
  },
  'a foundry supply contract is making for the counterparty (파운드리 공급 계약)': {
    text: '삼성전자는 테슬라와 22조 원 규모의 파운드리 공급 계약을 체결했다.',
    entities: ['삼성전자:Company', '테슬라:Company'],
    gives: ['MANUFACTURES_FOR 삼성전자→테슬라 announced'],
    not: ['SUPPLIES 삼성전자→테슬라 announced'],
  },
  'a Korean name glued after Latin letters is part of another name (SB오픈AI재팬)': {
    text: '소프트뱅크그룹은 오픈AI와 합작법인 SB오픈AI재팬을 설립했다.',
    entities: ['소프트뱅크그룹:Company', '오픈AI:Company'],
    gives: [],
    not: ['FOUNDED 소프트뱅크그룹→오픈AI active'],
  },
  'English: "the company" after a preposition stands for the sentence’s first organisation': {
    text: 'AMD CEO Lisa Su said Samsung will supply HBM4 to the company.',
    entities: ['AMD:Company', 'Lisa Su:Person', 'Samsung:Company'],
    gives: ['SUPPLIES Samsung→AMD announced'],
  },
  'English: "makes" an organisation’s products is making for it': {
    text: 'Foxconn makes Apple’s iPhones in India.',
    entities: ['Foxconn:Company', 'Apple:Company', 'India:Place'],
    gives: ['MANUFACTURES_FOR Foxconn→Apple active'],
  },
  'the possessor of the object of an adnominal cue is its patient (엔비디아의 칩을 위탁생산하는 TSMC)': {
    text: '애플의 아이폰을 위탁생산하는 폭스콘은 인도에 공장을 늘리고 있다.',
    entities: ['애플:Company', '폭스콘:Company', '인도:Place'],
    gives: ['MANUFACTURES_FOR 폭스콘→애플 active'],
    not: ['MANUFACTURES_FOR 애플→폭스콘 active'],
  },
  'what is bought to found a new team is not founded (인수해 창단한), nor does 창단 첫 found anything': {
    text: '키움 히어로즈는 넥센이 현대 유니콘스를 인수해 창단한 구단이다. 키움은 LG 트윈스를 꺾고 창단 첫 우승을 차지했다.',
    entities: ['키움 히어로즈:Company', '넥센:Company', '현대 유니콘스:Company', '키움:Company', 'LG 트윈스:Company'],
    gives: ['OWNS 넥센→현대 유니콘스 active'],
    not: ['FOUNDED 넥센→현대 유니콘스 active', 'FOUNDED 키움→LG 트윈스 active'],
  },
  'a cue inside a quoted Korean title states nothing': {
    text: "현대차가 새로 내놓은 '미국 생산 프로그램'에는 LG에너지솔루션이 참여한다.",
    entities: ['현대차:Company', 'LG에너지솔루션:Company'],
    gives: [],
    not: ['MANUFACTURES_FOR 현대차→LG에너지솔루션 active', 'DEVELOPS 현대차→LG에너지솔루션 active'],
  },
  'English: a name after "founded … as" is the founded one’s own; "also runs" opens a clause': {
    text: 'Unilever was founded in 1929 as Lever Brothers. Unilever, headquartered in London, also runs large plants in Brazil.',
    entities: ['Unilever:Company', 'Lever Brothers:Company', 'London:Place', 'Brazil:Place'],
    gives: ['LOCATED_IN Unilever→London active'],
    not: ['FOUNDED Unilever→Lever Brothers active', 'LOCATED_IN Unilever→Brazil active'],
  },
  'English: an adjective of place before kinds of organisation "such as" one; export licences regulate; "buy its machines" names no buyer of the maker':
    {
      text: 'Washington will require Nvidia to obtain licences to export its chips. Indian carmakers such as Tata rushed to buy its older machines.',
      entities: ['Washington:Government', 'Nvidia:Company', 'India:Place', 'Tata:Company'],
      gives: ['REGULATES Washington→Nvidia announced', 'LOCATED_IN Tata→India active'],
      not: ['OWNS Nvidia→Tata announced', 'OWNS Tata→Nvidia announced'],
    },
  'English: "the world’s only maker of" a product': {
    text: 'ASML is the world’s only maker of EUV machines.',
    entities: ['ASML:Company', 'EUV machines:Product'],
    gives: ['DEVELOPS ASML→EUV machines active'],
  },
  'a headquarters (에 본사를 둔)': {
    text: '쿠팡은 서울에 본사를 둔 전자상거래 기업이다.',
    entities: ['쿠팡:Company', '서울:Place'],
    gives: ['LOCATED_IN 쿠팡→서울 active'],
  },
  'a plant is not a headquarters': {
    text: '대통령은 평택시의 삼성전자 반도체 공장을 방문했다.',
    entities: ['평택시:Place', '삼성전자:Company'],
    gives: [],
    not: ['LOCATED_IN 삼성전자→평택시 active'],
  },
  'the topic founded by a subject (카카오는 김범수가 설립한 회사다)': {
    text: '카카오는 김범수가 2010년 설립한 회사다.',
    entities: ['카카오:Company', '김범수:Person'],
    gives: ['FOUNDED 김범수→카카오 active'],
  },
  'a name glued into a longer word (박정희정부) does not act': {
    text: '박정희정부 주도로 설립된 포항종합제철은 포스코의 전신이다.',
    entities: ['박정희:Person', '포항종합제철:Company'],
    gives: [],
    not: ['FOUNDED 박정희→포항종합제철 active'],
  },
  "an organisation's title as the topic, its holder after it (the copula)": {
    text: '올해 산업부 장관은 안덕근, 과기부 장관은 유상임이었다.',
    entities: ['산업부:Government', '안덕근:Person', '과기부:Government', '유상임:Person'],
    gives: ['LEADS 안덕근→산업부 active', 'LEADS 유상임→과기부 active'],
    not: ['LEADS 안덕근→과기부 active'],
  },
  "an organisation's founder as the topic (의), the founder after it": {
    text: '현대건설의 창업주는 정주영이다.',
    entities: ['현대건설:Company', '정주영:Person'],
    gives: ['FOUNDED 정주영→현대건설 active'],
  },
  'an English copula: the person is the title of the organisation': {
    text: 'Satya Nadella is the chief executive of Microsoft.',
    entities: ['Satya Nadella:Person', 'Microsoft:Company'],
    gives: ['LEADS Satya Nadella→Microsoft active'],
  },
  'a person with an organisation title acts for the organisation': {
    text: '손정의 소프트뱅크 회장은 오픈AI에 400억 달러를 투자한다고 밝혔다.',
    entities: ['손정의:Person', '소프트뱅크:Company', '오픈AI:Company'],
    gives: ['LEADS 손정의→소프트뱅크 active', 'INVESTS_IN 소프트뱅크→오픈AI announced'],
    not: ['INVESTS_IN 손정의→오픈AI announced'],
  },
  'a verb of receiving with an object of its own does not turn the cue round': {
    text: '삼성전자는 엔비디아에 HBM을 공급하기 위해 품질 테스트를 받고 있다.',
    entities: ['삼성전자:Company', '엔비디아:Company'],
    gives: ['SUPPLIES 삼성전자→엔비디아 active'],
    not: ['SUPPLIES 엔비디아→삼성전자 active'],
  },
  'a name whose role noun (의 … 인) describes the next name is not an argument': {
    text: '아마존은 오픈AI의 경쟁사인 앤트로픽에 80억 달러를 투자했다.',
    entities: ['아마존:Company', '오픈AI:Company'],
    gives: [],
    not: ['INVESTS_IN 아마존→오픈AI active', 'COMPETES_WITH 아마존→오픈AI active'],
  },
  'an English passive whose givers are listed after a group noun (by … including)': {
    text: 'Rapidus was founded in 2022 by eight Japanese companies including Toyota and Sony.',
    entities: ['Rapidus:Company', 'Toyota:Company', 'Sony:Company'],
    gives: ['FOUNDED Toyota→Rapidus active', 'FOUNDED Sony→Rapidus active'],
    not: ['FOUNDED Rapidus→Sony active'],
  },
  'a cue that fits only turned round gives way to one that fits as written': {
    text: 'The Japanese government will provide up to 920 billion yen in subsidies to Rapidus.',
    entities: ['Japanese government:Government', 'Rapidus:Company'],
    gives: ['SUPPORTS Japanese government→Rapidus announced'],
    not: ['SUPPLIES Rapidus→Japanese government announced'],
  },
  "a name that owns a role noun ('s rival) is not the verb's argument": {
    text: "Alibaba took a stake in TikTok's rival last year.",
    entities: ['Alibaba:Company', 'TikTok:Company'],
    gives: [],
    not: ['INVESTS_IN Alibaba→TikTok active'],
  },
  'a government restricting a company (제한)': {
    text: '미국 정부는 엔비디아의 대중국 AI 칩 수출을 제한했다.',
    entities: ['미국 정부:Government', '엔비디아:Company'],
    gives: ['REGULATES 미국 정부→엔비디아 active'],
  },
  'a list closed by 등 and a counted noun carries the subject particle': {
    text: '라피더스는 도요타자동차와 소니 등 8개사가 출자해 세운 회사다.',
    entities: ['라피더스:Company', '도요타자동차:Company', '소니:Company'],
    gives: ['FOUNDED 도요타자동차→라피더스 active', 'FOUNDED 소니→라피더스 active'],
    not: ['FOUNDED 라피더스→소니 active', 'INVESTS_IN 라피더스→소니 active'],
  },
  'a minority stake is an investment whatever the verb': {
    text: 'Microsoft, which owns a 49% stake in OpenAI, declined to comment.',
    entities: ['Microsoft:Company', 'OpenAI:Company'],
    gives: ['INVESTS_IN Microsoft→OpenAI active'],
    not: ['OWNS Microsoft→OpenAI active'],
  },
  'a majority stake is ownership': {
    text: '라인야후 지분 64.4%는 A홀딩스가 보유하고 있다.',
    entities: ['라인야후:Company', 'A홀딩스:Company'],
    gives: ['OWNS A홀딩스→라인야후 active'],
  },
  "buying a company's products is not buying the company": {
    text: 'SoftBank said it would buy more Nvidia chips.',
    entities: ['SoftBank:Company', 'Nvidia:Company'],
    gives: [],
    not: ['OWNS SoftBank→Nvidia announced', 'OWNS SoftBank→Nvidia active'],
  },
  "a name completing a role noun (a rival of) is not the verb's argument": {
    text: 'Amazon has invested $8 billion in Anthropic, a rival of OpenAI.',
    entities: ['Amazon:Company', 'OpenAI:Company'],
    gives: [],
    not: ['INVESTS_IN Amazon→OpenAI active'],
  },
  '"the company" after an organisation named in its own sentence stands for that one': {
    text: "Nvidia CEO Jensen Huang visited Tokyo. SoftBank's Masayoshi Son said the company would invest in OpenAI.",
    entities: ['Nvidia:Company', 'Jensen Huang:Person', 'SoftBank:Company', 'Masayoshi Son:Person', 'OpenAI:Company'],
    gives: ['INVESTS_IN SoftBank→OpenAI announced'],
    not: ['INVESTS_IN Nvidia→OpenAI announced'],
  },
  'an ending that is only considered leaves the relation considered': {
    text: '마이크로소프트는 오픈AI 지분을 일부 매각하는 방안을 논의하고 있다.',
    entities: ['마이크로소프트:Company', '오픈AI:Company'],
    gives: ['INVESTS_IN 마이크로소프트→오픈AI considered'],
    not: ['INVESTS_IN 마이크로소프트→오픈AI ended'],
  },
  'a place stated with 위치해 있다': {
    text: 'KBS는 서울 여의도에 위치해 있다.',
    entities: ['KBS:Company', '여의도:Place'],
    gives: ['LOCATED_IN KBS→여의도 active'],
  },
  "an organisation's product named by its kind and 인 (대표 서비스인)": {
    text: '카카오의 대표 서비스인 카카오톡은 국민 메신저로 불린다.',
    entities: ['카카오:Company', '카카오톡:Product'],
    gives: ['DEVELOPS 카카오→카카오톡 active'],
  },
  'a hyphenated cue joined to a name states a standing relation': {
    text: 'Microsoft-backed OpenAI said it would open an office in Tokyo.',
    entities: ['Microsoft:Company', 'OpenAI:Company'],
    gives: ['INVESTS_IN Microsoft→OpenAI active'],
    not: ['INVESTS_IN Microsoft→OpenAI announced'],
  },
  'an agreement signed with another company': {
    text: 'OpenAI has signed a cloud agreement with Oracle.',
    entities: ['OpenAI:Company', 'Oracle:Company'],
    gives: ['PARTNERS_WITH OpenAI→Oracle announced'],
  },
  'a copula title with the holder glued to the copula': {
    text: '현재 네이버 대표는 최수연이다.',
    entities: ['네이버:Company', '최수연:Person'],
    gives: ['LEADS 최수연→네이버 active'],
  },
  'a topic title whose holder is someone met, not the predicate': {
    text: '엔비디아 CEO는 김철수 회장과 만났다.',
    entities: ['엔비디아:Company', '김철수:Person'],
    gives: [],
    not: ['LEADS 김철수→엔비디아 active'],
  },
  'a founding is not ended by an ending in its sentence': {
    text: 'Colin Angle, who co-founded iRobot in 1990, stepped down as chief executive.',
    entities: ['Colin Angle:Person', 'iRobot:Company'],
    gives: ['FOUNDED Colin Angle→iRobot active'],
    not: ['FOUNDED Colin Angle→iRobot ended'],
  },
  'a product unveiled (공개)': {
    text: 'LG AI연구원은 초거대 AI 엑사원 3.0을 공개했다.',
    entities: ['LG AI연구원:ResearchOrg', '엑사원 3.0:Product'],
    gives: ['DEVELOPS LG AI연구원→엑사원 3.0 active'],
  },
  'an appointment whose appointee is not a known name: the subject only appoints': {
    text: '윤석열 대통령은 최상목 전 경제수석을 기획재정부 장관에 임명했다.',
    entities: ['윤석열:Person', '기획재정부:Government'],
    gives: [],
    not: ['LEADS 윤석열→기획재정부 active'],
  },
  'an appointment in the passive: the subject is appointed': {
    text: '조태열 전 주유엔대사는 외교부 장관에 임명됐다.',
    entities: ['조태열:Person', '외교부:Government'],
    gives: ['LEADS 조태열→외교부 active'],
  },
  'a person described by an office the lexicon does not hold carries the particle after it': {
    text: '박영수 수석부사장은 현대모비스 대표이사로 선임됐다.',
    entities: ['박영수:Person', '현대모비스:Company'],
    gives: ['LEADS 박영수→현대모비스 active'],
  },
  'a government named after its leader acts, not the leader (정부 is not a title)': {
    text: '박정희 정부는 1973년 포항제철소를 세웠다.',
    entities: ['박정희:Person', '포항제철소:Company'],
    gives: [],
    not: ['FOUNDED 박정희→포항제철소 active'],
  },
  'a subject whose name is not known, inside the clause that describes the target, is who acts': {
    text: '현대그룹은 정주영 창업회장이 1947년 세운 현대토건사에서 출발했다.',
    entities: ['현대그룹:Company', '현대토건사:Company'],
    gives: [],
    not: ['FOUNDED 현대그룹→현대토건사 active'],
  },
  'the possessor of a description (A의 N인 B) is not an argument of the verb': {
    text: '카카오의 전신인 다음커뮤니케이션은 이재웅 의장이 1995년 창업했다.',
    entities: ['카카오:Company', '이재웅:Person'],
    gives: [],
    not: ['FOUNDED 이재웅→카카오 active'],
  },
  'a production base is a site, not a home': {
    text: '기아는 슬로바키아 질리나를 유럽 생산 거점으로 삼고 있다.',
    entities: ['기아:Company', '슬로바키아:Place'],
    gives: [],
    not: ['LOCATED_IN 기아→슬로바키아 active'],
  },
  'English: a name not known in the slot of "based in" leaves later places to other verbs': {
    text: 'Honda, based in Minato, Tokyo, assembles cars at plants in Ohio and Alabama.',
    entities: ['Honda:Company', 'Ohio:Place'],
    gives: [],
    not: ['LOCATED_IN Honda→Ohio active', 'LOCATED_IN Honda→Ohio announced'],
  },
  'English: a home written as town and region': {
    text: 'Sony, based in Minato, Tokyo, makes the PlayStation.',
    entities: ['Sony:Company', 'Tokyo:Place'],
    gives: ['LOCATED_IN Sony→Tokyo active'],
  },
  'a member of a party (A 소속 B) does not lead it': {
    text: '더불어민주당 소속 강기정 광주시장은 2022년 7월 취임했다.',
    entities: ['더불어민주당:Government', '강기정:Person'],
    gives: [],
    not: ['LEADS 강기정→더불어민주당 active'],
  },
  '맡다 states an office only when what it takes is one': {
    text: 'KBS 드라마 《태양의 후예》는 송중기가 주연을 맡아 큰 인기를 끌었다.',
    entities: ['KBS:Company', '송중기:Person'],
    gives: [],
    not: ['LEADS 송중기→KBS active'],
  },
  'a subject of unknown name in the clause describing a product is its maker, not the name before it': {
    text: '크래프톤 자회사 펍지스튜디오가 만든 배틀그라운드는 중국에서 텐센트가 서비스하고 있다.',
    entities: ['크래프톤:Company', '배틀그라운드:Product'],
    gives: [],
    not: ['DEVELOPS 크래프톤→배틀그라운드 active'],
  },
  'English: a place-based modifier describes the noun right after it, not a name further on': {
    text: 'Upstage, the Seoul-based startup backed by the venture firm Softbank Ventures Asia, released Solar.',
    entities: ['Seoul:Place', 'Softbank Ventures Asia:Company'],
    gives: [],
    not: ['LOCATED_IN Softbank Ventures Asia→Seoul active'],
  },
  'English: a place-based modifier before the name it describes': {
    text: 'The Seoul-based startup Upstage raised money from KT.',
    entities: ['Seoul:Place', 'Upstage:Company'],
    gives: ['LOCATED_IN Upstage→Seoul active'],
  },
  'a former office ("a former president of X", 전 이마트 대표) does not keep the person from leading another now': {
    text: 'Gary Steele, a former chief executive of Proofpoint, will join Cisco. 강희석 전 이마트 대표는 2024년부터 쿠팡을 이끌고 있다.',
    entities: [
      'Gary Steele:Person',
      'Proofpoint:Company',
      'Cisco:Company',
      '강희석:Person',
      '이마트:Company',
      '쿠팡:Company',
    ],
    gives: ['LEADS Gary Steele→Proofpoint ended', 'LEADS 강희석→이마트 ended', 'LEADS 강희석→쿠팡 active'],
  },
  'the retrospective -던 describes the name after it and tells an office held no longer (익스피디아를 이끌던 다라 코스로샤히를)':
    {
      text: '우버는 2017년 여행 플랫폼 익스피디아를 이끌던 다라 코스로샤히를 최고경영자로 영입했다.',
      entities: ['익스피디아:Company', '다라 코스로샤히:Person'],
      gives: ['LEADS 다라 코스로샤히→익스피디아 ended'],
      not: ['LEADS 다라 코스로샤히→익스피디아 active'],
    },
  'a bare noun ending in 이 before the described name, a verb after a leader’s clause, a role noun after 현재, a foreign plant':
    {
      text: '경기 용인에 본사를 둔 디스플레이 장비 기업 에스에프에이는 신제품을 냈다. 티몬은 구영배 대표가 이끄는 큐텐이 인수했다. 케이뱅크는 2017년 출범한 은행으로, 현재 최대주주는 BC카드다. 미국 테슬라의 상하이 공장은 증설에 들어갔다.',
      entities: [
        '용인:Place',
        '에스에프에이:Company',
        '티몬:Company',
        '구영배:Person',
        '케이뱅크:Company',
        'BC카드:Company',
        '미국:Place',
        '테슬라:Company',
      ],
      gives: ['LOCATED_IN 에스에프에이→용인 active', 'OWNS BC카드→케이뱅크 active', 'LOCATED_IN 테슬라→미국 active'],
      not: ['LEADS 구영배→티몬 active'],
    },
  'English: a purchase of a seller’s goods written as a plural kind ("of the Nvidia processors") is supply': {
    text: 'Meta Platforms bought about 224,000 of the Nvidia processors, while Amazon took 196,000.',
    entities: ['Meta Platforms:Company', 'Nvidia:Company', 'Amazon:Company'],
    gives: ['SUPPLIES Nvidia→Meta Platforms active'],
    not: ['OWNS Meta Platforms→Nvidia active'],
  },
  'a place before two listed organisations is the home of both, not of a longer list’s later names': {
    text: 'Memory chips come from South Korea’s Samsung Electronics and SK hynix. 미국 빅테크 구글과 아마존이 잇따라 전력 계약을 맺었다. The deal was backed by Saudi Arabia’s Public Investment Fund, Silver Lake and Affinity Partners.',
    entities: [
      'South Korea:Place',
      'Samsung Electronics:Company',
      'SK hynix:Company',
      '미국:Place',
      '구글:Company',
      '아마존:Company',
      'Saudi Arabia:Place',
      'Public Investment Fund:Company',
      'Silver Lake:Company',
      'Affinity Partners:Company',
    ],
    gives: [
      'LOCATED_IN Samsung Electronics→South Korea active',
      'LOCATED_IN SK hynix→South Korea active',
      'LOCATED_IN 구글→미국 active',
      'LOCATED_IN 아마존→미국 active',
      'LOCATED_IN Public Investment Fund→Saudi Arabia active',
    ],
    not: ['LOCATED_IN Silver Lake→Saudi Arabia active', 'LOCATED_IN Affinity Partners→Saudi Arabia active'],
  },
  'English: a country’s possessive with a longer kind in an apposition, before or after the name, is its home': {
    text: 'Fujitsu, Japan’s largest IT services company, shifted its focus. Taiwan added China’s largest contract chipmaker, SMIC, to its list. Amazon, the United States’ largest online retailer, will cooperate.',
    entities: [
      'Fujitsu:Company',
      'Japan:Place',
      'Taiwan:Place',
      'China:Place',
      'SMIC:Company',
      'Amazon:Company',
      'United States:Place',
    ],
    gives: [
      'LOCATED_IN Fujitsu→Japan active',
      'LOCATED_IN SMIC→China active',
      'LOCATED_IN Amazon→United States active',
    ],
  },
  'a Korean place before a kind and a comma is no home of the name after the comma': {
    text: '상무부는 삼성전자 중국 법인과 SK하이닉스 중국 법인, SK하이닉스가 인수한 다롄 법인을 명단에서 뺐다.',
    entities: ['삼성전자:Company', '중국:Place', 'SK하이닉스:Company'],
    gives: [],
    not: ['LOCATED_IN SK하이닉스→중국 active'],
  },
  'a rival named after "its" and a role noun, and narrowing the gap with a company (와의 격차를 좁히는), compete': {
    text: 'Samsung Electronics has lost ground to its smaller rival SK hynix in HBM. 삼성전자는 HBM 시장에서 SK하이닉스와의 격차를 좁히는 데 힘을 쏟고 있다.',
    entities: ['Samsung Electronics:Company', 'SK hynix:Company', '삼성전자:Company', 'SK하이닉스:Company'],
    gives: ['COMPETES_WITH SK hynix→Samsung Electronics active', 'COMPETES_WITH 삼성전자→SK하이닉스 active'],
  },
  'more Korean kinds of organisation between a place and a name (일본 해운사 NYK, 미국 백화점 메이시스)': {
    text: '일본 해운사 NYK는 새 선박을 주문했다. 미국 백화점 메이시스는 점포를 줄였다.',
    entities: ['일본:Place', 'NYK:Company', '미국:Place', '메이시스:Company'],
    gives: ['LOCATED_IN NYK→일본 active', 'LOCATED_IN 메이시스→미국 active'],
  },
  'English: "and has been owned by" opens a new clause; its owner founded nothing': {
    text: "Odeon, Britain's largest cinema chain, was founded by Oscar Deutsch in Birmingham in 1928 and has been owned by AMC Entertainment since 2016.",
    entities: ['Oscar Deutsch:Person', 'AMC Entertainment:Company'],
    gives: [],
    not: ['FOUNDED Oscar Deutsch→AMC Entertainment active'],
  },
  'English: more kinds of organisation in an origin apposition (refiner, marketplace, broadcaster)': {
    text: "ENEOS Holdings, Japan's largest oil refiner, has its head office in Tokyo. Allegro, Poland's largest online marketplace, is based in Poznań.",
    entities: ['ENEOS Holdings:Company', 'Japan:Place', 'Allegro:Company', 'Poland:Place'],
    gives: ['LOCATED_IN ENEOS Holdings→Japan active', 'LOCATED_IN Allegro→Poland active'],
  },
  'English: a demonym opening an apposition after a name is its home ("Rapidus, the Japanese start-up")': {
    text: 'Rapidus, the Japanese start-up backed by the government, plans to make 2nm chips.',
    entities: ['Rapidus:Company', 'Japan:Place'],
    gives: ['LOCATED_IN Rapidus→Japan active'],
  },
  'English: an office "of the U.S. chipmaker Nvidia" is at the organisation, and the kind before it is no anaphor': {
    text: 'Microsoft said it would buy more chips. Jensen Huang, chief executive of the U.S. chipmaker Nvidia, joined him on stage.',
    entities: [
      'Microsoft:Company',
      'Jensen Huang:Person',
      'Nvidia:Company',
      'United States:Place',
      'United States government:Government',
    ],
    gives: ['LEADS Jensen Huang→Nvidia active', 'LOCATED_IN Nvidia→United States active'],
    not: ['LEADS Jensen Huang→United States government active', 'LOCATED_IN Microsoft→United States active'],
  },
  'English: a place-based modifier in an apposition describes its head, known or not, and no name before it': {
    text: 'Mars agreed to buy Kellanova, the Chicago-based maker of Cheez-It crackers. Lucid Motors, the Newark, California-based maker of the Air, is owned by PIF. Steelcase agreed to be acquired by Iowa-based HNI Corporation.',
    entities: [
      'Mars:Company',
      'Chicago:Place',
      'Lucid Motors:Company',
      'Newark:Place',
      'Steelcase:Company',
      'Iowa:Place',
    ],
    gives: ['LOCATED_IN Lucid Motors→Newark active'],
    not: [
      'LOCATED_IN Mars→Chicago announced',
      'LOCATED_IN Steelcase→Iowa active',
      'LOCATED_IN Steelcase→Iowa announced',
    ],
  },
  'English: a name governed by a preposition is not the subject of the verb after it': {
    text: 'Larry Ellison worked at Ampex and founded Oracle in 1977.',
    entities: ['Ampex:Company', 'Oracle:Company'],
    gives: [],
    not: ['FOUNDED Ampex→Oracle active'],
  },
  'English: the subject before a governed name still acts': {
    text: 'Larry Ellison worked at Ampex and founded Oracle in 1977.',
    entities: ['Larry Ellison:Person', 'Ampex:Company', 'Oracle:Company'],
    gives: ['FOUNDED Larry Ellison→Oracle active'],
    not: ['FOUNDED Ampex→Oracle active'],
  },
  'an object of unknown name right before the verb leaves no name further back to found': {
    text: '서울대학교 전산학과를 나온 김범수는 2010년 모바일 메신저 회사를 세웠다.',
    entities: ['김범수:Person', '서울대학교:ResearchOrg'],
    gives: [],
    not: ['FOUNDED 김범수→서울대학교 active'],
  },
  'an amount marked 을/를 is not the object that blocks the target': {
    text: '마이크로소프트는 일본 AI 인프라에 4조 원을 투자한다고 밝혔다.',
    entities: ['마이크로소프트:Company', '일본:Place'],
    gives: ['INVESTS_IN 마이크로소프트→일본 announced'],
  },
  'English: a comma and an auxiliary start a clause whose names the earlier verb does not take': {
    text: 'Mistral, the Paris start-up founded in 2023 by Arthur Mensch, has since raised money from Microsoft.',
    entities: ['Mistral:Company', 'Microsoft:Company'],
    gives: [],
    not: ['FOUNDED Microsoft→Mistral active'],
  },
  'English: a name inside a describing apposition is not the subject of the verb after it': {
    text: 'Waymo, the self-driving unit owned by Alphabet, is based in Mountain View.',
    entities: ['Alphabet:Company', 'Mountain View:Place'],
    gives: [],
    not: ['LOCATED_IN Alphabet→Mountain View active'],
  },
  'English: the name an apposition describes is the subject': {
    text: 'Waymo, the self-driving unit owned by Alphabet, is based in Mountain View.',
    entities: ['Waymo:Company', 'Alphabet:Company', 'Mountain View:Place'],
    gives: ['LOCATED_IN Waymo→Mountain View active'],
    not: ['LOCATED_IN Alphabet→Mountain View active'],
  },
  'a noun ending in 가 before another noun is no subject of an unknown name': {
    text: '한국 정부는 네이버와 협력하여 국가 AI 인프라를 구축한다.',
    entities: ['한국 정부:Government', '네이버:Company'],
    gives: ['PARTNERS_WITH 한국 정부→네이버 active'],
  },
  'a noun with -인 after a bare word describes the next name and holds no clause': {
    text: 'LG전자는 구글 모회사인 알파벳과 손잡았다.',
    entities: ['LG전자:Company', '구글:Company', '알파벳:Company'],
    gives: ['PARTNERS_WITH LG전자→알파벳 active', 'OWNS 알파벳→구글 active'],
  },
  'a buyer of the seller’s product: the seller supplies the buyer': {
    text: '메타는 엔비디아의 GPU를 대량 구매했다.',
    entities: ['메타:Company', '엔비디아:Company'],
    gives: ['SUPPLIES 엔비디아→메타 active'],
    not: ['SUPPLIES 메타→엔비디아 active'],
  },
  'a country as the subject of an act of governments stands for its government': {
    text: '프랑스는 미스트랄AI에 보조금을 지원하기로 했다.',
    entities: ['프랑스:Place', '프랑스 정부:Government', '미스트랄AI:Company'],
    gives: ['SUPPORTS 프랑스 정부→미스트랄AI announced'],
  },
  'two coordinated countries as the subject of a symmetric act stand for their governments': {
    text: '영국과 프랑스는 AI 안전 분야에서 협력하기로 합의했다.',
    entities: ['영국:Place', '영국 정부:Government', '프랑스:Place', '프랑스 정부:Government'],
    gives: ['PARTNERS_WITH 영국 정부→프랑스 정부 announced'],
  },
  'a country in another slot stays a place': {
    text: 'TSMC는 일본에 공장을 짓기 위해 투자했다.',
    entities: ['TSMC:Company', '일본:Place', '일본 정부:Government'],
    gives: ['INVESTS_IN TSMC→일본 active'],
    not: ['INVESTS_IN TSMC→일본 정부 active'],
  },
  'a country that makes things is no government that develops them': {
    text: '일본은 반도체를 생산하는 강국으로 부활했다.',
    entities: ['일본:Place', '일본 정부:Government', '반도체:Technology'],
    gives: [],
    not: ['DEVELOPS 일본 정부→반도체 active'],
  },
  'a cue noun marked as the topic takes no subject after it': {
    text: '엔비디아와 TSMC의 협력은 인텔이 따라잡기 어려운 격차를 만들었다.',
    entities: ['엔비디아:Company', 'TSMC:Company', '인텔:Company'],
    gives: [],
    not: ['PARTNERS_WITH 인텔→엔비디아 active', 'PARTNERS_WITH 엔비디아→인텔 active'],
  },
  'a holder of a stake owns or invests in the company by its size; the buyer acquires it': {
    text: 'SK는 미국 사모펀드 칼라일이 가진 SK실트론 지분 29.4%를 인수했다.',
    entities: ['SK:Company', '칼라일:Company', 'SK실트론:Company'],
    gives: ['INVESTS_IN 칼라일→SK실트론 active', 'INVESTS_IN SK→SK실트론 active'],
    not: ['OWNS 칼라일→SK active', 'INVESTS_IN 칼라일→SK active'],
  },
  'a majority stake gives no relation to a place': {
    text: '신세계는 미국 이베이가 가진 G마켓 지분 80%를 사들였다.',
    entities: ['신세계:Company', '미국:Place', '이베이:Company', 'G마켓:Company'],
    gives: ['OWNS 이베이→G마켓 active', 'OWNS 신세계→G마켓 active'],
    not: ['OWNS 신세계→미국 active', 'OWNS 이베이→신세계 active'],
  },
  'a role noun with a word for its kind after the possessive': {
    text: '카카오의 모빌리티 자회사 카카오모빌리티는 택시 호출 서비스를 운영한다.',
    entities: ['카카오:Company', '카카오모빌리티:Company'],
    gives: ['OWNS 카카오→카카오모빌리티 active'],
  },
  'the subject of an act at an event takes part in it': {
    text: '현대차는 부산에서 열린 부산모빌리티쇼에서 새 전기차를 선보였다.',
    entities: ['현대차:Company', '부산:Place', '부산모빌리티쇼:Event'],
    gives: ['PARTICIPATES_IN 현대차→부산모빌리티쇼 active'],
  },
  'English: the actors after an opening "At <event>," take part in it': {
    text: 'At CES 2025 in Las Vegas, LG Electronics and Samsung showed new TVs.',
    entities: ['CES 2025:Event', 'Las Vegas:Place', 'LG Electronics:Company', 'Samsung:Company'],
    gives: ['PARTICIPATES_IN LG Electronics→CES 2025 active', 'PARTICIPATES_IN Samsung→CES 2025 active'],
  },
  'English: the subject of a verb "at <event>" takes part in it': {
    text: 'Samsung unveiled the Galaxy S25 at Galaxy Unpacked in San Jose.',
    entities: ['Samsung:Company', 'Galaxy Unpacked:Event', 'San Jose:Place'],
    gives: ['PARTICIPATES_IN Samsung→Galaxy Unpacked active'],
  },
  'a subject in an earlier clause does not act at the event': {
    text: '삼성전자는 신제품을 내놓았고, CES에서는 LG전자가 주목받았다.',
    entities: ['삼성전자:Company', 'CES:Event', 'LG전자:Company'],
    gives: [],
    not: ['PARTICIPATES_IN 삼성전자→CES active'],
  },
  'English: a cue that ends in "by" makes the name after it the owner': {
    text: 'Zoox is owned by Amazon.',
    entities: ['Zoox:Company', 'Amazon:Company'],
    gives: ['OWNS Amazon→Zoox active'],
    not: ['OWNS Zoox→Amazon active'],
  },
  'English: what becomes part of a company is owned by it': {
    text: "Figma will become part of Adobe's creative business.",
    entities: ['Figma:Company', 'Adobe:Company'],
    gives: ['OWNS Adobe→Figma announced'],
    not: ['OWNS Figma→Adobe announced'],
  },
  'a government in a sentence that regulates is no party to the deal': {
    text: '공정거래위원회는 하이브의 SM 지분 인수를 조건부로 승인했다.',
    entities: ['공정거래위원회:Government', '하이브:Company', 'SM:Company'],
    gives: ['OWNS 하이브→SM active', 'REGULATES 공정거래위원회→하이브 active'],
    not: ['OWNS 공정거래위원회→SM active', 'OWNS 공정거래위원회→하이브 active'],
  },
  'a noun cue after coordinated objects and a kind word: the possessor acts on each': {
    text: '금융당국은 KB금융의 푸르덴셜생명과 LIG손해보험 자회사 편입을 승인했다.',
    entities: ['금융당국:Government', 'KB금융:Company', '푸르덴셜생명:Company', 'LIG손해보험:Company'],
    gives: ['OWNS KB금융→푸르덴셜생명 active', 'OWNS KB금융→LIG손해보험 active', 'REGULATES 금융당국→KB금융 active'],
  },
  'a refused approval still regulates, the acquirer of a deal that is refused': {
    text: '중국 규제당국은 인텔의 타워세미컨덕터 인수를 끝내 승인하지 않았다.',
    entities: ['중국 규제당국:Government', '인텔:Company', '타워세미컨덕터:Company'],
    gives: ['REGULATES 중국 규제당국→인텔 active'],
    not: ['OWNS 인텔→타워세미컨덕터 active', 'REGULATES 중국 규제당국→타워세미컨덕터 active'],
  },
  'an office held in the past is at the organisation written before it': {
    text: '문재인은 경희대학교 법대를 졸업했으며, 새정치민주연합 대표를 지냈다.',
    entities: ['문재인:Person', '경희대학교:ResearchOrg', '새정치민주연합:Government'],
    gives: ['LEADS 문재인→새정치민주연합 ended'],
    not: ['LEADS 문재인→경희대학교 ended'],
  },
  'a role that is no office, held in the past, leads nothing': {
    text: '손흥민은 토트넘 홋스퍼에서 뛰며 주장을 지냈다.',
    entities: ['손흥민:Person', '토트넘 홋스퍼:Company'],
    gives: [],
    not: ['LEADS 손흥민→토트넘 홋스퍼 ended'],
  },
  'an office glued to a name that is not known is that other organisation’s': {
    text: '이재명은 중앙대학교를 졸업했으며, 성남시장과 경기도지사를 지냈다.',
    entities: ['이재명:Person', '중앙대학교:ResearchOrg'],
    gives: [],
    not: ['LEADS 이재명→중앙대학교 ended'],
  },
  'a bare office taken after a move is at the organisation moved to': {
    text: '노종원 부사장은 솔리다임으로 자리를 옮겨 사업총괄 사장을 맡았다.',
    entities: ['노종원:Person', '솔리다임:Company'],
    gives: ['LEADS 노종원→솔리다임 active'],
  },
  'a person leads what a clause of leading describes, not the topic': {
    text: '티몬은 구영배 대표가 이끄는 큐텐에 인수됐다.',
    entities: ['구영배:Person', '티몬:Company'],
    gives: [],
    not: ['LEADS 구영배→티몬 active'],
  },
  'a clause of leading that describes a known name': {
    text: '곽동신 회장이 이끄는 한미반도체는 마이크론에 장비를 공급한다.',
    entities: ['곽동신:Person', '한미반도체:Company', '마이크론:Company'],
    gives: ['LEADS 곽동신→한미반도체 active', 'SUPPLIES 한미반도체→마이크론 announced'],
    not: ['LEADS 곽동신→마이크론 active'],
  },
  'a government that appoints is not led by the appointee': {
    text: '방송통신위원회가 임명한 김유열 사장이 취임했다.',
    entities: ['방송통신위원회:Government', '김유열:Person'],
    gives: [],
    not: ['LEADS 김유열→방송통신위원회 active'],
  },
  'English: a name at the end of a relative clause is not the subject of the verb after it': {
    text: 'Arthur Mensch, who studied at Ecole Polytechnique, co-founded Mistral AI in 2023.',
    entities: ['Ecole Polytechnique:ResearchOrg', 'Mistral AI:Company'],
    gives: [],
    not: ['FOUNDED Ecole Polytechnique→Mistral AI active'],
  },
  'English: an unknown name after "by" takes the giver’s slot': {
    text: 'Canva, the Sydney design company co-founded by Melanie Perkins in 2013, competes with Adobe.',
    entities: ['Canva:Company', 'Adobe:Company'],
    gives: ['COMPETES_WITH Canva→Adobe active'],
    not: ['FOUNDED Adobe→Canva active', 'FOUNDED Canva→Adobe active'],
  },
  'English: names listed after "by", and a qualifier before a person, keep the slot': {
    text: 'OpenAI bought io, the startup co-founded by Scott Cannon and former Apple designer Jony Ive.',
    entities: ['io:Company', 'Apple:Company', 'Jony Ive:Person'],
    gives: ['FOUNDED Jony Ive→io active'],
    not: ['FOUNDED Apple→io active'],
  },
  'English: an anaphor with a place-based modifier stands for the last sentence’s organisation, based there': {
    text: 'Zoox builds robotaxis. The California-based company was bought by Amazon in 2020.',
    entities: ['Zoox:Company', 'California:Place', 'Amazon:Company'],
    gives: ['LOCATED_IN Zoox→California active', 'OWNS Amazon→Zoox active'],
    not: ['LOCATED_IN Amazon→California active'],
  },
  'English: a single anaphor is none of its own sentence’s names': {
    text: 'Amazon and iRobot ended their talks. The company had agreed to be acquired by Amazon in 2022.',
    entities: ['Amazon:Company', 'iRobot:Company'],
    gives: ['OWNS Amazon→iRobot announced'],
  },
  'English: a possessive with a bare apostrophe before a title': {
    text: "Ali Ghodsi, Databricks' chief executive, spoke first.",
    entities: ['Ali Ghodsi:Person', 'Databricks:Company'],
    gives: ['LEADS Ali Ghodsi→Databricks active'],
  },
  'English: a person after "run by" leads the organisation': {
    text: "Foxconn's electric-vehicle business is run by Jun Seki.",
    entities: ['Jun Seki:Person', 'Foxconn:Company'],
    gives: ['LEADS Jun Seki→Foxconn active'],
  },
  'a possessed title, then a comma and the person: an apposition': {
    text: '그는 카카오의 수장, 김범수 의장과 만났다.',
    entities: ['카카오:Company', '김범수:Person'],
    gives: ['LEADS 김범수→카카오 active'],
  },
  'titles in a list: a comma after a title ends its item': {
    text: '이재용 삼성전자 회장, 최태원 SK그룹 회장이 동행했다.',
    entities: ['이재용:Person', '삼성전자:Company', '최태원:Person', 'SK그룹:Company'],
    gives: ['LEADS 이재용→삼성전자 active', 'LEADS 최태원→SK그룹 active'],
    not: ['LEADS 최태원→삼성전자 active'],
  },
  "English: a company's backers listed after 'include'": {
    text: "Anthropic's backers include Amazon and Google.",
    entities: ['Anthropic:Company', 'Amazon:Company', 'Google:Company'],
    gives: ['INVESTS_IN Amazon→Anthropic active', 'INVESTS_IN Google→Anthropic active'],
  },
  'a stake held (보유), owning or investing by its size': {
    text: '네이버는 웹툰엔터테인먼트 지분 63.4%를 보유하고 있다.',
    entities: ['네이버:Company', '웹툰엔터테인먼트:Company'],
    gives: ['OWNS 네이버→웹툰엔터테인먼트 active'],
  },
  'English: "its" before a product makes it the product of the sentence’s first name': {
    text: "Xiaomi uses MediaTek's chips in its Redmi phones.",
    entities: ['Xiaomi:Company', 'MediaTek:Company', 'Redmi:Product'],
    gives: ['DEVELOPS Xiaomi→Redmi active'],
  },
  'English: "its" before a preposition is no product of the subject': {
    text: 'MosaicML trained its models on Oracle Cloud, which rents out Nvidia chips.',
    entities: ['MosaicML:Company', 'Oracle Cloud:Product'],
    gives: [],
    not: ['DEVELOPS MosaicML→Oracle Cloud active'],
  },
  'English: an apposition naming the maker of a kind of thing': {
    text: 'Cognition, the maker of the coding agent Devin, raised money.',
    entities: ['Cognition:Company', 'Devin:Product'],
    gives: ['DEVELOPS Cognition→Devin active'],
  },
  'English: a role noun across a clause boundary states nothing': {
    text: 'Rory Read, a former head of Advanced Micro Devices, will keep running the business as a unit of Ericsson.',
    entities: ['Advanced Micro Devices:Company', 'Ericsson:Company'],
    gives: [],
    not: ['OWNS Ericsson→Advanced Micro Devices active'],
  },
  'a verb of leading whose object is an unknown noun leads no name further back': {
    text: '짐 켈러는 AMD와 애플을 거치며 굵직한 칩 설계를 이끈 인물이다.',
    entities: ['짐 켈러:Person', 'AMD:Company', '애플:Company'],
    gives: [],
    not: ['LEADS 짐 켈러→AMD active', 'LEADS 짐 켈러→애플 active'],
  },
  'a contract of no stated kind is a partnership': {
    text: '알테오젠은 2020년 MSD와 기술이전 계약을 맺었다.',
    entities: ['알테오젠:Company', 'MSD:Company'],
    gives: ['PARTNERS_WITH 알테오젠→MSD active'],
  },
  'a contract whose kind another cue states is that relation, not a partnership': {
    text: 'LG화학은 GM에 양극재를 공급하는 계약을 맺었다.',
    entities: ['LG화학:Company', 'GM:Company'],
    gives: ['SUPPLIES LG화학→GM active'],
    not: ['PARTNERS_WITH LG화학→GM active', 'PARTNERS_WITH GM→LG화학 active'],
  },
  'who brings a product to market is not its developer when the sentence names another maker': {
    text: '메이플스토리는 위젯이 개발하고 넥슨이 2003년 출시한 온라인 게임이다.',
    entities: ['메이플스토리:Product', '넥슨:Company'],
    gives: [],
    not: ['DEVELOPS 넥슨→메이플스토리 active'],
  },
  'a clause of making that describes another product leaves the seller its own': {
    text: 'SK하이닉스는 엔비디아가 설계한 GPU에 들어가는 HBM을 공급한다.',
    entities: ['SK하이닉스:Company', 'HBM:Product', 'GPU:Product'],
    gives: ['DEVELOPS SK하이닉스→HBM active'],
  },
  'the partner of a joint act founds with the subject': {
    text: 'LG에너지솔루션은 혼다와 합작해 오하이오주에 배터리 합작법인 L-H배터리를 세웠다.',
    entities: ['LG에너지솔루션:Company', '혼다:Company', '오하이오주:Place', 'L-H배터리:Company'],
    gives: ['FOUNDED LG에너지솔루션→L-H배터리 active', 'FOUNDED 혼다→L-H배터리 active'],
  },
  'the partner of a joint act develops with the subject, and is not the target of a directed act': {
    text: '라피더스는 IBM과 협력해 2나노 공정 개발을 진행하고 있다.',
    entities: ['라피더스:Company', 'IBM:Company', '2나노 공정:Technology'],
    gives: ['DEVELOPS 라피더스→2나노 공정 active', 'DEVELOPS IBM→2나노 공정 active'],
  },
  'a partner of a joint act is no customer': {
    text: '현대차는 LG에너지솔루션과 협력해 인도네시아 공장에서 배터리 셀을 생산한다.',
    entities: ['현대차:Company', 'LG에너지솔루션:Company', '인도네시아:Place'],
    gives: ['PARTNERS_WITH 현대차→LG에너지솔루션 active'],
    not: ['MANUFACTURES_FOR 현대차→LG에너지솔루션 active'],
  },
  'a home moved from a place is there no longer; the place moved to is': {
    text: '현대모비스는 2019년 본사를 서울 강남구에서 성동구로 이전했다.',
    entities: ['현대모비스:Company', '강남구:Place', '성동구:Place'],
    gives: ['LOCATED_IN 현대모비스→성동구 active'],
    not: ['LOCATED_IN 현대모비스→강남구 active'],
  },
  'a home moved from a place whose destination is not known': {
    text: '현대모비스는 2019년 본사를 서울 강남구에서 성동구로 이전했다.',
    entities: ['현대모비스:Company', '강남구:Place'],
    gives: [],
    not: ['LOCATED_IN 현대모비스→강남구 active'],
  },
  'a planned move leaves the home where it is': {
    text: '기업은행은 본점을 을지로에서 세종으로 옮기는 방안을 검토했지만 무산됐다.',
    entities: ['기업은행:Company', '을지로:Place'],
    gives: ['LOCATED_IN 기업은행→을지로 considered'],
  },
  'English: a home moved from a place to another': {
    text: 'Hitachi moved its headquarters from Osaka to Tokyo in 2015.',
    entities: ['Hitachi:Company', 'Osaka:Place', 'Tokyo:Place'],
    gives: ['LOCATED_IN Hitachi→Tokyo active'],
    not: ['LOCATED_IN Hitachi→Osaka active'],
  },
  'a facility built at a place is there': {
    text: 'SK하이닉스는 미국 인디애나주에 첨단 패키징 공장을 짓기로 했다.',
    entities: ['SK하이닉스:Company', '인디애나주:Place', '첨단 패키징 공장:Facility'],
    gives: ['LOCATED_IN 첨단 패키징 공장→인디애나주 active', 'DEVELOPS SK하이닉스→첨단 패키징 공장 announced'],
  },
  'a club based in a city (연고)': {
    text: '울산HD는 울산을 연고로 하는 프로축구단이다.',
    entities: ['울산HD:Company', '울산:Place'],
    gives: ['LOCATED_IN 울산HD→울산 active'],
  },
  'founding a club (창단)': {
    text: 'SSG 랜더스는 신세계그룹이 2021년 창단한 프로야구단이다.',
    entities: ['SSG 랜더스:Company', '신세계그룹:Company'],
    gives: ['FOUNDED 신세계그룹→SSG 랜더스 active'],
  },
  'English: "started by"': {
    text: 'Instagram was started by Kevin Systrom and Mike Krieger in 2010.',
    entities: ['Instagram:Company', 'Kevin Systrom:Person', 'Mike Krieger:Person'],
    gives: ['FOUNDED Kevin Systrom→Instagram active', 'FOUNDED Mike Krieger→Instagram active'],
  },
  'English: an unknown name after "by" is the giver; no name before the cue is': {
    text: 'Zara, the fashion chain owned by Inditex, was founded by Amancio Ortega in 1975.',
    entities: ['Zara:Company', 'Inditex:Company'],
    gives: ['OWNS Inditex→Zara active'],
    not: ['FOUNDED Inditex→Zara active'],
  },
  'English: a name that qualifies a person written in capitals is not the giver': {
    text: 'Redwood Materials, founded by former Tesla executive JB Straubel, recycles batteries.',
    entities: ['Redwood Materials:Company', 'Tesla:Company', 'JB Straubel:Person'],
    gives: ['FOUNDED JB Straubel→Redwood Materials active'],
    not: ['FOUNDED Tesla→Redwood Materials active', 'FOUNDED Redwood Materials→Tesla active'],
  },
  'offered as collateral is not launched': {
    text: '롯데그룹은 잠실 롯데월드타워를 담보로 내놓았다.',
    entities: ['롯데그룹:Company', '롯데월드타워:Facility'],
    gives: [],
    not: ['DEVELOPS 롯데그룹→롯데월드타워 active'],
  },
  'a bare title after a new topic is not the first topic’s': {
    text: '박장범 KBS 사장은 2024년 12월 취임했으며, 임명안은 윤석열 대통령이 재가했다.',
    entities: ['KBS:Company', '박장범:Person', '윤석열:Person'],
    gives: ['LEADS 박장범→KBS active'],
    not: ['LEADS 윤석열→KBS active'],
  },
  'a name in an earlier verb’s clause is no loose target of a later verb': {
    text: '쏘렌토는 현대차 싼타페와 경쟁하며 화성 공장에서 생산된다.',
    entities: ['쏘렌토:Product', '현대차:Company'],
    gives: [],
    not: ['DEVELOPS 현대차→쏘렌토 active'],
  },
  'an office taken (에 올랐다)': {
    text: '정기선은 2023년 11월 HD현대 부회장에 올랐다.',
    entities: ['정기선:Person', 'HD현대:Company'],
    gives: ['LEADS 정기선→HD현대 active'],
  },
  'a titled person, the subject, rises to an office at another organisation': {
    text: '곽재선 KG그룹 회장은 인수 직후 쌍용차 회장에 올라 경영을 직접 이끌고 있다.',
    entities: ['곽재선:Person', 'KG그룹:Company', '쌍용차:Company'],
    gives: ['LEADS 곽재선→KG그룹 active', 'LEADS 곽재선→쌍용차 active'],
  },
  'a titled person who is no subject takes no office that the subject rises to': {
    text: '허창수 GS그룹 명예회장의 장남 허윤홍은 2023년 10월 GS건설 대표이사에 올랐다.',
    entities: ['허창수:Person', 'GS그룹:Company', 'GS건설:Company'],
    gives: ['LEADS 허창수→GS그룹 active'],
    not: ['LEADS 허창수→GS건설 active'],
  },
  'an office taken up, marked 에 (취임)': {
    text: '박정호 부회장은 지난해 SK하이닉스 대표이사에 취임했다.',
    entities: ['박정호:Person', 'SK하이닉스:Company'],
    gives: ['LEADS 박정호→SK하이닉스 active'],
  },
  'an office held in the present (맡는다)': {
    text: '롭 크룩이 솔리다임 최고경영자(CEO)를 맡는다.',
    entities: ['롭 크룩:Person', '솔리다임:Company'],
    gives: ['LEADS 롭 크룩→솔리다임 active'],
  },
  'each topic of a list is the N of the other (A와 B는 C의 자회사다)': {
    text: '진에어는 한진그룹 계열이고, 에어부산과 에어서울은 아시아나항공의 자회사다.',
    entities: ['에어부산:Company', '에어서울:Company', '아시아나항공:Company'],
    gives: ['OWNS 아시아나항공→에어부산 active', 'OWNS 아시아나항공→에어서울 active'],
  },
  'the role noun as the topic (A의 최대주주는 B다)': {
    text: '케이뱅크의 최대주주는 BC카드다.',
    entities: ['케이뱅크:Company', 'BC카드:Company'],
    gives: ['OWNS BC카드→케이뱅크 active'],
  },
  'a place, then a kind of organisation as a compound, then the name: its origin': {
    text: 'SD바이오센서는 미국 진단기업 메리디안 바이오사이언스를 인수한다고 밝혔다.',
    entities: ['SD바이오센서:Company', '미국:Place', '메리디안 바이오사이언스:Company'],
    gives: ['LOCATED_IN 메리디안 바이오사이언스→미국 active'],
  },
  'a place in a clause that ends before a kind word is no origin': {
    text: '현대차 인도법인은 지난 10월 인도 증시에 상장했으며, 모회사인 현대차가 지분을 팔았다.',
    entities: ['현대차:Company', '인도:Place'],
    gives: [],
    not: ['LOCATED_IN 현대차→인도 active'],
  },
  'a minority stake owned is an investment': {
    text: 'The Public Investment Fund, which already owns close to 10 percent of EA, will roll its stake into the deal.',
    entities: ['Public Investment Fund:Company', 'EA:Company'],
    gives: ['INVESTS_IN Public Investment Fund→EA announced'],
    not: ['OWNS Public Investment Fund→EA announced'],
  },
  'a majority stake held is owning, whatever the stake word says': {
    text: '네이버는 상장 뒤에도 웹툰엔터테인먼트 지분 63.4%를 보유한 최대주주다.',
    entities: ['네이버:Company', '웹툰엔터테인먼트:Company'],
    gives: ['OWNS 네이버→웹툰엔터테인먼트 active'],
    not: ['INVESTS_IN 네이버→웹툰엔터테인먼트 active'],
  },
  'the percentage that names a stake decides, not a nearer one': {
    text: '라인야후 지분 64.4%는 네이버와 소프트뱅크가 50%씩 나눠 가진 A홀딩스가 보유하고 있다.',
    entities: ['라인야후:Company', '네이버:Company', '소프트뱅크:Company', 'A홀딩스:Company'],
    gives: ['OWNS A홀딩스→라인야후 active'],
    not: ['INVESTS_IN A홀딩스→라인야후 active'],
  },
  'a list runs on past a name’s aside in brackets': {
    text: '오라클은 아마존, 마이크로소프트(MS), 구글과 협력한다.',
    entities: ['오라클:Company', '아마존:Company', '마이크로소프트:Company', '구글:Company'],
    gives: ['PARTNERS_WITH 오라클→아마존 active', 'PARTNERS_WITH 오라클→마이크로소프트 active'],
  },
  'founders of an unknown name with a list of partners all partner': {
    text: 'SK텔레콤은 도이치텔레콤, 싱텔과 함께 AI 얼라이언스를 출범시켰다.',
    entities: ['SK텔레콤:Company', '도이치텔레콤:Company', '싱텔:Company'],
    gives: [
      'PARTNERS_WITH SK텔레콤→도이치텔레콤 active',
      'PARTNERS_WITH SK텔레콤→싱텔 active',
      'PARTNERS_WITH 도이치텔레콤→싱텔 active',
    ],
  },
  'the founder of the topic, in a clause describing a kind word (사립대학으로), which is no new name': {
    text: '한양대학교는 1939년 김연준이 세운 사립대학으로, 서울 성동구에 본교를 두고 있다.',
    entities: ['한양대학교:ResearchOrg', '김연준:Person'],
    gives: ['FOUNDED 김연준→한양대학교 active'],
  },
  'bare words between an adnominal clause and the name it describes': {
    text: '국방과학연구소가 개발한 지대공 미사일 천궁 II는 2022년 수출 계약을 맺었다.',
    entities: ['국방과학연구소:ResearchOrg', '천궁 II:Product'],
    gives: ['DEVELOPS 국방과학연구소→천궁 II active'],
  },
  'opening (문을 연) is founding': {
    text: '서울아산병원은 아산사회복지재단이 1989년 서울 송파구 풍납동에 문을 연 종합병원이다.',
    entities: ['서울아산병원:Company', '아산사회복지재단:Company'],
    gives: ['FOUNDED 아산사회복지재단→서울아산병원 active'],
  },
  'the topic grew out of what the clause describes: no founder of it': {
    text: '고려대학교는 1905년 문을 연 보성전문학교를 모태로 하며, 서울에 캠퍼스를 두고 있다.',
    entities: ['고려대학교:ResearchOrg', '보성전문학교:ResearchOrg'],
    gives: [],
    not: ['FOUNDED 고려대학교→보성전문학교 active'],
  },
  'making an organisation, in a clause describing it, is founding it': {
    text: '1976년 마이클 크로머가 독일 뮌헨에서 만든 패션 브랜드 MCM은 2005년 인수됐다.',
    entities: ['마이클 크로머:Person', 'MCM:Company'],
    gives: ['FOUNDED 마이클 크로머→MCM active'],
  },
  'making what a clause describes before another organisation’s name is not founding that one': {
    text: 'SK이노베이션의 미국 자회사 SK배터리아메리카는 조지아주 커머스에서 배터리 공장 두 곳을 짓고 있으며, 이곳에서 만든 배터리를 포드의 전기 픽업트럭 F-150 라이트닝과 폭스바겐의 미국산 전기차에 공급할 계획이다.',
    entities: [
      'SK이노베이션:Company',
      'SK배터리아메리카:Company',
      '포드:Company',
      'F-150 라이트닝:Product',
      '폭스바겐:Company',
    ],
    gives: ['SUPPLIES SK배터리아메리카→폭스바겐 announced'],
    not: ['FOUNDED SK배터리아메리카→포드 active', 'FOUNDED SK배터리아메리카→포드 announced'],
  },
  'making something at an organisation is not founding it': {
    text: '딥엑스는 첫 양산 칩 DX-M1을 삼성전자 파운드리에서 만든다.',
    entities: ['딥엑스:Company', '삼성전자:Company', 'DX-M1:Product'],
    gives: [],
    not: ['FOUNDED 딥엑스→삼성전자 active', 'FOUNDED 딥엑스→삼성전자 announced'],
  },
  'a past clause describing a noun is done, whatever tense the sentence ends in': {
    text: '에어프레미아는 2017년 김종철이 세운 항공사로, 미국 노선을 운항한다.',
    entities: ['에어프레미아:Company', '김종철:Person'],
    gives: ['FOUNDED 김종철→에어프레미아 active'],
    not: ['FOUNDED 김종철→에어프레미아 announced'],
  },
  'a joint act (함께 개발) states the act for both actors as well as the partnership': {
    text: '일동제약이 시오노기제약과 함께 개발한 코로나19 먹는 치료제 조코바는 심사를 받았다.',
    entities: ['일동제약:Company', '시오노기제약:Company', '조코바:Product'],
    gives: [
      'PARTNERS_WITH 일동제약→시오노기제약 active',
      'DEVELOPS 일동제약→조코바 active',
      'DEVELOPS 시오노기제약→조코바 active',
    ],
  },
  'taking someone in as an office (이사장으로 맞았고)': {
    text: '한국거래소는 정은보 전 금융감독원장을 이사장으로 맞았고, 본사는 부산에 있다.',
    entities: ['한국거래소:Company', '정은보:Person'],
    gives: ['LEADS 정은보→한국거래소 active'],
  },
  'electing someone as an office (대표로 다시 뽑았다)': {
    text: '더불어민주당은 2024년 8월 전당대회에서 이재명을 대표로 다시 뽑았다.',
    entities: ['더불어민주당:Company', '이재명:Person'],
    gives: ['LEADS 이재명→더불어민주당 active'],
  },
  'a promotion to an office at the organisation before it (회장으로 승진했다)': {
    text: '정유경은 2024년 10월 ㈜신세계 회장으로 승진했다.',
    entities: ['정유경:Person', '신세계:Company'],
    gives: ['LEADS 정유경→신세계 active'],
  },
  'taking in without an office marked (으)로 is no office': {
    text: '삼성전자는 창립 50주년을 맞아 김철수를 영입했다.',
    entities: ['삼성전자:Company', '김철수:Person'],
    gives: [],
    not: ['LEADS 김철수→삼성전자 active'],
  },
  'the topic is where a clause describing its kind says it was opened, whoever opened it': {
    text: '서울아산병원은 아산사회복지재단이 1989년 서울 송파구 풍납동에 문을 연 종합병원이다.',
    entities: ['서울아산병원:Company', '송파구:Place'],
    gives: ['LOCATED_IN 서울아산병원→송파구 active'],
  },
  'a facility where the clause before its name says it is (경기 화성에 있는 오토랜드 화성)': {
    text: '쏘렌토를 만드는 기아의 주력 공장은 경기 화성에 있는 오토랜드 화성이다.',
    entities: ['화성:Place', '오토랜드 화성:Facility'],
    gives: ['LOCATED_IN 오토랜드 화성→화성 active'],
  },
  'an apposition naming the maker with its place before the noun (the Kyoto-based maker of)': {
    text: 'Nintendo, the Kyoto-based maker of the Switch console, competes with Sony and Microsoft.',
    entities: ['Nintendo:Company', 'Switch:Product'],
    gives: ['DEVELOPS Nintendo→Switch active'],
  },
  'a role noun with a kind word before it and no possessive (Dove soap maker Unilever)': {
    text: 'Dove soap maker Unilever replaced its chief executive in February 2025.',
    entities: ['Dove:Product', 'Unilever:Company'],
    gives: ['DEVELOPS Unilever→Dove active'],
  },
  'the one followed in office led the successor’s organisation (의 뒤를 이어)': {
    text: '홍범식 LG유플러스 사장은 2024년 11월 황현식 사장의 뒤를 이어 최고경영자(CEO)로 선임됐다.',
    entities: ['홍범식:Person', 'LG유플러스:Company', '황현식:Person'],
    gives: ['LEADS 홍범식→LG유플러스 active', 'LEADS 황현식→LG유플러스 ended'],
  },
  'an office written after the one succeeded is the successor’s': {
    text: "The deal closed a month after Rob Michael succeeded Richard Gonzalez as AbbVie's chief executive.",
    entities: ['Rob Michael:Person', 'Richard Gonzalez:Person', 'AbbVie:Company'],
    gives: ['LEADS Rob Michael→AbbVie active', 'LEADS Richard Gonzalez→AbbVie ended'],
    not: ['LEADS Richard Gonzalez→AbbVie active'],
  },
  'an English apposition with an article before a former title (a former Cadence chief executive)': {
    text: 'Lip-Bu Tan, a former Cadence chief executive, took over in March 2025.',
    entities: ['Lip-Bu Tan:Person', 'Cadence:Company'],
    gives: ['LEADS Lip-Bu Tan→Cadence ended'],
  },
  'a role noun opening a sentence is a role of the text’s main organisation': {
    text: '삼성전자는 레인보우로보틱스를 인수했다. 삼성전자는 로봇 사업을 키운다. 레인보우로보틱스는 협동로봇을 만든다. 국내 경쟁사인 LG전자도 로봇 업체의 경영권을 인수하기로 했다.',
    entities: ['삼성전자:Company', '레인보우로보틱스:Company', 'LG전자:Company'],
    gives: ['COMPETES_WITH LG전자→삼성전자 active'],
    not: ['COMPETES_WITH LG전자→레인보우로보틱스 active', 'OWNS LG전자→삼성전자 announced'],
  },
  'a local government after its province is an address, not a home': {
    text: '김대권 대구 수성구청장은 2022년 재선에 성공했다.',
    entities: ['대구:Place', '수성구:Government'],
    gives: [],
    not: ['LOCATED_IN 수성구→대구 active'],
  },
  'an English organisation of its country (Samsung Electronics of South Korea)': {
    text: 'Samsung Electronics of South Korea supplies high-bandwidth memory for the H20.',
    entities: ['Samsung Electronics:Company', 'South Korea:Place'],
    gives: ['LOCATED_IN Samsung Electronics→South Korea active'],
  },
  'an apposition opening with a country’s possessive homes each organisation listed before it': {
    text: "Samsung and SK hynix, South Korea's two memory makers, together supply about 70% of the world's DRAM.",
    entities: ['Samsung:Company', 'SK hynix:Company', 'South Korea:Place'],
    gives: ['LOCATED_IN Samsung→South Korea active', 'LOCATED_IN SK hynix→South Korea active'],
  },
  'a clause of competing describes the name after it (애플과 맞붙는 삼성전자는)': {
    text: '스마트폰 시장에서 애플과 맞붙는 삼성전자는 갤럭시 스마트폰을 판다.',
    entities: ['애플:Company', '삼성전자:Company'],
    gives: ['COMPETES_WITH 애플→삼성전자 active'],
  },
  'a titled person holding a bare office at the topic (…회장이 회장을 맡고 있는 경제단체)': {
    text: '한국경영자총협회는 손경식 CJ그룹 회장이 2018년부터 회장을 맡고 있는 경제단체다.',
    entities: ['한국경영자총협회:Company', '손경식:Person', 'CJ그룹:Company'],
    gives: ['LEADS 손경식→CJ그룹 active', 'LEADS 손경식→한국경영자총협회 active'],
  },
  'the body that grants a permit to sell is no party to the sale': {
    text: '셀트리온은 2024년 미국 식품의약국에서 짐펜트라의 판매 허가를 받았다.',
    entities: ['셀트리온:Company', '미국 식품의약국:Government', '짐펜트라:Product'],
    gives: ['DEVELOPS 셀트리온→짐펜트라 active'],
    not: ['SUPPLIES 셀트리온→미국 식품의약국 active', 'DEVELOPS 미국 식품의약국→짐펜트라 active'],
  },
  'a home noun as the subject has its place after it, not a site before it': {
    text: 'LG전자는 경남 창원시에 가전 생산기지를 두고 있으며, 본사는 서울 영등포구 여의도에 있다.',
    entities: ['LG전자:Company', '창원시:Place', '여의도:Place'],
    gives: ['LOCATED_IN LG전자→여의도 active'],
    not: ['LOCATED_IN LG전자→창원시 active'],
  },
  'a home noun as the subject whose place is not a known name': {
    text: 'LG전자는 경남 창원시에 가전 생산기지를 두고 있으며, 본사는 서울 영등포구 여의도에 있다.',
    entities: ['LG전자:Company', '창원시:Place'],
    gives: [],
    not: ['LOCATED_IN LG전자→창원시 active'],
  },
  'the possessor of a home noun, not the topic, is at the place': {
    text: '케이뱅크와 카카오뱅크는 인터넷전문은행으로, 카카오뱅크의 본사는 판교에 있다.',
    entities: ['케이뱅크:Company', '카카오뱅크:Company', '판교:Place'],
    gives: ['LOCATED_IN 카카오뱅크→판교 active'],
    not: ['LOCATED_IN 케이뱅크→판교 active'],
  },
  'a place before the kind of organisation the topic is (origin)': {
    text: '하만은 삼성전자가 2017년 인수한 미국 전장 기업으로, 본사는 코네티컷주 스탬퍼드에 있다.',
    entities: ['하만:Company', '미국:Place', '삼성전자:Company', '스탬퍼드:Place'],
    gives: ['LOCATED_IN 하만→미국 active', 'LOCATED_IN 하만→스탬퍼드 active', 'OWNS 삼성전자→하만 active'],
    not: ['LOCATED_IN 삼성전자→스탬퍼드 active'],
  },
  'a founding place is no home': {
    text: '화웨이는 1987년 런정페이가 광둥성 선전에서 창업한 통신장비 업체다.',
    entities: ['화웨이:Company', '광둥성:Place'],
    gives: [],
    not: ['LOCATED_IN 화웨이→광둥성 active'],
  },
  'a clause that describes a product through several words before its kind': {
    text: '키트루다 큐렉스에는 알테오젠이 개발한 히알루로니다제 효소 기술 ALT-B4가 쓰였다.',
    entities: ['키트루다 큐렉스:Product', '알테오젠:Company', 'ALT-B4:Technology'],
    gives: ['DEVELOPS 알테오젠→ALT-B4 active'],
    not: ['DEVELOPS 알테오젠→키트루다 큐렉스 active'],
  },
  'English: an apposition with a "that" clause ends before a verb in the past': {
    text: "Novo Holdings, the investment firm that controls Denmark's Novo Nordisk, completed its acquisition of Catalent.",
    entities: ['Novo Holdings:Company', 'Novo Nordisk:Company', 'Catalent:Company', 'Denmark:Place'],
    gives: ['OWNS Novo Holdings→Novo Nordisk active', 'OWNS Novo Holdings→Catalent active'],
    not: ['OWNS Novo Nordisk→Catalent active', 'INVESTS_IN Novo Holdings→Denmark active'],
  },
  'English: "who has led"': {
    text: 'Gary Steele, who has led Splunk since 2022, spoke on Monday.',
    entities: ['Gary Steele:Person', 'Splunk:Company'],
    gives: ['LEADS Gary Steele→Splunk active'],
  },
  'the investors who led a round invest in the company that raised it': {
    text: '리벨리온은 KT와 미래에셋증권이 주도한 시리즈B 투자에서 1650억 원을 유치했다.',
    entities: ['리벨리온:Company', 'KT:Company', '미래에셋증권:Company'],
    gives: ['INVESTS_IN KT→리벨리온 active', 'INVESTS_IN 미래에셋증권→리벨리온 active'],
    not: ['INVESTS_IN 리벨리온→KT active'],
  },
  'a round led by an unknown investor gives no known one': {
    text: '리벨리온은 한국투자파트너스가 주도한 투자에서 1650억 원을 유치했고, KT는 이를 반겼다.',
    entities: ['리벨리온:Company', 'KT:Company'],
    gives: [],
    not: ['INVESTS_IN KT→리벨리온 active', 'INVESTS_IN 리벨리온→KT active'],
  },
  'shareholders joining (주주로 참여) invest in the topic': {
    text: '스테이지엑스는 알뜰폰 업체가 세운 법인으로, 야놀자와 더존비즈온 등이 주주로 참여하기로 했다.',
    entities: ['스테이지엑스:Company', '야놀자:Company', '더존비즈온:Company'],
    gives: ['INVESTS_IN 야놀자→스테이지엑스 announced', 'INVESTS_IN 더존비즈온→스테이지엑스 announced'],
  },
  'developing together (함께 개발) is a partnership': {
    text: 'LG전자와 텐스토렌트는 AI 칩을 함께 개발해 왔다.',
    entities: ['LG전자:Company', '텐스토렌트:Company'],
    gives: ['PARTNERS_WITH LG전자→텐스토렌트 active'],
  },
  'a company split from its group (떨어져 나온) was owned by it': {
    text: 'HMM은 2016년 현대그룹에서 떨어져 나온 뒤 산업은행 관리를 받았다.',
    entities: ['HMM:Company', '현대그룹:Company'],
    gives: ['OWNS 현대그룹→HMM ended'],
  },
  'English: "spun out of" names the former owner': {
    text: 'Catalent was spun out of Cardinal Health in 2007.',
    entities: ['Catalent:Company', 'Cardinal Health:Company'],
    gives: ['OWNS Cardinal Health→Catalent ended'],
    not: ['OWNS Catalent→Cardinal Health ended'],
  },
  'English: "compete" with a pair of names': {
    text: 'Kroger and Albertsons compete head to head in many markets.',
    entities: ['Kroger:Company', 'Albertsons:Company'],
    gives: ['COMPETES_WITH Kroger→Albertsons active'],
  },
  'a company held as a subsidiary (자회사로 두다) is owned': {
    text: '웹툰엔터테인먼트는 네이버웹툰과 라인디지털프런티어, 왓패드를 자회사로 두고 있다.',
    entities: ['웹툰엔터테인먼트:Company', '네이버웹툰:Company', '라인디지털프런티어:Company', '왓패드:Company'],
    gives: [
      'OWNS 웹툰엔터테인먼트→네이버웹툰 active',
      'OWNS 웹툰엔터테인먼트→라인디지털프런티어 active',
      'OWNS 웹툰엔터테인먼트→왓패드 active',
    ],
  },
  'English: "who chairs"': {
    text: 'Alex Taylor, who chairs Cox Enterprises, will become chairman of Charter.',
    entities: ['Alex Taylor:Person', 'Cox Enterprises:Company', 'Charter:Company'],
    gives: ['LEADS Alex Taylor→Cox Enterprises announced'],
  },
  'English: a place before the kind of organisation an apposition names': {
    text: 'Databricks agreed to buy MosaicML, a San Francisco startup that trains language models.',
    entities: ['Databricks:Company', 'MosaicML:Company', 'San Francisco:Place'],
    gives: ['LOCATED_IN MosaicML→San Francisco active', 'OWNS Databricks→MosaicML announced'],
  },
  'English: a place before a phrase with a preposition is no origin': {
    text: "It shelved a plant in Germany's Saarland with auto supplier ZF.",
    entities: ['Germany:Place', 'Saarland:Place', 'ZF:Company'],
    gives: [],
    not: ['LOCATED_IN ZF→Saarland active'],
  },
  'a title after a place is held at its government': {
    text: '기시다 후미오 일본 총리는 반도체 지원을 약속했다.',
    entities: ['기시다 후미오:Person', '일본:Place', '일본 정부:Government'],
    gives: ['LEADS 기시다 후미오→일본 정부 active'],
  },
  'a title after a place with no known government leads nothing': {
    text: '브라이언 켐프 조지아 주지사는 거부권 행사를 요청했다.',
    entities: ['브라이언 켐프:Person', '조지아:Place'],
    gives: [],
  },
  'a cue that carries its adnominal ending (짓는) describes the name after it': {
    text: '한수원이 짓는 두코바니 5·6호기는 비소치나주의 원전 부지에 들어선다.',
    entities: ['한수원:Company', '두코바니 5·6호기:Facility', '비소치나주:Place'],
    gives: ['DEVELOPS 한수원→두코바니 5·6호기 active', 'LOCATED_IN 두코바니 5·6호기→비소치나주 active'],
  },
  'English: "assembles … for"': {
    text: 'Foxconn, which assembles iPhones for Apple, is expanding production in India.',
    entities: ['Foxconn:Company', 'Apple:Company', 'India:Place'],
    gives: ['MANUFACTURES_FOR Foxconn→Apple active'],
  },
  "English: the subject of a subordinate participle (after buying) is the sentence's": {
    text: 'Tata Electronics makes iPhones for Apple after buying Lumen in 2023.',
    entities: ['Tata Electronics:Company', 'Apple:Company', 'Lumen:Company'],
    gives: ['OWNS Tata Electronics→Lumen active'],
    not: ['OWNS Apple→Lumen active'],
  },
  'a part of a business bought (의 낸드 사업, "Wistron\'s factory") is not its owner bought': {
    text: 'SK하이닉스는 인텔의 낸드 사업을 90억 달러에 사들이기로 했다.',
    entities: ['SK하이닉스:Company', '인텔:Company'],
    gives: [],
    not: ['OWNS SK하이닉스→인텔 announced'],
  },
  'English: a factory of a company bought is not the company': {
    text: "Tata Electronics bought Wistron's Indian factory in 2023.",
    entities: ['Tata Electronics:Company', 'Wistron:Company'],
    gives: [],
    not: ['OWNS Tata Electronics→Wistron active'],
  },
  'a product described by the copula as an organisation’s kind of product': {
    text: '갤럭시 S25는 애플의 아이폰과 경쟁하는 삼성전자의 스마트폰이다.',
    entities: ['갤럭시 S25:Product', '삼성전자:Company', '애플:Company', '아이폰:Product'],
    gives: ['DEVELOPS 삼성전자→갤럭시 S25 active', 'DEVELOPS 애플→아이폰 active'],
    not: ['DEVELOPS 애플→갤럭시 S25 active'],
  },
  'a place that a company represents (대한민국을 대표하는) is its home': {
    text: '대한민국을 대표하는 삼성전자의 주가는 하락했다.',
    entities: ['대한민국:Place', '삼성전자:Company'],
    gives: ['LOCATED_IN 삼성전자→대한민국 active'],
  },
  'a contest (각축, 신경전) between coordinated names is competition': {
    text: '쿠팡과 네이버는 이커머스 시장에서 각축을 벌이고 있다.',
    entities: ['쿠팡:Company', '네이버:Company'],
    gives: ['COMPETES_WITH 쿠팡→네이버 active'],
  },
  'a list whose members are written after their origins (일본 후지필름)': {
    text: '루닛은 흉부 엑스레이 분석 AI를 GE헬스케어와 일본 후지필름에 공급하고 있다.',
    entities: ['루닛:Company', 'GE헬스케어:Company', '일본:Place', '후지필름:Company'],
    gives: ['SUPPLIES 루닛→GE헬스케어 active', 'SUPPLIES 루닛→후지필름 active', 'LOCATED_IN 후지필름→일본 active'],
    not: ['SUPPLIES GE헬스케어→후지필름 active'],
  },
  'English: a name after "with" co-founds with the subject': {
    text: 'Kurtz co-founded CrowdStrike in 2011 with Dmitri Alperovitch.',
    entities: ['Kurtz:Person', 'CrowdStrike:Company', 'Dmitri Alperovitch:Person'],
    gives: ['FOUNDED Kurtz→CrowdStrike active', 'FOUNDED Dmitri Alperovitch→CrowdStrike active'],
  },
  'English: a name after "with" is no target of a directed verb': {
    text: 'Seagen sells Padcev with Astellas Pharma.',
    entities: ['Seagen:Company', 'Padcev:Product', 'Astellas Pharma:Company'],
    gives: [],
    not: ['SUPPLIES Seagen→Astellas Pharma active'],
  },
  'English: the cue’s own "with" takes its object': {
    text: 'Air India completed its merger with Vistara in November.',
    entities: ['Air India:Company', 'Vistara:Company'],
    gives: ['OWNS Air India→Vistara active'],
  },
  'English: an office left as an organisation’s title': {
    text: "Siegall stepped down as Seagen's chief executive in 2022.",
    entities: ['Siegall:Person', 'Seagen:Company'],
    gives: ['LEADS Siegall→Seagen ended'],
  },
  'English: "who became" an organisation’s title': {
    text: "Tim Wentworth, who became Walgreens' chief executive in October 2023, closed stores.",
    entities: ['Tim Wentworth:Person', 'Walgreens:Company'],
    gives: ['LEADS Tim Wentworth→Walgreens active'],
  },
  'an event held at a venue in a place (부산 벡스코에서 열린)': {
    text: '위메이드는 지난달 부산 벡스코에서 열린 지스타 2022에 참가했다.',
    entities: ['위메이드:Company', '부산:Place', '지스타 2022:Event'],
    gives: ['LOCATED_IN 지스타 2022→부산 active', 'PARTICIPATES_IN 위메이드→지스타 2022 active'],
  },
  'English: a regulator that capped production': {
    text: "The Federal Aviation Administration capped Boeing's production at 38 jets a month.",
    entities: ['Federal Aviation Administration:Government', 'Boeing:Company'],
    gives: ['REGULATES Federal Aviation Administration→Boeing active'],
  },
  'English: a rival described by its origin (Boeing’s European rival)': {
    text: "Airbus, Boeing's European rival, will take over Spirit's work.",
    entities: ['Airbus:Company', 'Boeing:Company', 'Spirit:Company'],
    gives: ['COMPETES_WITH Airbus→Boeing active'],
  },
  'English: "X\'s medicines include A"': {
    text: "Seagen's medicines include Adcetris and Padcev.",
    entities: ['Seagen:Company', 'Adcetris:Product', 'Padcev:Product'],
    gives: ['DEVELOPS Seagen→Adcetris active', 'DEVELOPS Seagen→Padcev active'],
  },
  'English: a role noun after a bare apostrophe (Walgreens’ largest shareholder)': {
    text: "Stefano Pessina, Walgreens' largest shareholder, will roll over his stake.",
    entities: ['Stefano Pessina:Person', 'Walgreens:Company'],
    gives: ['INVESTS_IN Stefano Pessina→Walgreens active'],
  },
  'a topic, then a role noun before a name (이마트는 자회사 SSG닷컴에, HLB는 미국 자회사 엘레바)': {
    text: 'HLB는 미국 자회사 엘레바 테라퓨틱스가 신청한 신약에 대해 밝혔다.',
    entities: ['HLB:Company', '미국:Place', '엘레바 테라퓨틱스:Company'],
    gives: ['OWNS HLB→엘레바 테라퓨틱스 active'],
  },
  'English: a unit of a company written with its origin': {
    text: "Panasonic Energy, a unit of Japan's Panasonic Holdings, is building the plant.",
    entities: ['Panasonic Energy:Company', 'Panasonic Holdings:Company', 'Japan:Place'],
    gives: ['OWNS Panasonic Holdings→Panasonic Energy active', 'LOCATED_IN Panasonic Holdings→Japan active'],
  },
  'English: "is discussing with" is a partnership considered': {
    text: 'Microsoft is discussing with CrowdStrike how to move security software out of Windows.',
    entities: ['Microsoft:Company', 'CrowdStrike:Company'],
    gives: ['PARTNERS_WITH Microsoft→CrowdStrike considered'],
  },
  'the subject of 있다 is at the place written before it': {
    text: '인천국제공항은 인천 중구 영종도에 있으며, 인천국제공항공사가 운영한다.',
    entities: ['인천국제공항:Facility', '중구:Place'],
    gives: ['LOCATED_IN 인천국제공항→중구 active'],
  },
  'a later subject whose name is not known is what 있다 places': {
    text: '하만은 삼성전자가 2017년 인수한 기업으로, 본사는 코네티컷주 스탬퍼드에 있다.',
    entities: ['하만:Company', '삼성전자:Company', '스탬퍼드:Place'],
    gives: ['LOCATED_IN 하만→스탬퍼드 active'],
    not: ['LOCATED_IN 삼성전자→스탬퍼드 active'],
  },
  'English: a clause after an apposition starts at a comma and a verb with its object': {
    text: 'Adyen, founded in 2006 by Pieter van der Does, listed its shares on Euronext Amsterdam in 2018.',
    entities: ['Adyen:Company', 'Pieter van der Does:Person', 'Euronext Amsterdam:Company'],
    gives: ['FOUNDED Pieter van der Does→Adyen active'],
    not: ['FOUNDED Pieter van der Does→Euronext Amsterdam active'],
  },
  'English: a place-based description with a kind word names the company of the sentence before': {
    text: 'Pfizer completed its purchase of Seagen on Thursday. The New York-based drugmaker won clearance from regulators.',
    entities: ['Pfizer:Company', 'Seagen:Company', 'New York:Place'],
    gives: ['OWNS Pfizer→Seagen active', 'LOCATED_IN Pfizer→New York active'],
    not: ['LOCATED_IN Seagen→New York active'],
  },
  'a purpose (막기 위해) and a year (지난해) end no clause before the verb': {
    text: '미국 연방거래위원회는 엔비디아의 Arm 인수를 막기 위해 지난해 소송을 제기했다.',
    entities: ['미국:Place', '연방거래위원회:Government', '엔비디아:Company', 'Arm:Company'],
    gives: ['REGULATES 연방거래위원회→엔비디아 active', 'OWNS 엔비디아→Arm active'],
  },
  'a deal reported as completed is active, whatever reports it': {
    text: 'hy는 메쉬코리아의 인수를 마무리했다고 4일 밝혔다.',
    entities: ['hy:Company', '메쉬코리아:Company'],
    gives: ['OWNS hy→메쉬코리아 active'],
  },
  'English: "said it had completed its purchase" is active': {
    text: 'Bunge said on Wednesday it had completed its purchase of Viterra.',
    entities: ['Bunge:Company', 'Viterra:Company'],
    gives: ['OWNS Bunge→Viterra active'],
  },
  'a sale completed is an ending': {
    text: 'LG화학은 A사 지분을 B사에 매각을 완료했다.',
    entities: ['LG화학:Company', 'A사:Company', 'B사:Company'],
    gives: ['INVESTS_IN LG화학→A사 ended'],
  },
  'English: a proposal withdrawn is ended': {
    text: 'Couche-Tard said it had withdrawn its proposal to buy Seven & i.',
    entities: ['Couche-Tard:Company', 'Seven & i:Company'],
    gives: ['OWNS Couche-Tard→Seven & i ended'],
  },
  'a board that dismisses one head and appoints another': {
    text: '메쉬코리아 이사회는 지난해 11월 유정범 대표를 해임하고 김형설 부사장을 새 대표로 선임했다.',
    entities: ['메쉬코리아:Company', '유정범:Person', '김형설:Person'],
    gives: ['LEADS 유정범→메쉬코리아 ended', 'LEADS 김형설→메쉬코리아 active'],
  },
  'an appointee’s own former title is not the office appointed to': {
    text: 'KT 이사회는 김영섭 전 LG CNS 사장을 대표이사로 선임했다.',
    entities: ['KT:Company', '김영섭:Person', 'LG CNS:Company'],
    gives: ['LEADS 김영섭→KT active', 'LEADS 김영섭→LG CNS ended'],
  },
  'a technology licence (기술이전) is a partnership': {
    text: '에이비엘바이오는 사노피에 ABL301을 기술이전했다.',
    entities: ['에이비엘바이오:Company', '사노피:Company', 'ABL301:Product'],
    gives: ['PARTNERS_WITH 에이비엘바이오→사노피 active'],
  },
  'English: a role noun of an apposition after a nationality (the Canadian owner of)': {
    text: 'Alimentation Couche-Tard, the Canadian owner of the Circle K convenience chain, withdrew its offer.',
    entities: ['Alimentation Couche-Tard:Company', 'Circle K:Company'],
    gives: ['OWNS Alimentation Couche-Tard→Circle K active'],
  },
  'English: a clause after a relative clause starts at ", and counts"': {
    text: 'Stripe was founded in 2010 by Patrick Collison, who grew up in Ireland, and counts Amazon among its customers.',
    entities: ['Stripe:Company', 'Patrick Collison:Person', 'Amazon:Company'],
    gives: ['FOUNDED Patrick Collison→Stripe active'],
    not: ['FOUNDED Patrick Collison→Amazon active', 'FOUNDED Stripe→Amazon active'],
  },
  'English: a company named after "after leaving" is no argument of the verb before it': {
    text: "Zoom is the company that Eric Yuan founded after leaving Cisco's Webex unit.",
    entities: ['Zoom:Company', 'Eric Yuan:Person', 'Cisco:Company'],
    gives: [],
    not: ['FOUNDED Eric Yuan→Cisco active'],
  },
  'English: a company that qualifies the founders (former IBM engineers) is no founder': {
    text: 'SAP was founded in 1972 by five former IBM engineers.',
    entities: ['SAP:Company', 'IBM:Company'],
    gives: [],
    not: ['FOUNDED IBM→SAP active'],
  },
  'a home country noun after a list of organisations (등의 모국인)': {
    text: '애플, 구글, 마이크로소프트 등의 모국인 미국은 AI 산업을 주도한다.',
    entities: ['애플:Company', '구글:Company', '마이크로소프트:Company', '미국:Place'],
    gives: ['LOCATED_IN 애플→미국 active', 'LOCATED_IN 구글→미국 active', 'LOCATED_IN 마이크로소프트→미국 active'],
  },
  "English: a home country after 's": {
    text: "Toyota's home country, Japan, is still its largest market.",
    entities: ['Toyota:Company', 'Japan:Place'],
    gives: ['LOCATED_IN Toyota→Japan active'],
  },
  'subjects acting each on its own (A가 X, B가 Y를 각각 투자해), on what is built, not on its place': {
    text: '삼성전자가 300조 원, SK하이닉스가 120조 원을 각각 투자해 경기도 용인에 조성 중인 반도체 클러스터에 대한 우려도 나왔다.',
    entities: ['삼성전자:Company', 'SK하이닉스:Company', '용인:Place', '반도체 클러스터:Facility'],
    gives: [
      'INVESTS_IN 삼성전자→반도체 클러스터 active',
      'INVESTS_IN SK하이닉스→반도체 클러스터 active',
      'DEVELOPS SK하이닉스→반도체 클러스터 active',
      'LOCATED_IN 반도체 클러스터→용인 active',
    ],
    not: ['INVESTS_IN SK하이닉스→용인 active', 'PARTNERS_WITH 삼성전자→SK하이닉스 active'],
  },
  'shares stated each (A가 51%, B가 49%를 각각 출자해 세운)': {
    text: '포스코가 51%, 현대제철이 49%를 각각 출자해 세운 합작사 PH스틸은 올해 출범했다.',
    entities: ['포스코:Company', '현대제철:Company', 'PH스틸:Company'],
    gives: ['FOUNDED 포스코→PH스틸 active', 'FOUNDED 현대제철→PH스틸 active', 'INVESTS_IN 포스코→PH스틸 active'],
  },
  'a person as the dropped subject of the next sentence, which starts with a name': {
    text: '샘 올트먼은 엑소와트에 투자했다. 헬리온에는 5천억 원을 쏟아붓기도 했다.',
    entities: ['샘 올트먼:Person', '엑소와트:Company', '헬리온:Company'],
    gives: ['INVESTS_IN 샘 올트먼→헬리온 active'],
  },
  'a dropped subject is written next to nothing: the object of a describing clause keeps its maker': {
    text: 'MS가 메타와 손잡았다. 챗GPT를 개발한 오픈AI와 메타의 모델을 함께 제공한다는 취지다.',
    entities: ['MS:Company', '메타:Company', '챗GPT:Product', '오픈AI:Company'],
    gives: ['DEVELOPS 오픈AI→챗GPT active'],
    not: ['DEVELOPS MS→챗GPT active'],
  },
  'a quoting adnominal (모색한다는) is no subject: the dropped subject signs the letter of intent': {
    text: 'ASML이 네덜란드에서 생산시설 확장을 추진한다. 아인트호벤시와 대규모 확장을 모색한다는 의향서에 서명했다.',
    entities: ['ASML:Company', '네덜란드:Place', '아인트호벤시:Government'],
    gives: ['PARTNERS_WITH ASML→아인트호벤시 active'],
  },
  'a memorandum of another kind is no partnership with its object; names listed as possessors are no partners': {
    text: 'CJ ENM과 SK스퀘어는 티빙과 웨이브의 합병을 추진하기 위한 양해각서(MOU)를 맺었다.',
    entities: ['CJ ENM:Company', 'SK스퀘어:Company', '티빙:Company', '웨이브:Company'],
    gives: ['PARTNERS_WITH CJ ENM→SK스퀘어 considered'],
    not: ['PARTNERS_WITH CJ ENM→티빙 active', 'PARTNERS_WITH SK스퀘어→티빙 active'],
  },
  'a bare name with 역시 heads its own clause: no target of the clause before it': {
    text: 'MS는 일본 AI 인프라에 4조 원을 투자한다고 밝혔고, 아마존 역시 20조 원을 쏟아붓기로 했다.',
    entities: ['MS:Company', '아마존:Company'],
    gives: [],
    not: ['INVESTS_IN MS→아마존 announced', 'INVESTS_IN MS→아마존 active'],
  },
  'a product named after its maker (MS 365), alone in its sentence': {
    text: 'MS 365는 워드와 엑셀이 포함된 사무용 소프트웨어다.',
    entities: ['MS:Company', 'MS 365:Product'],
    gives: ['DEVELOPS MS→MS 365 active'],
  },
  'a plant named after its owner is not its product': {
    text: 'The vehicles will be built at Hyundai Metaplant, the new plant in Georgia.',
    entities: ['Hyundai:Company', 'Hyundai Metaplant:Facility', 'Georgia:Place'],
    gives: [],
    not: ['DEVELOPS Hyundai→Hyundai Metaplant active'],
  },
  'a name before a role noun marked as an object (챗GPT 대항마를) is no argument of the verb': {
    text: '소프트뱅크는 AI 투자를 늘렸다. 자체 개발로 챗GPT 대항마를 탄생시키는 쪽으로 가닥을 잡았다.',
    entities: ['소프트뱅크:Company', '챗GPT:Product'],
    gives: [],
    not: ['COMPETES_WITH 소프트뱅크→챗GPT active', 'DEVELOPS 소프트뱅크→챗GPT active'],
  },
  'a founder of what the topic grew out of (세운 X를 모태로) is not its founder; a kind of company may stand before the name':
    {
      text: '한진그룹은 1945년 조중훈이 인천에서 세운 운송회사 한진상사를 모태로 한다.',
      entities: ['한진그룹:Company', '조중훈:Person', '한진상사:Company', '인천:Place'],
      gives: ['FOUNDED 조중훈→한진상사 active'],
      not: ['FOUNDED 조중훈→한진상사 announced', 'FOUNDED 조중훈→한진그룹 announced', 'FOUNDED 조중훈→한진그룹 active'],
    },
  'an unknown noun described by a founding clause, as an object of another verb, takes the founding with it': {
    text: '건국대학교는 의사 유석창이 1931년 세운 민중병원을 모태로 하는 사립대학이다.',
    entities: ['건국대학교:ResearchOrg', '유석창:Person'],
    gives: [],
    not: ['FOUNDED 유석창→건국대학교 active'],
  },
  'a home held by an unknown noun that is the topic or subject (본사를 둔 … 휴젤은) is no later name’s home': {
    text: '강원 춘천에 본사를 둔 보툴리눔 톡신 기업 휴젤은 2021년 GS그룹이 주도한 컨소시엄에 인수됐다. 경남 진주에 본사를 둔 한국토지주택공사(LH)는 경기도시공사 사장을 지낸 이한준을 새 사장으로 맞았다.',
    entities: ['춘천:Place', 'GS그룹:Company', '진주:Place', '경기도시공사:Government'],
    gives: [],
    not: ['LOCATED_IN GS그룹→춘천 active', 'LOCATED_IN 경기도시공사→진주 ended'],
  },
  'a home held by a known name after a description (본사를 둔 게임 회사 넥슨은)': {
    text: '경기 성남시에 본사를 둔 게임 회사 넥슨은 2024년 신작을 냈다.',
    entities: ['성남시:Place', '넥슨:Company'],
    gives: ['LOCATED_IN 넥슨→성남시 active'],
  },
  'English: a sentence’s first name written "in" a place before its verb or a comma is there; an object is not': {
    text: 'The Metropolitan Museum of Art in New York has been run by Max Hollein since 2018. Nvidia met Samsung in Seoul on Friday.',
    entities: [
      'Metropolitan Museum of Art:ResearchOrg',
      'New York:Place',
      'Nvidia:Company',
      'Samsung:Company',
      'Seoul:Place',
    ],
    gives: ['LOCATED_IN Metropolitan Museum of Art→New York active'],
    not: ['LOCATED_IN Samsung→Seoul active', 'LOCATED_IN Nvidia→Seoul active'],
  },
  'English: the one an apposition puts "behind" a product makes it': {
    text: 'Microsoft bought Mojang, the Stockholm studio behind Minecraft, for $2.5 billion in 2014.',
    entities: ['Microsoft:Company', 'Mojang:Company', 'Minecraft:Product'],
    gives: ['DEVELOPS Mojang→Minecraft active', 'OWNS Microsoft→Mojang active'],
    not: ['DEVELOPS Microsoft→Minecraft active'],
  },
  'a role noun of the topic said by the copula names its N (대표 제품은 워드프로세서 한글이다, 최대주주는 BC카드다)': {
    text: '한글과컴퓨터는 1990년 이찬진이 창업한 소프트웨어 회사로, 대표 제품은 워드프로세서 한글이다. 케이뱅크는 2017년 출범한 인터넷은행으로, 최대주주는 BC카드다.',
    entities: ['한글과컴퓨터:Company', '한글:Product', '케이뱅크:Company', 'BC카드:Company'],
    gives: ['DEVELOPS 한글과컴퓨터→한글 active', 'OWNS BC카드→케이뱅크 active'],
  },
  'a Korean possessor before up to three bare words and a product makes it (LIG넥스원의 중거리 지대공 미사일 천궁-II)':
    {
      text: '사우디아라비아는 2024년 LIG넥스원의 중거리 지대공 미사일 천궁-II를 도입하기로 했다.',
      entities: ['LIG넥스원:Company', '천궁-II:Product'],
      gives: ['DEVELOPS LIG넥스원→천궁-II active'],
    },
  'a person who opened what the topic started from founded it (Y가 연 1호점에서 출발했으며), a former name did not': {
    text: '다이소는 박정부가 1997년 서울 천호동에 연 1호점에서 출발했으며, 2023년 지분을 정리했다. 포스코는 1968년 포항종합제철에서 출발했다.',
    entities: ['다이소:Company', '박정부:Person', '포스코:Company', '포항종합제철:Company'],
    gives: ['FOUNDED 박정부→다이소 active'],
    not: ['FOUNDED 포항종합제철→포스코 active', 'FOUNDED 포스코→포항종합제철 active'],
  },
  'English: "whose chief executive is X" is an office at the organisation before it': {
    text: 'Airbnb, whose chief executive is Brian Chesky, competes with Booking Holdings.',
    entities: ['Airbnb:Company', 'Brian Chesky:Person'],
    gives: ['LEADS Brian Chesky→Airbnb active'],
  },
  'a person who leads the copula’s noun leads the topic (X는 Y 대표가 이끄는 게임사로), not a noun of another verb': {
    text: '펄어비스는 허진영 대표가 이끄는 게임사로, 신작을 개발하고 있다. 카카오는 구영배 대표가 이끄는 큐텐에 투자했다.',
    entities: ['펄어비스:Company', '허진영:Person', '카카오:Company', '구영배:Person'],
    gives: ['LEADS 허진영→펄어비스 active'],
    not: ['LEADS 구영배→카카오 active'],
  },
  'the first of a coordinated subject whose other members are not known founds too (A와 B가 함께 세운, A와 B 등이 세운)':
    {
      text: '이지훈과 김종흔이 2007년 함께 세운 데브시스터즈는 쿠키런으로 이름을 알렸다. 미야자키 하야오와 다카하타 이사오 등이 1985년 세운 스튜디오 지브리는 도쿄에 있다.',
      entities: ['이지훈:Person', '데브시스터즈:Company', '미야자키 하야오:Person', '스튜디오 지브리:Company'],
      gives: ['FOUNDED 이지훈→데브시스터즈 active', 'FOUNDED 미야자키 하야오→스튜디오 지브리 active'],
    },
  'a cue joined by -해 to a verb with one argument of its own still describes the name (제작해 JTBC에서 방영된 드라마 X)':
    {
      text: "HB엔터테인먼트가 제작해 JTBC에서 방영된 드라마 'SKY 캐슬'은 최고 시청률을 기록했다.",
      entities: ['HB엔터테인먼트:Company', 'SKY 캐슬:Product', 'JTBC:Company'],
      gives: ['DEVELOPS HB엔터테인먼트→SKY 캐슬 active'],
    },
  'an adnominal maker’s verb (펴내는) and up to three bare words before the described name': {
    text: '만화 잡지 주간 소년 점프를 펴내는 슈에이샤는 같은 그룹에 속한다. 한국항공우주산업이 개발한 한국형 전투기 시제기 KF-21은 첫 비행을 마쳤다.',
    entities: ['주간 소년 점프:Product', '슈에이샤:Company', '한국항공우주산업:Company', 'KF-21:Product'],
    gives: ['DEVELOPS 슈에이샤→주간 소년 점프 active', 'DEVELOPS 한국항공우주산업→KF-21 active'],
  },
  'an organisation said to be at a place (에 있는 X는) is there, unless what follows is its unit, plant or store': {
    text: '미국 워싱턴에 있는 브루킹스연구소는 1916년 문을 열었다. 경북 안동에 있는 SK바이오사이언스의 백신 공장은 백신을 만들었다. 서울 강남구 도곡동에 있는 연세의료원 소속 병원이다. 서울 서초구 반포동에 있는 신세계백화점 강남점은 매출 3조 원을 넘었다.',
    entities: [
      '워싱턴:Place',
      '브루킹스연구소:ResearchOrg',
      '안동:Place',
      'SK바이오사이언스:Company',
      '강남구:Place',
      '연세의료원:Company',
      '서초구:Place',
      '신세계백화점:Company',
    ],
    gives: ['LOCATED_IN 브루킹스연구소→워싱턴 active'],
    not: [
      'LOCATED_IN SK바이오사이언스→안동 active',
      'LOCATED_IN 연세의료원→강남구 active',
      'LOCATED_IN 신세계백화점→서초구 active',
    ],
  },
  'a person who started what the topic is as something (가죽 제품 가게로 시작한 브랜드로) founded it': {
    text: '구찌는 구초 구치가 1921년 이탈리아 피렌체에서 가죽 제품 가게로 시작한 브랜드로, 지금은 케링 그룹에 속해 있다. 삼성전자는 2023년 HBM3 양산을 시작했다.',
    entities: ['구찌:Company', '구초 구치:Person', '삼성전자:Company', 'HBM3:Product'],
    gives: ['FOUNDED 구초 구치→구찌 active'],
    not: ['FOUNDED 삼성전자→HBM3 active'],
  },
  'a facility opened or run at a place, past a date and a description, is there': {
    text: '현대백화점이 2021년 2월 서울 여의도에 연 더현대 서울은 매출 1조 원을 넘겼다. CJ대한통운은 경기 광주에 메가허브 곤지암 터미널을 운영하고 있다.',
    entities: [
      '현대백화점:Company',
      '여의도:Place',
      '더현대 서울:Facility',
      'CJ대한통운:Company',
      '광주:Place',
      '메가허브 곤지암 터미널:Facility',
    ],
    gives: ['LOCATED_IN 더현대 서울→여의도 active', 'LOCATED_IN 메가허브 곤지암 터미널→광주 active'],
  },
  'a known name listed before an unknown object of a directed verb is one of its objects (카나브와 위장약 겔포스를 만든다)':
    {
      text: '보령은 김승호가 1963년 세운 제약회사로, 고혈압 치료제 카나브와 위장약 겔포스를 만든다. 한화 이글스와 롯데 자이언츠는 각각 대전과 부산을 연고로 하는 프로야구단이다.',
      entities: ['보령:Company', '카나브:Product', '롯데 자이언츠:Company', '대전:Place'],
      gives: ['DEVELOPS 보령→카나브 active'],
      not: ['LOCATED_IN 롯데 자이언츠→대전 active'],
    },
  'a name that describes an unknown topic through 자회사인 or the copula’s 자회사로, takes no part in the topic’s acts':
    {
      text: '넥슨 자회사인 넥슨게임즈는 박용현 대표가 이끌고 있다. 팬 플랫폼 위버스를 운영하는 위버스컴퍼니는 하이브 자회사로, 2023년 최준원 대표가 취임했다.',
      entities: ['넥슨:Company', '박용현:Person', '하이브:Company', '최준원:Person'],
      gives: [],
      not: ['LEADS 박용현→넥슨 active', 'LEADS 최준원→하이브 active'],
    },
  'a subject in a clause of renaming (이름을 바꾼 회사로,) is not the subject of the home after it; "이 도시에" is the place before':
    {
      text: 'HD현대마린엔진은 HD한국조선해양이 인수한 STX중공업이 이름을 바꾼 회사로, 경남 창원시에 본사를 두고 있다. 조반니 바티스타 피렐리가 1872년 밀라노에서 세운 피렐리는 지금도 이 도시에 본사를 두고 있다.',
      entities: ['HD현대마린엔진:Company', 'STX중공업:Company', '창원시:Place', '밀라노:Place', '피렐리:Company'],
      gives: ['LOCATED_IN HD현대마린엔진→창원시 active', 'LOCATED_IN 피렐리→밀라노 active'],
      not: ['LOCATED_IN STX중공업→창원시 active'],
    },
  'where a company was founded (에서 세운) is no home, unless the home is said to be there still (이곳에 본사를)': {
    text: '혼다는 1948년 혼다 소이치로가 시즈오카현 하마마쓰에서 세운 회사로, 지금은 도쿄 미나토구에 본사를 두고 있다. 프록터앤드갬블은 1837년 미국 신시내티에서 세운 생활용품 기업으로, 지금도 이곳에 본사를 두고 있다.',
    entities: ['혼다:Company', '하마마쓰:Place', '프록터앤드갬블:Company', '신시내티:Place'],
    gives: ['LOCATED_IN 프록터앤드갬블→신시내티 active'],
    not: ['LOCATED_IN 혼다→하마마쓰 active'],
  },
  'a possessor in the copula’s noun or after an unknown topic does not act for the topic (X의 자회사로, … 본사를 두고 있다)':
    {
      text: '한전KDN은 한국전력공사의 정보통신 자회사로, 전남 나주시 빛가람동에 본사를 두고 있다. 리벨리온은 KT의 투자를 유치한 뒤 AI 반도체 아톰을 양산했다.',
      entities: ['한국전력공사:Company', '나주시:Place', 'KT:Company', '아톰:Product'],
      gives: [],
      not: ['LOCATED_IN 한국전력공사→나주시 active', 'DEVELOPS KT→아톰 active'],
    },
  'a possessor of the topic acts through it across clauses (엔비디아의 젠슨 황 CEO는 … 진행하며 … 고려)': {
    text: '엔비디아의 젠슨 황 CEO는 도쿄에서 대담을 진행하며 라피더스와의 협력을 검토하고 있다고 밝혔다.',
    entities: ['엔비디아:Company', '라피더스:Company'],
    gives: ['PARTNERS_WITH 엔비디아→라피더스 considered'],
  },
  'the copula and a place of origin (세운 회사로, 세운 X에서 출발했다) keep the founder of the topic': {
    text: '크라운제과는 1947년 윤태현이 세운 제과 회사로, 2005년 해태제과를 인수했다.',
    entities: ['크라운제과:Company', '윤태현:Person', '해태제과:Company'],
    gives: ['FOUNDED 윤태현→크라운제과 active', 'OWNS 크라운제과→해태제과 active'],
  },
  'the content of an act (투자하는 방안을, 공급하는 계약을) keeps its parties': {
    text: '소프트뱅크는 한때 오픈AI에 투자하는 방안을 검토했다.',
    entities: ['소프트뱅크:Company', '오픈AI:Company'],
    gives: ['INVESTS_IN 소프트뱅크→오픈AI considered'],
  },
  'the seller of a product another company made (X가 개발한 Y를 판매한다) is not its developer': {
    text: '동아오츠카는 오츠카제약이 개발한 이온음료 포카리스웨트를 국내에서 판매한다.',
    entities: ['동아오츠카:Company', '오츠카제약:Company', '포카리스웨트:Product'],
    gives: ['DEVELOPS 오츠카제약→포카리스웨트 active'],
    not: ['DEVELOPS 동아오츠카→포카리스웨트 active'],
  },
  'a broadcaster of a programme, and a builder by 착공해 … 준공한, develop them': {
    text: '나 혼자 산다는 MBC가 2013년부터 방송하고 있는 예능 프로그램이다. 새만금방조제는 한국농어촌공사가 1991년 착공해 2010년 준공한 방조제다.',
    entities: ['나 혼자 산다:Product', 'MBC:Company', '새만금방조제:Facility', '한국농어촌공사:Government'],
    gives: ['DEVELOPS MBC→나 혼자 산다 active', 'DEVELOPS 한국농어촌공사→새만금방조제 active'],
  },
  'a completion ceremony (준공식) is no act of building': {
    text: '정의선 회장은 2025년 3월 조지아주 HMGMA 준공식에 참석했다.',
    entities: ['정의선:Person', 'HMGMA:Facility', '조지아주:Place'],
    gives: [],
    not: ['DEVELOPS 정의선→HMGMA active'],
  },
  'the topic is at a place (Y에 있는 공항으로, 자리 잡은 X이다)': {
    text: '양양국제공항은 강원 양양군에 있는 공항으로, 한국공항공사가 운영한다.',
    entities: ['양양국제공항:Facility', '양양군:Place', '한국공항공사:Government'],
    gives: ['LOCATED_IN 양양국제공항→양양군 active'],
  },
  'English: a facility in the state of a place': {
    text: "Vale, Brazil's largest mining company, runs the Carajás mine in the state of Pará.",
    entities: ['Vale:Company', 'Carajás mine:Facility', 'Pará:Place'],
    gives: ['LOCATED_IN Carajás mine→Pará active'],
  },
  'a group a company is an affiliate of (LS그룹 계열의) and a party a person is a member of (소속으로) lead nothing': {
    text: 'E1은 LS그룹 계열의 LPG 회사로, 구자용 회장이 이끌고 있다. 최문순은 더불어민주당 소속으로 강원도지사에 당선됐다.',
    entities: ['LS그룹:Company', '구자용:Person', '최문순:Person', '더불어민주당:Government'],
    gives: [],
    not: ['LEADS 구자용→LS그룹 active', 'LEADS 최문순→더불어민주당 active'],
  },
  'to put forward (앞세워) is not to found': {
    text: '흥국생명 핑크스파이더스는 2025년 4월 김연경을 앞세워 정관장을 꺾었다.',
    entities: ['흥국생명 핑크스파이더스:Company', '김연경:Person', '정관장:Company'],
    gives: [],
    not: ['FOUNDED 김연경→흥국생명 핑크스파이더스 active', 'FOUNDED 흥국생명 핑크스파이더스→정관장 active'],
  },
  'a name before a role noun and the subject it names (넥슨 자회사 네오플이) is no developer': {
    text: '넥슨 자회사 니트로스튜디오가 개발한 카트라이더: 드리프트는 2023년 출시됐다.',
    entities: ['넥슨:Company', '카트라이더: 드리프트:Product'],
    gives: [],
    not: ['DEVELOPS 넥슨→카트라이더: 드리프트 active'],
  },
  'English: a participial aside (", led by chief executive X,") holds no subject of the main verb; "owns N percent of"':
    {
      text: 'ADNOC, led by chief executive Sultan Al Jaber, already owns 24.9 percent of OMV.',
      entities: ['ADNOC:Company', 'Sultan Al Jaber:Person', 'OMV:Company'],
      gives: ['INVESTS_IN ADNOC→OMV active', 'LEADS Sultan Al Jaber→ADNOC active'],
      not: ['INVESTS_IN Sultan Al Jaber→OMV active', 'OWNS ADNOC→OMV active'],
    },
  'English: taken private by investors': {
    text: 'Electronic Arts has agreed to be taken private by Silver Lake.',
    entities: ['Electronic Arts:Company', 'Silver Lake:Company'],
    gives: ['OWNS Silver Lake→Electronic Arts announced'],
  },
  'an office as the topic, held by the name the verb of holding takes (대표이사는 X 부회장이 맡고)': {
    text: '동국홀딩스 대표이사는 장세욱 부회장이 맡고, 장세주 회장은 그룹 경영을 총괄한다.',
    entities: ['동국홀딩스:Company', '장세욱:Person', '장세주:Person'],
    gives: ['LEADS 장세욱→동국홀딩스 active'],
  },
  'English: "its" and a title name the first organisation of the sentence': {
    text: "Telefónica ousted its chairman José María Álvarez-Pallete in January. Ryanair Holdings is Europe's largest airline group, and Michael O'Leary has been its chief executive since 1994.",
    entities: [
      'Telefónica:Company',
      'José María Álvarez-Pallete:Person',
      'Ryanair Holdings:Company',
      "Michael O'Leary:Person",
    ],
    gives: ['LEADS José María Álvarez-Pallete→Telefónica ended', "LEADS Michael O'Leary→Ryanair Holdings active"],
  },
  'English: names inside an apposition set off by commas are no arguments of the main verb': {
    text: 'Supercell, a Helsinki-based game studio majority-owned by Tencent, was founded in 2010 by Ilkka Paananen.',
    entities: ['Supercell:Company', 'Tencent:Company'],
    gives: ['OWNS Tencent→Supercell active'],
    not: ['FOUNDED Tencent→Supercell active'],
  },
  'English: a cue inside an apposition of an unknown name gives the name before it nothing': {
    text: 'OpenAI agreed to buy io Products, the device startup co-founded by former Apple designer Jony Ive.',
    entities: ['OpenAI:Company', 'Jony Ive:Person'],
    gives: [],
    not: ['FOUNDED Jony Ive→OpenAI announced', 'FOUNDED Jony Ive→OpenAI active'],
  },
  'English: an apposition of a place and its state is no apposition (the Newark, California-based maker)': {
    text: 'Lucid Motors, the Newark, California-based maker of the Air sedan, is majority-owned by the fund.',
    entities: ['Lucid Motors:Company', 'Newark:Place'],
    gives: ['LOCATED_IN Lucid Motors→Newark active'],
  },
  'where a thing is put out (유튜브에 내놓자) is no thing made': {
    text: 'JTBC는 2025년 스튜디오C1이 새 야구 예능을 유튜브에 내놓자 소송을 냈다.',
    entities: ['JTBC:Company', '스튜디오C1:Company', '유튜브:Product'],
    gives: [],
    not: ['DEVELOPS JTBC→유튜브 active', 'DEVELOPS 스튜디오C1→유튜브 active'],
  },
  'the members of a consortium that is the topic act as it, a describing word before the second one': {
    text: '동부건설과 사모펀드 에코프라임PE가 꾸린 컨소시엄은 지난 9월 HJ중공업 지분 66.85%를 2268억 원에 사들였다.',
    entities: ['동부건설:Company', '에코프라임PE:Company', 'HJ중공업:Company'],
    gives: [
      'OWNS 동부건설→HJ중공업 active',
      'OWNS 에코프라임PE→HJ중공업 active',
      'PARTNERS_WITH 동부건설→에코프라임PE active',
    ],
  },
  'English: the names that lead a group after "by" take its slot, past a possessor': {
    text: "Electronic Arts agreed to be taken private by a group of investors led by Saudi Arabia's Public Investment Fund, Silver Lake and Affinity Partners.",
    entities: [
      'Electronic Arts:Company',
      'Saudi Arabia:Place',
      'Public Investment Fund:Government',
      'Silver Lake:Company',
      'Affinity Partners:Company',
    ],
    gives: ['OWNS Silver Lake→Electronic Arts announced', 'OWNS Affinity Partners→Electronic Arts announced'],
    not: ['OWNS Electronic Arts→Silver Lake announced'],
  },
  'an office an organisation gives, as a topic before the appointee (대표이사에는 X 사장이 선임됐다)': {
    text: '새 동국제강 대표이사에는 최삼영 사장이, 동국씨엠 대표이사에는 박상훈 사장이 각각 선임됐다.',
    entities: ['동국제강:Company', '최삼영:Person', '동국씨엠:Company', '박상훈:Person'],
    gives: ['LEADS 최삼영→동국제강 active', 'LEADS 박상훈→동국씨엠 active'],
  },
  'a facility built at a place (필리핀에 세운 수빅조선소) is there': {
    text: '한진중공업은 필리핀에 세운 수빅조선소가 부실에 빠지면서 경영난을 겪었다.',
    entities: ['한진중공업:Company', '필리핀:Place', '수빅조선소:Facility'],
    gives: ['LOCATED_IN 수빅조선소→필리핀 active'],
    not: ['LOCATED_IN 한진중공업→필리핀 active'],
  },
  'English: a relative clause or apposition that opens on the sentence’s first name holds no subject of the verb': {
    text: 'Crunchyroll, which Sony Pictures Entertainment bought in 2021, has been led by Rahul Purini since 2022.',
    entities: ['Sony Pictures Entertainment:Company', 'Rahul Purini:Person'],
    gives: [],
    not: ['LEADS Rahul Purini→Sony Pictures Entertainment active'],
  },
  'a topic known by its brand (아파트 브랜드 더샵으로 알려져 있다) makes it': {
    text: '포스코이앤씨는 인천 송도에 본사를 둔 건설사로, 아파트 브랜드 더샵으로 알려져 있다.',
    entities: ['포스코이앤씨:Company', '더샵:Product', '송도:Place'],
    gives: ['DEVELOPS 포스코이앤씨→더샵 active', 'LOCATED_IN 포스코이앤씨→송도 active'],
  },
  'English: an apposition of no known name reaches only the names inside it': {
    text: 'RedBird Capital Partners, the investment firm founded by Gerry Cardinale, bought AC Milan in 2022.',
    entities: ['Gerry Cardinale:Person', 'AC Milan:Company'],
    gives: [],
    not: ['FOUNDED Gerry Cardinale→AC Milan active'],
  },
  'a connective on the cue itself (이끌며) ends its clause: a name after it is no target': {
    text: '오비맥주는 2019년부터 배하준 대표가 이끌며 롯데칠성음료 등과 경쟁한다.',
    entities: ['배하준:Person', '롯데칠성음료:Company'],
    gives: [],
    not: ['LEADS 배하준→롯데칠성음료 active'],
  },
  'rivals that 다투다 (contend) with each other compete': {
    text: '빽다방은 저가 커피 시장에서 메가MGC커피, 컴포즈커피와 점포 수를 다투고 있다.',
    entities: ['빽다방:Company', '메가MGC커피:Company', '컴포즈커피:Company'],
    gives: ['COMPETES_WITH 빽다방→메가MGC커피 active', 'COMPETES_WITH 빽다방→컴포즈커피 active'],
  },
  'English: "the group", "the bank", "the carrier" stand for the last sentence’s organisation': {
    text: 'Prada agreed to buy Versace. The Milan-based group, which also owns Miu Miu, expects to complete the purchase this year.',
    entities: ['Prada:Company', 'Versace:Company', 'Milan:Place', 'Miu Miu:Company'],
    gives: ['LOCATED_IN Prada→Milan active', 'OWNS Prada→Miu Miu announced'],
    // A home is a standing fact: the purchase the sentence expects does not make it announced.
    not: ['LOCATED_IN Prada→Milan announced'],
  },
  'a bare 정부 opening a sentence is Korea’s government where no other was named': {
    text: '정부는 삼성전자에 보조금을 지원하기로 했다.',
    entities: ['한국:Place', '한국 정부:Government', '삼성전자:Company'],
    gives: ['SUPPORTS 한국 정부→삼성전자 announced'],
  },
  'a bare 정부 is the government the text named last': {
    text: '일본 정부는 반도체를 육성한다. 정부는 라피더스에 보조금을 지원했다.',
    entities: ['한국:Place', '한국 정부:Government', '일본:Place', '일본 정부:Government', '라피더스:Company'],
    gives: ['SUPPORTS 일본 정부→라피더스 active'],
    not: ['SUPPORTS 한국 정부→라피더스 active'],
  },
  'another country’s 정부 the dictionary lacks is no bare 정부': {
    text: '체코 정부가 삼성전자에 보조금을 지원했다.',
    entities: ['한국:Place', '한국 정부:Government', '삼성전자:Company'],
    gives: [],
    not: ['SUPPORTS 한국 정부→삼성전자 active'],
  },
  'English: "the Biden administration" is the US government': {
    text: 'Under the CHIPS Act, the Biden administration awarded TSMC $6.6 billion in grants.',
    entities: ['US:Place', 'US government:Government', 'TSMC:Company'],
    gives: ['SUPPORTS US government→TSMC active'],
  },
  '행정부 is the US government, and not located in the US written before it': {
    text: '미국 행정부는 삼성전자에 보조금을 지원했다. 트럼프 행정부가 엔비디아를 규제했다.',
    entities: ['미국:Place', '미국 정부:Government', '삼성전자:Company', '엔비디아:Company'],
    gives: ['SUPPORTS 미국 정부→삼성전자 active', 'REGULATES 미국 정부→엔비디아 active'],
    not: ['LOCATED_IN 미국 정부→미국 active'],
  },
  '맞서다: competing': {
    text: '삼성전자는 턴키 전략으로 SK하이닉스·TSMC 연합에 맞서고 있다.',
    entities: ['삼성전자:Company', 'SK하이닉스:Company', 'TSMC:Company'],
    gives: ['COMPETES_WITH 삼성전자→SK하이닉스 active', 'COMPETES_WITH 삼성전자→TSMC active'],
  },
  'English: "U.S. President" before a name leads the US government': {
    text: 'C.C. Wei announced the plan at the White House alongside U.S. President Donald Trump.',
    entities: ['US:Place', 'US government:Government', 'Donald Trump:Person'],
    gives: ['LEADS Donald Trump→US government active'],
  },
  'founders listed in a clause that describes what they founded are no partners': {
    text: 'Rapidus, set up last year by Toyota Motor and Sony Group, plans a factory. 라피더스는 도요타자동차와 소니가 출자해 세운 회사다.',
    entities: [
      'Rapidus:Company',
      'Toyota Motor:Company',
      'Sony Group:Company',
      '라피더스:Company',
      '도요타자동차:Company',
      '소니:Company',
    ],
    gives: [
      'FOUNDED Toyota Motor→Rapidus announced',
      'FOUNDED 도요타자동차→라피더스 active',
      'FOUNDED 소니→라피더스 active',
    ],
    not: ['PARTNERS_WITH Toyota Motor→Sony Group announced', 'PARTNERS_WITH 도요타자동차→소니 active'],
  },
  'founders that found something jointly, in words, are partners': {
    text: 'TSMC는 소니와 함께 일본 구마모토에 합작사 JASM을 설립했다.',
    entities: ['TSMC:Company', '소니:Company', 'JASM:Company'],
    gives: ['FOUNDED TSMC→JASM active', 'PARTNERS_WITH TSMC→소니 active'],
  },
  'a government’s money with no word of investing supports; 출자 invests': {
    text: '일본 정부는 라피더스에 9200억 엔을 투입했다. Rapidus, backed by subsidies from the Japanese government, aims high. 일본 정부는 라피더스에 1000억 엔을 직접 출자할 계획이다.',
    entities: ['일본 정부:Government', '라피더스:Company', 'Rapidus:Company', 'Japanese government:Government'],
    gives: [
      'SUPPORTS 일본 정부→라피더스 active',
      'SUPPORTS Japanese government→Rapidus active',
      'INVESTS_IN 일본 정부→라피더스 announced',
    ],
    not: ['INVESTS_IN Japanese government→Rapidus active'],
  },
  '추격하다 and "catch up with": competing': {
    text: '삼성전자는 파운드리 분야에서 TSMC를 추격하는 처지다. Samsung has struggled to catch up with TSMC.',
    entities: ['삼성전자:Company', 'TSMC:Company', 'Samsung:Company'],
    gives: ['COMPETES_WITH 삼성전자→TSMC active', 'COMPETES_WITH Samsung→TSMC active'],
  },
  'a list runs through a name the dictionary lacks, the rest of a word, and a place in its 등 phrase': {
    text: '라피더스는 2022년 도요타자동차, 소니그룹, NTT, 소프트뱅크 등 일본 대기업 8곳이 출자해 세운 회사다.',
    entities: ['라피더스:Company', '도요타자동차:Company', '소니:Company', '소프트뱅크:Company', '일본:Place'],
    gives: [
      'FOUNDED 도요타자동차→라피더스 active',
      'FOUNDED 소니→라피더스 active',
      'FOUNDED 소프트뱅크→라피더스 active',
    ],
    not: ['FOUNDED 일본→라피더스 active'],
  },
  'a cue that ends in an adnominal ending itself (공개한) describes the name after it': {
    text: 'IBM이 2021년 공개한 2나노 기술을 라피더스가 쓴다.',
    entities: ['IBM:Company', '2나노:Technology', '라피더스:Company'],
    gives: ['DEVELOPS IBM→2나노 active'],
  },
  '들여오다 and 수입하다 receive: the source or the possessor supplies': {
    text: '라피더스는 ASML로부터 노광장비를 들여왔다. 삼성전자는 ASML의 장비를 수입했다.',
    entities: ['라피더스:Company', 'ASML:Company', '삼성전자:Company'],
    gives: ['SUPPLIES ASML→라피더스 active', 'SUPPLIES ASML→삼성전자 active'],
    not: ['SUPPLIES 삼성전자→ASML active'],
  },
  'English: a process node written in words (2-nanometre) and mass production': {
    text: 'Rapidus aims to mass-produce 2-nanometre chips from 2027. TSMC will begin 3-nanometer mass production next year.',
    entities: ['Rapidus:Company', '2nm:Technology', 'TSMC:Company', '3 nm:Technology'],
    gives: ['DEVELOPS Rapidus→2nm active', 'DEVELOPS TSMC→3 nm announced'],
  },
  'a dropped subject carries into a first clause, though a later clause has a subject of its own': {
    text: '라피더스는 시제품 라인을 가동했다. 지난해에는 ASML로부터 노광장비를 들여왔는데, 일본에 양산용 장비가 반입된 것은 처음이다.',
    entities: ['라피더스:Company', 'ASML:Company', '일본:Place'],
    gives: ['SUPPLIES ASML→라피더스 active'],
  },
  'a cue noun with 용 says what a thing is for, not an act': {
    text: '라피더스는 양산용 EUV 장비를 확보했다.',
    entities: ['라피더스:Company', 'EUV:Technology'],
    gives: [],
    not: ['DEVELOPS 라피더스→EUV active'],
  },
  'a noun cue, object of a verb that describes the next name, is that name’s act': {
    text: '일본 정부는 2나노 반도체 양산을 추진하는 라피더스에 9200억 엔을 투입했다. 오픈AI 투자를 결정한 소프트뱅크는 자금을 마련했다.',
    entities: ['일본 정부:Government', '2나노:Technology', '라피더스:Company', '오픈AI:Company', '소프트뱅크:Company'],
    gives: ['DEVELOPS 라피더스→2나노 considered', 'INVESTS_IN 소프트뱅크→오픈AI active'],
    not: ['DEVELOPS 일본 정부→2나노 considered'],
  },
  'the company whose plant makes something marked 에서 manufactures it, for making only': {
    text: '애플은 TSMC의 애리조나 공장에서 생산한 칩도 사들이고 있다. 엔비디아는 GPU를 TSMC 공장에서 생산한다.',
    entities: ['애플:Company', 'TSMC:Company', '엔비디아:Company'],
    gives: ['MANUFACTURES_FOR TSMC→애플 active', 'MANUFACTURES_FOR TSMC→엔비디아 active'],
    not: ['MANUFACTURES_FOR 애플→TSMC active', 'OWNS TSMC→애플 active'],
  },
  'English: an adjective of place before a research hub or a foundry gives its home': {
    text: 'Executives from IBM and the Belgian research hub imec met the Taiwanese foundry TSMC.',
    entities: ['IBM:Company', 'Belgium:Place', 'imec:ResearchOrg', 'Taiwan:Place', 'TSMC:Company'],
    gives: ['LOCATED_IN imec→Belgium active', 'LOCATED_IN TSMC→Taiwan active'],
  },
  'founding a joint venture whose name is not known still makes the founders partners': {
    text: '소프트뱅크는 오픈AI와 합작법인 SB오픈AI재팬을 설립했다. 농심은 라면 공장을 세워 월마트와 코스트코에 제품을 공급한다.',
    entities: ['소프트뱅크:Company', '오픈AI:Company', '농심:Company', '월마트:Company'],
    gives: ['PARTNERS_WITH 소프트뱅크→오픈AI active'],
    not: ['PARTNERS_WITH 농심→월마트 active'],
  },
  'buying a company’s products: the maker supplies the buyer, and owns nothing': {
    text: '오라클은 엔비디아의 그래픽처리장치(GPU)를 대량으로 사들이고 있다. Microsoft bought more Nvidia chips last year.',
    entities: ['오라클:Company', '엔비디아:Company', 'Microsoft:Company', 'Nvidia:Company'],
    gives: ['SUPPLIES 엔비디아→오라클 active', 'SUPPLIES Nvidia→Microsoft active'],
    not: ['OWNS 오라클→엔비디아 active', 'OWNS Microsoft→Nvidia active'],
  },
  'partners named with 함께 on a joint project partner each other': {
    text: "한화에어로스페이스는 올해 현대로템, LIG넥스원과 함께 중동 방산 수출 '원팀' 프로젝트를 발표했다.",
    entities: ['한화에어로스페이스:Company', '현대로템:Company', 'LIG넥스원:Company'],
    gives: [
      'PARTNERS_WITH 한화에어로스페이스→현대로템 announced',
      'PARTNERS_WITH 한화에어로스페이스→LIG넥스원 announced',
      'PARTNERS_WITH 현대로템→LIG넥스원 announced',
    ],
  },
  'a joint project named after an ongoing act (짓고 있는 … 사업도 이끌고 있다)': {
    text: "포스코와 현대제철은 GS건설과 함께 부산에 물류센터를 짓고 있는 '그린포트' 사업도 이끌고 있다.",
    entities: ['포스코:Company', '현대제철:Company', 'GS건설:Company', '부산:Place'],
    gives: [
      'PARTNERS_WITH 포스코→현대제철 active',
      'PARTNERS_WITH 포스코→GS건설 active',
      'PARTNERS_WITH 현대제철→GS건설 active',
    ],
  },
  '함께 with no joint project, or with the project in another clause, states no partnership': {
    text: '네이버는 카카오와 함께 국정감사에 출석했다. 삼성전자는 애플과 함께 행사에 참석했으며, 구글은 새 사업을 발표했다. 동부건설은 HJ중공업의 건설 부문과 함께 주택 사업을 키운다.',
    entities: [
      '네이버:Company',
      '카카오:Company',
      '삼성전자:Company',
      '애플:Company',
      '구글:Company',
      '동부건설:Company',
      'HJ중공업:Company',
    ],
    gives: [],
    not: [
      'PARTNERS_WITH 네이버→카카오 active',
      'PARTNERS_WITH 삼성전자→애플 announced',
      'PARTNERS_WITH 삼성전자→애플 active',
      'PARTNERS_WITH 동부건설→HJ중공업 active',
    ],
  },
  'a year (올해, 지난해) ends no clause between a subject and its partners': {
    text: "SK이노베이션은 지난해 엑손모빌, 셰브론과 함께 '블루수소' 프로젝트를 시작했다.",
    entities: ['SK이노베이션:Company', '엑손모빌:Company', '셰브론:Company'],
    gives: ['PARTNERS_WITH SK이노베이션→엑손모빌 active', 'PARTNERS_WITH 엑손모빌→셰브론 active'],
  },
  'competition said by ranking, trailing and overtaking': {
    text: '배달 앱 시장에서 요기요는 배달의민족, 쿠팡이츠에 이어 3위에 머물렀다. 스마트폰 시장에서 애플에 주도권을 내준 LG전자는 사업을 접었다. 소니는 게임기 경쟁에서 닌텐도에 뒤처졌다. Intel, which trails AMD in data-centre chips, cut jobs. Hyundai has overtaken Ford in U.S. hybrid sales.',
    entities: [
      '요기요:Company',
      '배달의민족:Company',
      '쿠팡이츠:Company',
      '애플:Company',
      'LG전자:Company',
      '소니:Company',
      '닌텐도:Company',
      'Intel:Company',
      'AMD:Company',
      'Hyundai:Company',
      'Ford:Company',
    ],
    gives: [
      'COMPETES_WITH 요기요→배달의민족 active',
      'COMPETES_WITH 요기요→쿠팡이츠 active',
      'COMPETES_WITH LG전자→애플 active',
      'COMPETES_WITH 소니→닌텐도 active',
      'COMPETES_WITH Intel→AMD active',
      'COMPETES_WITH Hyundai→Ford active',
    ],
  },
  'regulation by export licences, the Entity List and executive orders': {
    text: '화웨이의 칩은 미국 정부의 수출 허가를 받아야 한다. AMD’s MI308 chips will require export licenses from the Commerce Department. The Commerce Department added YMTC to the Entity List in 2022. 미국 정부는 행정명령으로 메타, 아마존 등 첨단 AI 개발사가 시험 결과를 보고하도록 하고 있다.',
    entities: [
      '화웨이:Company',
      '미국 정부:Government',
      'AMD:Company',
      'Commerce Department:Government',
      'YMTC:Company',
      '메타:Company',
    ],
    gives: [
      'REGULATES Commerce Department→AMD announced',
      'REGULATES Commerce Department→YMTC active',
      'REGULATES 미국 정부→메타 active',
    ],
    not: ['SUPPLIES AMD→Commerce Department announced'],
  },
  "English: a possessor's role noun with a list after 'including'": {
    text: "Nvidia's suppliers, including SK hynix and Micron, rallied on Monday.",
    entities: ['Nvidia:Company', 'SK hynix:Company', 'Micron:Company'],
    gives: ['SUPPLIES SK hynix→Nvidia active', 'SUPPLIES Micron→Nvidia active'],
  },
  'control taken by merger, tender offer and management rights': {
    text: '포스코홀딩스가 포스코케미칼을 흡수합병했다. 한앤컴퍼니는 남양유업 경영권을 확보했다. 영풍과 MBK파트너스는 고려아연 주식을 공개매수한다고 밝혔다.',
    entities: [
      '포스코홀딩스:Company',
      '포스코케미칼:Company',
      '한앤컴퍼니:Company',
      '남양유업:Company',
      '영풍:Company',
      'MBK파트너스:Company',
      '고려아연:Company',
    ],
    gives: [
      'OWNS 포스코홀딩스→포스코케미칼 active',
      'OWNS 한앤컴퍼니→남양유업 active',
      'OWNS 영풍→고려아연 announced',
      'OWNS MBK파트너스→고려아연 announced',
    ],
  },
  'English: holding a share is a stake, holding talks is not': {
    text: 'Temasek holds a 9% stake in Olam. The French state, which still holds about 15 percent of Renault, backed the plan. Merck held talks to buy Seagen last year.',
    entities: [
      'Temasek:Company',
      'Olam:Company',
      'French state:Government',
      'Renault:Company',
      'Merck:Company',
      'Seagen:Company',
    ],
    gives: ['INVESTS_IN Temasek→Olam active', 'INVESTS_IN French state→Renault active'],
    not: ['INVESTS_IN Merck→Seagen active', 'SUPPORTS French state→Renault active'],
  },
  'English: a place made an adjective with -based, before a name or an anaphor': {
    text: 'Cupertino-based Apple reported record sales. The Austin-based automaker, meanwhile, cut prices. Lufthansa bought a stake in ITA Airways, the Rome-based successor to Alitalia.',
    entities: [
      'Apple:Company',
      'Cupertino:Place',
      'Austin:Place',
      'Lufthansa:Company',
      'ITA Airways:Company',
      'Alitalia:Company',
      'Rome:Place',
    ],
    gives: ['LOCATED_IN Apple→Cupertino active', 'LOCATED_IN Apple→Austin active'],
    not: ['LOCATED_IN Alitalia→Rome active'],
  },
  "English: 'the company' stands for an organisation of the sentence before, not its government": {
    text: 'The Danish government backed Orsted last year. The Fredericia-based company will sell new shares.',
    entities: ['Danish government:Government', 'Orsted:Company', 'Fredericia:Place'],
    gives: ['LOCATED_IN Orsted→Fredericia active'],
    not: ['LOCATED_IN Danish government→Fredericia active'],
  },
  'a joint project described by a clause whose subjects are coordinated': {
    text: '네옴은 사우디 국부펀드와 현대건설, 삼성물산이 2022년 발표한 5000억 달러 규모의 신도시 프로젝트다. 삼성전자와 SK하이닉스가 각각 추진하는 증설 사업이 늦어지고 있다. 삼성전자와 SK하이닉스는 메모리 사업을 확대했다.',
    entities: [
      '사우디 국부펀드:Company',
      '현대건설:Company',
      '삼성물산:Company',
      '삼성전자:Company',
      'SK하이닉스:Company',
    ],
    gives: [
      'PARTNERS_WITH 사우디 국부펀드→현대건설 announced',
      'PARTNERS_WITH 사우디 국부펀드→삼성물산 announced',
      'PARTNERS_WITH 현대건설→삼성물산 announced',
    ],
    not: ['PARTNERS_WITH 삼성전자→SK하이닉스 active', 'PARTNERS_WITH 삼성전자→SK하이닉스 announced'],
  },
  'English: a joint venture between two names, with no name before it': {
    text: 'The offshore wind farm is a 50-50 joint venture between Equinor and BP.',
    entities: ['Equinor:Company', 'BP:Company'],
    gives: ['PARTNERS_WITH Equinor→BP active'],
  },
  'a memorandum to act together is a partnership, whatever it is about': {
    text: '현대차와 LG에너지솔루션은 2조 원을 공동 투자해 인도네시아에 배터리 공장을 짓는 양해각서를 맺었다. 한국전력은 체코전력공사와 원전을 짓는 계약을 맺었다.',
    entities: [
      '현대차:Company',
      'LG에너지솔루션:Company',
      '한국전력:Company',
      '체코전력공사:Company',
      '인도네시아:Place',
    ],
    gives: ['PARTNERS_WITH 현대차→LG에너지솔루션 active'],
    not: ['PARTNERS_WITH 한국전력→체코전력공사 active'],
  },
  'a person written with a former title at another organisation is the subject the title marks': {
    text: '에어로케이는 2017년 강병호 전 아시아나항공 사장이 세운 항공사다.',
    entities: ['에어로케이:Company', '강병호:Person', '아시아나항공:Company'],
    gives: ['FOUNDED 강병호→에어로케이 active', 'LEADS 강병호→아시아나항공 ended'],
  },
  'English: hiring states an office only when one is named': {
    text: 'Intel hired Lip-Bu Tan as its chief executive in March. Boeing brought back Kelly Ortberg to run the company. Nvidia hired Jane Doe from Google last year.',
    entities: [
      'Intel:Company',
      'Lip-Bu Tan:Person',
      'Boeing:Company',
      'Kelly Ortberg:Person',
      'Nvidia:Company',
      'Jane Doe:Person',
      'Google:Company',
    ],
    gives: ['LEADS Lip-Bu Tan→Intel active', 'LEADS Kelly Ortberg→Boeing active'],
    not: ['LEADS Jane Doe→Nvidia active', 'LEADS Jane Doe→Google active'],
  },
  'offices of heads of units and secretaries-general, also glued to the name': {
    text: '구테흐스 유엔 사무총장은 회의를 열었다. 김영훈 전 국무조정실장은 퇴임했다. 전영현 삼성전자 부문장은 HBM을 점검했다.',
    entities: [
      '구테흐스:Person',
      '유엔:Government',
      '김영훈:Person',
      '국무조정실:Government',
      '전영현:Person',
      '삼성전자:Company',
    ],
    gives: ['LEADS 구테흐스→유엔 active', 'LEADS 김영훈→국무조정실 ended', 'LEADS 전영현→삼성전자 active'],
  },
  "a government's seat moved, past a second word of either address": {
    text: '충청남도는 2013년 도청을 대전 중구에서 홍성군 내포신도시로 옮겼다.',
    entities: ['충청남도:Government', '대전:Place', '홍성군:Place'],
    gives: ['LOCATED_IN 충청남도→홍성군 active'],
    not: ['LOCATED_IN 충청남도→대전 active'],
  },
  'a facility built or opened at a place, past a second word of its address': {
    text: '현대모비스는 조지아주 브라이언카운티에 전동화 부품 공장 MPGA를 지었다. 쿠팡은 2022년 대구에 첨단 물류센터 대구FC를 열었다.',
    entities: [
      '현대모비스:Company',
      '조지아주:Place',
      'MPGA:Facility',
      '쿠팡:Company',
      '대구:Place',
      '대구FC:Facility',
    ],
    gives: ['LOCATED_IN MPGA→조지아주 active', 'LOCATED_IN 대구FC→대구 active'],
  },
  'a clause of making or launching describes the product after it (만드는, 내놓은)': {
    text: '박카스는 동아제약이 만드는 피로회복제다. 빙그레가 1974년 내놓은 바나나맛우유는 지금도 팔린다.',
    entities: ['동아제약:Company', '박카스:Product', '빙그레:Company', '바나나맛우유:Product'],
    gives: ['DEVELOPS 동아제약→박카스 active', 'DEVELOPS 빙그레→바나나맛우유 active'],
  },
  'receiving an investment in any ending turns it round (받으면서, 받게)': {
    text: '무신사는 2019년 세쿼이아캐피탈의 투자를 받으면서 유니콘이 됐다.',
    entities: ['무신사:Company', '세쿼이아캐피탈:Company'],
    gives: ['INVESTS_IN 세쿼이아캐피탈→무신사 active'],
    not: ['INVESTS_IN 무신사→세쿼이아캐피탈 active'],
  },
  'English: a cue written with a capital inside the name of something not known is no cue': {
    text: 'Nvidia sponsored the Saudi-U.S. Investment Forum in Riyadh. Microsoft Invests In Mistral',
    entities: ['Nvidia:Company', 'Riyadh:Place', 'Microsoft:Company', 'Mistral:Company'],
    gives: ['INVESTS_IN Microsoft→Mistral active'],
    not: ['INVESTS_IN Nvidia→Riyadh active'],
  },
  'a home is the last place of its address, not a place it is near': {
    text: '부산 해운대구에 본사를 둔 엘시티는 문을 열었다. 암스테르담 인근 호프도르프에 본사를 둔 부킹닷컴은 성장했다.',
    entities: [
      '부산:Place',
      '해운대구:Place',
      '엘시티:Company',
      '암스테르담:Place',
      '호프도르프:Place',
      '부킹닷컴:Company',
    ],
    gives: ['LOCATED_IN 엘시티→해운대구 active', 'LOCATED_IN 부킹닷컴→호프도르프 active'],
    not: ['LOCATED_IN 엘시티→부산 active', 'LOCATED_IN 부킹닷컴→암스테르담 active'],
  },
  'subjects that act one after the other are no partners': {
    text: '현대차와 기아가 잇따라 배터리 공급 계약을 맺었다. 네이버와 카카오는 인공지능 분야에서 협력하기로 했다.',
    entities: ['현대차:Company', '기아:Company', '네이버:Company', '카카오:Company'],
    gives: ['PARTNERS_WITH 네이버→카카오 announced'],
    not: ['PARTNERS_WITH 현대차→기아 active'],
  },
  "English: a list whose parties each carry an amount ('fined A €500 million and B €200 million')": {
    text: 'The Commerce Department awarded Intel $7.9 billion and Micron $6.1 billion in grants.',
    entities: ['Commerce Department:Government', 'Intel:Company', 'Micron:Company'],
    gives: ['SUPPORTS Commerce Department→Intel active', 'SUPPORTS Commerce Department→Micron active'],
  },
  "a pair anaphor after a sentence that named one organisation: the text's two main organisations": {
    text: "소프트뱅크는 오픈AI에 투자하기로 했다. 소프트뱅크는 일본에서도 사업을 넓힌다. 손정의 회장은 오픈AI를 높이 평가했다. 양사는 오라클과 함께 '스타게이트' 사업도 이끌고 있다.",
    entities: ['소프트뱅크:Company', '오픈AI:Company', '오라클:Company', '손정의:Person'],
    gives: ['PARTNERS_WITH 소프트뱅크→오라클 active', 'PARTNERS_WITH 오픈AI→오라클 active'],
  },
  'English: a pair anaphor stands for the two organisations its own sentence named before it': {
    text: 'Apple makes phones. Apple said it would invest in Qualcomm and that the two companies would jointly develop chips.',
    entities: ['Apple:Company', 'Qualcomm:Company'],
    // PARTNERS_WITH is symmetric: the pair is written in the order the anaphor lists it.
    gives: ['PARTNERS_WITH Qualcomm→Apple announced'],
  },
  'a person with an aside in brackets before the title': {
    text: '마윈(잭 마) 알리바바그룹 창업자는 강연을 했다. 정의선(56) 현대차그룹 회장은 미국을 찾았다.',
    entities: ['마윈:Person', '알리바바그룹:Company', '정의선:Person', '현대차그룹:Company', '미국:Place'],
    gives: ['FOUNDED 마윈→알리바바그룹 active', 'LEADS 정의선→현대차그룹 active'],
  },
  'a symmetric act in a clause describing a name pairs its partner with that name (X와 경쟁하는 Y)': {
    text: '배달 시장에서 쿠팡이츠와 경쟁하는 배달의민족은 요금을 내렸다. 배민은 수수료를 조정했다.',
    entities: ['쿠팡이츠:Company', '배달의민족:Company', '배민:Company'],
    gives: ['COMPETES_WITH 쿠팡이츠→배달의민족 active'],
  },
  "English: 'investors' names people, no act of investing": {
    text: 'Nvidia overtook Apple as the most valuable company, as investors bet on its lead in AI.',
    entities: ['Nvidia:Company', 'Apple:Company'],
    gives: ['COMPETES_WITH Nvidia→Apple active'],
    not: ['INVESTS_IN Nvidia→Apple active', 'INVESTS_IN Apple→Nvidia active'],
  },
  'a Korean list closed by 등 before a place and a kind: the place is the home of each': {
    text: '쿠팡, 배민 등 한국 플랫폼 기업이 성장했다.',
    entities: ['쿠팡:Company', '배민:Company', '한국:Place'],
    gives: ['LOCATED_IN 쿠팡→한국 active', 'LOCATED_IN 배민→한국 active'],
  },
  "English: a place's short name with full stops is an adjective of origin (U.S. software maker Microsoft)": {
    text: 'U.S. chipmaker Micron will build a plant in Japan.',
    entities: ['US:Place', 'Micron:Company', 'Japan:Place'],
    gives: ['LOCATED_IN Micron→US active'],
  },
  'acting together earlier in the sentence does not make a later supply contract a partnership': {
    text: '삼성전자는 구글과 공동 개발을 이어 가고 있으며, 애플과 공급 계약을 맺었다.',
    entities: ['삼성전자:Company', '구글:Company', '애플:Company'],
    gives: ['SUPPLIES 삼성전자→애플 active'],
    not: ['PARTNERS_WITH 삼성전자→애플 active'],
  },
  'coordinated subjects that each strengthen a business are no partners; a seat word without a move is no home': {
    text: '애플과 구글이 AI 사업을 강화했다. 국정원은 서울에서 도청을 했다는 의혹을 받았다.',
    entities: ['애플:Company', '구글:Company', '국정원:Government', '서울:Place'],
    gives: [],
    not: ['PARTNERS_WITH 애플→구글 active', 'LOCATED_IN 국정원→서울 active'],
  },
  'a role noun with 로는 names each party listed after it (X의 경쟁 상대로는 A와 B가 꼽힌다)': {
    text: '쿠팡의 경쟁 상대로는 미국 아마존과 중국 알리익스프레스가 꼽힌다. 삼성전자의 최대 고객사로는 애플과 구글이 거론된다.',
    entities: [
      '쿠팡:Company',
      '아마존:Company',
      '알리익스프레스:Company',
      '미국:Place',
      '중국:Place',
      '삼성전자:Company',
      '애플:Company',
      '구글:Company',
    ],
    gives: [
      'COMPETES_WITH 아마존→쿠팡 active',
      'COMPETES_WITH 알리익스프레스→쿠팡 active',
      'SUPPLIES 삼성전자→애플 active',
      'SUPPLIES 삼성전자→구글 active',
    ],
  },
  "English: the subject of 'is X's main rival', past its other verb": {
    text: 'Pepsi sells snacks in most markets and is Coca-Cola\u2019s main rival in soft drinks.',
    entities: ['Pepsi:Company', 'Coca-Cola:Company'],
    gives: ['COMPETES_WITH Pepsi→Coca-Cola active'],
  },
  "English: an opening adverbial's comma starts no apposition ('Until now, the …')": {
    text: "Until now, the bank's trading platform has run only on software from Murex, Calypso, Finastra and Broadridge, all based in France.",
    entities: ['Murex:Company', 'Calypso:Company', 'Finastra:Company', 'Broadridge:Company', 'France:Place'],
    gives: ['LOCATED_IN Murex→France active', 'LOCATED_IN Broadridge→France active'],
  },
  'subjects that both act, each on its own (모두), are no partners': {
    text: '현대차와 토요타는 모두 내년에 전고체 배터리를 개발한다고 밝혔다.',
    entities: ['현대차:Company', '토요타:Company', '전고체 배터리:Technology'],
    gives: ['DEVELOPS 현대차→전고체 배터리 announced', 'DEVELOPS 토요타→전고체 배터리 announced'],
    not: ['PARTNERS_WITH 현대차→토요타 announced', 'PARTNERS_WITH 토요타→현대차 announced'],
  },
  "English: no party across a clause's end (', while …')": {
    text: 'Bosch will supply the sensors for the car, while Continental will provide the braking systems.',
    entities: ['Bosch:Company', 'Continental:Company'],
    gives: [],
    not: ['SUPPLIES Bosch→Continental announced', 'SUPPLIES Continental→Bosch announced'],
  },
  'a sanction avoided (피했다) is no regulation': {
    text: '구글은 약속을 내놓아 EU의 제재를 피했다.',
    entities: ['EU:Government', '구글:Company'],
    gives: [],
    not: ['REGULATES EU→구글 announced', 'REGULATES EU→구글 active'],
  },
  'a stake to take, an export blocked, a showdown announced': {
    text: 'Walmart will take a stake of about 10% in Flipkart. 미국 정부는 화웨이 칩의 수출을 막고 있다. 애플은 삼성전자와의 정면 대결을 예고했다.',
    entities: [
      'Walmart:Company',
      'Flipkart:Company',
      '미국 정부:Government',
      '화웨이 칩:Product',
      '애플:Company',
      '삼성전자:Company',
    ],
    gives: [
      'INVESTS_IN Walmart→Flipkart announced',
      'REGULATES 미국 정부→화웨이 칩 active',
      'COMPETES_WITH 애플→삼성전자 active',
    ],
  },
  "buying a maker's products written without 의 (엔비디아 GPU를 사들여): the maker supplies the buyers": {
    text: '구글과 메타는 AMD 칩을 대량으로 사들여 데이터센터를 짓고 있다.',
    entities: ['구글:Company', '메타:Company', 'AMD:Company'],
    gives: ['SUPPLIES AMD→구글 active', 'SUPPLIES AMD→메타 active'],
    not: ['OWNS 구글→AMD active', 'OWNS 메타→AMD active'],
  },
  'a purchase of products from a seller (에서, 로부터): the seller supplies the buyer, and owns nothing': {
    text: '메타는 엔비디아로부터 GPU를 대량으로 사들였다. 오라클이 올해 AMD에서 사들인 MI355 칩은 13만 개다.',
    entities: ['메타:Company', '엔비디아:Company', '오라클:Company', 'AMD:Company'],
    gives: ['SUPPLIES 엔비디아→메타 active', 'SUPPLIES AMD→오라클 active'],
    not: ['OWNS 엔비디아→메타 active', 'OWNS AMD→오라클 active', 'OWNS 메타→엔비디아 active'],
  },
  'the organisation ranked in a product market makes the product (D램 1위 삼성전자)': {
    text: '낸드플래시 시장 2위 키옥시아는 상장을 추진한다. 세계 HBM 1위 업체 SK하이닉스는 투자를 늘린다.',
    entities: ['낸드플래시:Technology', '키옥시아:Company', 'HBM:Technology', 'SK하이닉스:Company'],
    gives: ['DEVELOPS 키옥시아→낸드플래시 active', 'DEVELOPS SK하이닉스→HBM active'],
  },
  'a product given as an example of an organisation\u2019s products (X 등 Y의 모델) is that organisation\u2019s': {
    text: '카카오는 자사 서버에서 클로드 등 앤트로픽의 모델을 돌린다.',
    entities: ['카카오:Company', '클로드:Product', '앤트로픽:Company'],
    gives: ['DEVELOPS 앤트로픽→클로드 active'],
    not: ['DEVELOPS 카카오→클로드 active'],
  },
  "English: an organisation's flagship named in apposition ('Nvidia's current flagship, the H100')": {
    text: "Like Apple's current flagship, the iPhone 16 Pro, the new model uses a titanium frame.",
    entities: ['Apple:Company', 'iPhone 16 Pro:Product'],
    gives: ['DEVELOPS Apple→iPhone 16 Pro active'],
  },
  'a rival listed with the object of a verb of rivalry is a rival too (A와 B, C를 뒤쫓다)': {
    text: '네이버는 검색 광고에서 구글과 메타, 아마존을 뒤쫓고 있다. 삼성전자는 TSMC와 인텔을 제치고 1위에 올랐다.',
    entities: [
      '네이버:Company',
      '구글:Company',
      '메타:Company',
      '아마존:Company',
      '삼성전자:Company',
      'TSMC:Company',
      '인텔:Company',
    ],
    gives: [
      'COMPETES_WITH 네이버→구글 active',
      'COMPETES_WITH 네이버→메타 active',
      'COMPETES_WITH 네이버→아마존 active',
      'COMPETES_WITH 삼성전자→TSMC active',
      'COMPETES_WITH 삼성전자→인텔 active',
    ],
    not: ['COMPETES_WITH 구글→메타 active', 'COMPETES_WITH TSMC→인텔 active'],
  },
  "English: a plural role noun names each listed party ('Google's rivals Microsoft, Amazon and Meta')": {
    text: "Nvidia's customers Microsoft, Oracle and Meta are building larger clusters. Intel's rival AMD and Qualcomm gained share.",
    entities: [
      'Nvidia:Company',
      'Microsoft:Company',
      'Oracle:Company',
      'Meta:Company',
      'Intel:Company',
      'AMD:Company',
      'Qualcomm:Company',
    ],
    gives: [
      'SUPPLIES Nvidia→Microsoft active',
      'SUPPLIES Nvidia→Oracle active',
      'SUPPLIES Nvidia→Meta active',
      'COMPETES_WITH AMD→Intel active',
    ],
    not: ['COMPETES_WITH Qualcomm→Intel active'],
  },
  'a purchase of goods from a company is its supply, a purchase of a company is ownership': {
    text: 'Google buys geothermal power from Fervo Energy. Tata Group bought Air India from the Indian government. 한국전력은 발전 자회사에서 전력을 사들인다.',
    entities: [
      'Google:Company',
      'Fervo Energy:Company',
      'Tata Group:Company',
      'Air India:Company',
      '한국전력:Company',
      '발전 자회사:Company',
    ],
    gives: [
      'SUPPLIES Fervo Energy→Google active',
      'OWNS Tata Group→Air India active',
      'SUPPLIES 발전 자회사→한국전력 active',
    ],
    not: ['OWNS Fervo Energy→Google active', 'OWNS Google→Fervo Energy active'],
  },
  'a cue that describes an unknown noun has no later subject (업비트를 운영하는 두나무는 송치형이 세운)': {
    text: '가상자산 거래소 업비트를 운영하는 두나무는 송치형이 2012년 세운 회사다. 엔비디아의 AI 칩을 위탁생산하는 대만 TSMC도 공장을 짓고 있다. 《미르의 전설2》를 만든 위메이드는 장현국 대표가 물러났다.',
    entities: [
      '업비트:Product',
      '송치형:Person',
      '엔비디아:Company',
      'TSMC:Company',
      '대만:Place',
      '미르의 전설2:Product',
      '장현국:Person',
    ],
    gives: ['MANUFACTURES_FOR TSMC→엔비디아 active'],
    not: ['DEVELOPS 송치형→업비트 active', 'DEVELOPS 장현국→미르의 전설2 active'],
  },
  'a place in another clause than the address of a home is not the home (미국 선교사가 세운 … 송도에 캠퍼스를 둔)': {
    text: '연세대학교는 미국 선교사 호러스 언더우드가 1915년 세운 학교에서 출발했으며, 인천 송도에 국제캠퍼스를 두고 있다. 동국제강은 서울 중구 을지로 페럼타워에 본사를 두고 있다.',
    entities: ['연세대학교:ResearchOrg', '미국:Place', '동국제강:Company', '서울:Place', '중구:Place'],
    gives: ['LOCATED_IN 동국제강→중구 active'],
    not: ['LOCATED_IN 연세대학교→미국 active'],
  },
  "English: what is made by another organisation is made for its owner ('Nvidia's H100 is made by TSMC')": {
    text: "Like Nvidia's current flagship, the H100, it is made by Taiwan's TSMC. Google unveiled its Pixel 10, powered by a Tensor chip made by TSMC rather than Samsung. Apple, which has relied on Foxconn to assemble its iPhones, opened a store. Qualcomm's new modem is not made by Intel.",
    entities: [
      'Nvidia:Company',
      'H100:Product',
      'TSMC:Company',
      'Taiwan:Place',
      'Google:Company',
      'Samsung:Company',
      'Apple:Company',
      'Foxconn:Company',
      'Qualcomm:Company',
      'Intel:Company',
    ],
    gives: [
      'MANUFACTURES_FOR TSMC→Nvidia active',
      'MANUFACTURES_FOR TSMC→Google active',
      'MANUFACTURES_FOR Foxconn→Apple active',
      'DEVELOPS Nvidia→H100 active',
    ],
    not: [
      'DEVELOPS TSMC→H100 active',
      'MANUFACTURES_FOR Samsung→Google active',
      'MANUFACTURES_FOR Intel→Qualcomm active',
    ],
  },
  'verbs of airing, running a brand and launching a ship or rocket develop their object': {
    text: 'tvN은 2024년 봄 드라마 선재 업고 튀어를 방영했다. F&F는 패션 브랜드 MLB를 전개하고 있다. HD현대중공업은 초계함 미겔 말바르함을 진수했다. The BBC aired Planet Earth III in 2023.',
    entities: [
      'tvN:Company',
      '선재 업고 튀어:Product',
      'F&F:Company',
      'MLB:Product',
      'HD현대중공업:Company',
      '미겔 말바르함:Product',
      'BBC:Company',
      'Planet Earth III:Product',
    ],
    gives: [
      'DEVELOPS tvN→선재 업고 튀어 active',
      'DEVELOPS F&F→MLB active',
      'DEVELOPS HD현대중공업→미겔 말바르함 active',
      'DEVELOPS BBC→Planet Earth III active',
    ],
  },
  "English: 'and' before another participle or verb ends the by-phrase ('founded by A and owned by B')": {
    text: 'Game Freak was co-founded by Satoshi Tajiri and makes its main games for Nintendo consoles. Rockstar Games, the studio founded by Sam Houser and owned by Take-Two Interactive, delayed its game.',
    entities: [
      'Game Freak:Company',
      'Satoshi Tajiri:Person',
      'Nintendo:Company',
      'Rockstar Games:Company',
      'Sam Houser:Person',
      'Take-Two Interactive:Company',
    ],
    gives: ['FOUNDED Satoshi Tajiri→Game Freak active', 'FOUNDED Sam Houser→Rockstar Games active'],
    not: ['FOUNDED Satoshi Tajiri→Nintendo active', 'FOUNDED Sam Houser→Take-Two Interactive active'],
  },
  "English: ', and' before a new subject and its verb starts another clause ('…, and Samsung supplies it for AMD's chips')":
    {
      text: "SK hynix supplies most of the memory in Nvidia's accelerators, and Samsung supplies it for AMD's chips.",
      entities: ['SK hynix:Company', 'Nvidia:Company', 'Samsung:Company'],
      gives: ['SUPPLIES SK hynix→Nvidia active'],
      not: ['SUPPLIES SK hynix→Samsung active', 'SUPPLIES Samsung→Nvidia active'],
    },
  "a place 'home to' an organisation is its home, and putting up money (자금을 대다) is investing": {
    text: 'Taiwan, home to TSMC, has its own tariff talks. 소프트뱅크는 오픈AI에 자금을 댔다.',
    entities: ['Taiwan:Place', 'TSMC:Company', '소프트뱅크:Company', '오픈AI:Company'],
    gives: ['LOCATED_IN TSMC→Taiwan active', 'INVESTS_IN 소프트뱅크→오픈AI active'],
  },
  'the topic acts again once a nominative subject\u2019s own clause has closed (한미약품은 임성기가 세웠으며, 롤론티스를 개발했다)':
    {
      text: '한미약품은 1973년 임성기가 세웠으며, 치료제 롤론티스를 개발했다. 알테오젠은 박순재가 창업했고, 기술 ALT-B4를 개발했다. 삼성전자가 하만을 인수했고, 전장 사업을 키웠다.',
      entities: [
        '한미약품:Company',
        '임성기:Person',
        '롤론티스:Product',
        '박순재:Person',
        'ALT-B4:Technology',
        '삼성전자:Company',
        '하만:Company',
      ],
      gives: ['FOUNDED 임성기→한미약품 active', 'DEVELOPS 한미약품→롤론티스 active', 'OWNS 삼성전자→하만 active'],
      not: ['DEVELOPS 임성기→롤론티스 active', 'DEVELOPS 박순재→ALT-B4 active'],
    },
  'a name that only describes an unknown topic through a role noun takes no part in its acts (카카오의 게임 계열사 카카오게임즈는)':
    {
      text: '카카오의 게임 계열사 카카오게임즈는 한상우 대표가 취임했다. 하이브 산하 레이블 빅히트 뮤직은 신영재 대표가 이끈다. 김장중이 세운 이스트소프트의 자회사 줌인터넷은 포털을 운영한다.',
      entities: [
        '카카오:Company',
        '한상우:Person',
        '하이브:Company',
        '신영재:Person',
        '김장중:Person',
        '이스트소프트:Company',
      ],
      gives: ['FOUNDED 김장중→이스트소프트 active'],
      not: ['LEADS 한상우→카카오 active', 'LEADS 신영재→하이브 active'],
    },
  'a seat word said to be in a place is a home (수원시는 … 시청은 팔달구 인계동에 있다), a seat word elsewhere is none':
    {
      text: '수원시는 2022년 이재준 시장이 취임했으며, 시청은 팔달구 인계동에 있다. 국정원은 도청을 했다는 의혹을 받았다. 수원시 시청자들은 시청률에 관심이 없다.',
      entities: ['수원시:Government', '팔달구:Place', '국정원:Government'],
      gives: ['LOCATED_IN 수원시→팔달구 active'],
    },
  'a title marked as a later topic, completed by the holder and the copula, is the topic organisation\u2019s (…, 현재 총장은 유지범이다)':
    {
      text: '성균관대학교는 1996년부터 삼성이 학교법인을 운영하고 있으며, 현재 총장은 유지범이다. 한국과학기술연구원은 1966년 세워졌으며, 초대 소장은 최형섭이었다.',
      entities: [
        '성균관대학교:ResearchOrg',
        '유지범:Person',
        '삼성:Company',
        '한국과학기술연구원:ResearchOrg',
        '최형섭:Person',
      ],
      gives: ['LEADS 유지범→성균관대학교 active', 'LEADS 최형섭→한국과학기술연구원 ended'],
      not: ['LEADS 유지범→삼성 active'],
    },
  'titles of publishers, hospital and museum directors, deans and superintendents lead': {
    text: 'A. G. 설즈버거는 2018년 뉴욕타임스 발행인에 올랐다. 윤동섭 연세의료원 의료원장은 총장이 됐다. Martha Pollack, Cornell University president, met Ann Kim, dean of the Wharton School.',
    entities: [
      'A. G. 설즈버거:Person',
      '뉴욕타임스:Company',
      '윤동섭:Person',
      '연세의료원:ResearchOrg',
      'Martha Pollack:Person',
      'Cornell University:ResearchOrg',
      'Ann Kim:Person',
      'Wharton School:ResearchOrg',
    ],
    gives: [
      'LEADS A. G. 설즈버거→뉴욕타임스 active',
      'LEADS 윤동섭→연세의료원 active',
      'LEADS Martha Pollack→Cornell University active',
      'LEADS Ann Kim→Wharton School active',
    ],
  },
  'with a subject whose name is not known, a partner acting with it (함께) still acts on the object': {
    text: '앨버트 불라 CEO가 이끄는 화이자는 2020년 바이오엔테크와 함께 코로나19 백신 코미나티를 개발했다.',
    entities: ['바이오엔테크:Company', '코미나티:Product'],
    gives: ['DEVELOPS 바이오엔테크→코미나티 active'],
  },
  'regulation said as a breach or violation, as enforcing a law against a company, or as forcing a sale': {
    text: "The European Commission said TikTok's advertising library breaches the Digital Services Act. The Commission also enforces the Digital Markets Act against Apple and Google. The U.S. government has sought to force a sale of TikTok. 공정거래위원회는 구글이 공정거래법을 위반했다고 판단했다.",
    entities: [
      'European Commission:Government',
      'Commission:Government',
      'TikTok:Company',
      'Apple:Company',
      'Google:Company',
      'U.S. government:Government',
      '공정거래위원회:Government',
      '구글:Company',
    ],
    gives: [
      'REGULATES European Commission→TikTok active',
      'REGULATES Commission→Apple active',
      'REGULATES Commission→Google active',
      'REGULATES U.S. government→TikTok active',
      'REGULATES 공정거래위원회→구글 active',
    ],
  },
  'a seat (본부, 본청, 사무국) held, moved or said to be in a place, an office held there, and offices held at once (겸하다)':
    {
      text: '한국국제협력단은 외교부 산하 기관으로, 본부는 경기 성남시 수정구에 있다. 참여연대는 서울 종로구에 사무실을 두고 있다. 한국국제교류재단은 본부를 서귀포시로 옮겼다. 중국인민은행은 판궁성 당 서기가 총재를 겸하게 됐다. 그룹 전략본부는 신사업을 맡는다.',
      entities: [
        '한국국제협력단:Government',
        '성남시:Place',
        '참여연대:ResearchOrg',
        '종로구:Place',
        '한국국제교류재단:Government',
        '서귀포시:Place',
        '중국인민은행:Government',
        '판궁성:Person',
      ],
      gives: [
        'LOCATED_IN 한국국제협력단→성남시 active',
        'LOCATED_IN 참여연대→종로구 active',
        'LOCATED_IN 한국국제교류재단→서귀포시 active',
        'LEADS 판궁성→중국인민은행 active',
      ],
    },
  'a purchase of goods from a seller supplies each buyer listed, and a supply chain is no supply': {
    text: "ASML에서 EUV 장비를 사들여 D램을 만드는 삼성전자와 SK하이닉스는 장비 공급망을 걱정하고 있다. Taiwan's TSMC, which buys most of ASML's extreme ultraviolet (EUV) lithography systems, reports on Thursday. Tata bought Wistron's Indian factory.",
    entities: [
      'ASML:Company',
      '삼성전자:Company',
      'SK하이닉스:Company',
      'D램:Technology',
      'TSMC:Company',
      'Tata:Company',
      'Wistron:Company',
    ],
    gives: [
      'SUPPLIES ASML→삼성전자 active',
      'SUPPLIES ASML→SK하이닉스 active',
      'DEVELOPS 삼성전자→D램 active',
      'DEVELOPS SK하이닉스→D램 active',
      'SUPPLIES ASML→TSMC active',
    ],
    not: [
      'SUPPLIES 삼성전자→ASML active',
      'SUPPLIES SK하이닉스→ASML active',
      'OWNS TSMC→ASML active',
      'SUPPLIES Wistron→Tata active',
    ],
  },
  'a country that owns the noun of a government act acts as its government (미국과 EU의 지원), not for a symmetric act':
    {
      text: '라피더스의 무기는 미국과 유럽연합(EU)의 전폭적인 지원이다. 라피더스는 미국과 일본 정부의 전략적 협력을 기반으로 한다.',
      entities: [
        '라피더스:Company',
        '미국:Place',
        '미국 정부:Government',
        '유럽연합:Government',
        '일본 정부:Government',
      ],
      gives: ['SUPPORTS 미국 정부→라피더스 active', 'SUPPORTS 유럽연합→라피더스 active'],
      not: ['PARTNERS_WITH 라피더스→미국 정부 active', 'PARTNERS_WITH 미국 정부→라피더스 active'],
    },
  'a country as the last partner of a symmetric act stands for its government (일본이 … 인도와 동맹을 결성했다)': {
    text: '일본이 반도체 생산기지로 떠오르는 인도와 반도체 동맹을 결성했다.',
    entities: ['일본:Place', '인도:Place', '일본 정부:Government', '인도 정부:Government'],
    gives: ['PARTNERS_WITH 일본 정부→인도 정부 active'],
  },
  'a founder of the topic past the object of a verb joined to the cue (양재봉이 중보증권을 인수해 세운 증권사로), and a couple (부부가) of founders':
    {
      text: '대신증권은 1975년 양재봉이 중보증권을 인수해 세운 증권사로, 명동에 본사를 두고 있다. 명필름은 1995년 심재명과 이은 부부가 세운 영화사다.',
      entities: ['대신증권:Company', '양재봉:Person', '명필름:Company', '심재명:Person', '이은:Person'],
      gives: ['FOUNDED 양재봉→대신증권 active', 'FOUNDED 심재명→명필름 active', 'FOUNDED 이은→명필름 active'],
    },
  'a past title with a past adnominal copula between the organisation and the person (어도어 대표였던 민희진) is ended':
    {
      text: '뉴진스는 당시 어도어 대표였던 민희진이 기획했다. 한국브리태니커회사 사장이던 한창기는 월간지를 창간했다.',
      entities: ['어도어:Company', '민희진:Person', '한국브리태니커회사:Company', '한창기:Person'],
      gives: ['LEADS 민희진→어도어 ended', 'LEADS 한창기→한국브리태니커회사 ended'],
    },
  'verbs of building (지은, 시공한), issuing (발행한), running in the past (운영하던) and publishing develop their object':
    {
      text: '한국수력원자력이 울진군에 지은 신한울 2호기는 상업운전에 들어갔다. 5만원권은 한국은행이 2009년 처음 발행한 지폐다. The Economist Group, which publishes The Economist, named a new editor.',
      entities: [
        '한국수력원자력:Company',
        '신한울 2호기:Facility',
        '한국은행:Government',
        '5만원권:Product',
        'The Economist Group:Company',
        'The Economist:Product',
      ],
      gives: [
        'DEVELOPS 한국수력원자력→신한울 2호기 active',
        'DEVELOPS 한국은행→5만원권 active',
        'DEVELOPS The Economist Group→The Economist active',
      ],
    },
  "English: a name in apposition with 'its' and a role noun is the N of the sentence's first organisation": {
    text: "Most of Nvidia's revenue still comes from cloud companies, led by Microsoft, its biggest customer.",
    entities: ['Nvidia:Company', 'Microsoft:Company'],
    gives: ['SUPPLIES Nvidia→Microsoft active'],
  },
  "English: 'whose chief executive X', and 'took over from Y' as a succession, not a takeover": {
    text: 'PayPal, whose chief executive Alex Chriss took over from Dan Schulman in 2023, also runs the Venmo app.',
    entities: ['PayPal:Company', 'Alex Chriss:Person', 'Dan Schulman:Person'],
    gives: ['LEADS Alex Chriss→PayPal active', 'LEADS Dan Schulman→PayPal ended'],
    not: ['OWNS Dan Schulman→PayPal active', 'OWNS PayPal→Dan Schulman active'],
  },
  'the topic run under a person\u2019s office (김이을 대표 체제에서)': {
    text: '쎄트렉아이는 김이을 대표 체제에서 위성을 만들고 있다. 골드만삭스는 데이비드 솔로몬 CEO 체제에서 마커스를 축소해 왔다.',
    entities: ['쎄트렉아이:Company', '김이을:Person', '골드만삭스:Company', '데이비드 솔로몬:Person'],
    gives: ['LEADS 김이을→쎄트렉아이 active', 'LEADS 데이비드 솔로몬→골드만삭스 active'],
  },
  'an office risen to, written with its aside (최고경영자(CEO)에 올랐다)': {
    text: 'HSBC는 영국 런던에 본사를 둔 은행으로, 2024년 9월 조르주 엘헤더리가 최고경영자(CEO)에 올랐다.',
    entities: ['HSBC:Company', '조르주 엘헤더리:Person'],
    gives: ['LEADS 조르주 엘헤더리→HSBC active'],
  },
  'raising someone to a leading office (사장을 최고경영자(CEO)로 올렸다), not to another one (부사장으로 올렸다)': {
    text: '시세이도는 2025년 1월 후지와라 겐타로 사장을 최고경영자(CEO)로 올렸다. 롯데지주는 신유열 전무를 부사장으로 올렸다.',
    entities: ['시세이도:Company', '후지와라 겐타로:Person', '롯데지주:Company', '신유열:Person'],
    gives: ['LEADS 후지와라 겐타로→시세이도 active'],
    not: ['LEADS 신유열→롯데지주 active'],
  },
  "English: 'the South Korean company', 'the U.S. chip designer' stand for the last sentence's organisation and give its origin":
    {
      text: 'SK hynix supplies HBM to Nvidia. The South Korean company expects to start supplying Apple. Nvidia reported record sales. The U.S. chip designer buys most of its memory from SK hynix.',
      entities: ['SK hynix:Company', 'Nvidia:Company', 'Apple:Company', 'South Korea:Place', 'U.S.:Place'],
      gives: [
        'SUPPLIES SK hynix→Apple announced',
        'LOCATED_IN SK hynix→South Korea active',
        'LOCATED_IN Nvidia→U.S. active',
      ],
    },
  "English: a list named 'as' a role noun, and 'one of X's biggest shareholders'": {
    text: 'OpenAI has signed up Oracle, Microsoft and Amazon as cloud suppliers. SoftBank had been one of Nvidia\u2019s biggest shareholders.',
    entities: [
      'OpenAI:Company',
      'Oracle:Company',
      'Microsoft:Company',
      'Amazon:Company',
      'SoftBank:Company',
      'Nvidia:Company',
    ],
    gives: [
      'SUPPLIES Oracle→OpenAI active',
      'SUPPLIES Microsoft→OpenAI active',
      'SUPPLIES Amazon→OpenAI active',
      'INVESTS_IN SoftBank→Nvidia active',
    ],
  },
  'a role noun joined by 의 describes the name after it past its origin (라피더스의 경쟁 상대인 대만 TSMC는)': {
    text: '라피더스의 경쟁 상대인 대만 TSMC는 올해 하반기 2나노 양산에 들어간다.',
    entities: ['라피더스:Company', 'TSMC:Company', '대만:Place'],
    gives: ['COMPETES_WITH TSMC→라피더스 active', 'LOCATED_IN TSMC→대만 active'],
  },
  "English: 'the ChatGPT maker' stands for the sentence's organisation that makes it; 'built by' makes for the owner; 추격해 온 describes":
    {
      text: "OpenAI chief executive Sam Altman said that the ChatGPT maker did not want guarantees. Nvidia's Blackwell processors, built by Taiwan's TSMC, carry HBM3E. 아마존은 그동안 빠르게 추격해 온 구글에 밀렸다.",
      entities: [
        'OpenAI:Company',
        'ChatGPT:Product',
        'Sam Altman:Person',
        'Nvidia:Company',
        'TSMC:Company',
        '아마존:Company',
        '구글:Company',
      ],
      gives: [
        'DEVELOPS OpenAI→ChatGPT active',
        'MANUFACTURES_FOR TSMC→Nvidia active',
        'COMPETES_WITH 아마존→구글 active',
      ],
    },
  "English ', where it competes with' opens a clause of its own whose subject is the sentence's first name; 위탁 생산 with a space":
    {
      text: 'Amazon Web Services is one of the biggest providers of computing to Japanese companies, where it competes with Microsoft, Google and Oracle. TSMC는 엔비디아와 AMD의 AI 가속기를 위탁 생산한다.',
      entities: [
        'Amazon Web Services:Company',
        'Microsoft:Company',
        'Google:Company',
        'Oracle:Company',
        'TSMC:Company',
        '엔비디아:Company',
        'AMD:Company',
      ],
      gives: [
        'COMPETES_WITH Amazon Web Services→Microsoft active',
        'COMPETES_WITH Amazon Web Services→Oracle active',
        'MANUFACTURES_FOR TSMC→엔비디아 active',
        'MANUFACTURES_FOR TSMC→AMD active',
      ],
      not: ['SUPPLIES Amazon Web Services→Google active', 'SUPPLIES Amazon Web Services→Oracle active'],
    },
  'a clause describes the noun a name only tells the owner of (가락시장을 운영하는 서울시 산하 공기업)': {
    text: '서울시농수산식품공사는 서울 송파구의 가락시장을 운영하는 서울시 산하 공기업이다.',
    entities: ['가락시장:Facility', '서울시:Government'],
    gives: [],
    not: ['DEVELOPS 서울시→가락시장 active'],
  },
  'a home held past up to four words that describe the name (본사를 둔 러시아 최대 인터넷 기업 X), not past a clause': {
    text: '모스크바에 본사를 둔 러시아 최대 인터넷 기업 얀덱스는 검색엔진에서 출발했다. 빌바오에 본사를 둔 전력 회사로, 미국 자회사 아반그리드를 거느리고 있다.',
    entities: ['모스크바:Place', '얀덱스:Company', '빌바오:Place', '아반그리드:Company'],
    gives: ['LOCATED_IN 얀덱스→모스크바 active'],
    not: ['LOCATED_IN 아반그리드→빌바오 active'],
  },
  'a title holder who steps down or is made to leave held the topic’s office (X 사장이 물러났다, X 최고경영자를 물러나게 하고)':
    {
      text: '포스코이앤씨는 2025년 8월 정희민 사장이 사고의 책임을 지고 물러났다. 나이키는 2024년 10월 존 도나호 최고경영자를 물러나게 하고 엘리엇 힐을 후임으로 불러들였다.',
      entities: ['포스코이앤씨:Company', '정희민:Person', '나이키:Company', '존 도나호:Person'],
      gives: ['LEADS 정희민→포스코이앤씨 ended', 'LEADS 존 도나호→나이키 ended'],
    },
  '부인 as a noun of kin (부인 최은영이) denies nothing; 부인했다 does': {
    text: '한진해운은 원양 해운사로, 조수호 회장이 2006년 세상을 떠난 뒤 부인 최은영이 경영을 맡았다. TSMC는 인텔과의 합작법인 설립설을 부인했다.',
    entities: ['한진해운:Company', '조수호:Person', 'TSMC:Company', '인텔:Company'],
    gives: ['LEADS 조수호→한진해운 ended'],
    not: ['FOUNDED TSMC→인텔 active'],
  },
  'the first of founders listed with unknown ones past a kinship noun or a plural (A와 사촌 B가, A와 B 부부가, A와 B 등 과학자들이)':
    {
      text: '화이자는 1849년 찰스 화이자와 사촌 찰스 에르하르트가 브루클린에서 세운 회사다. 바이오엔테크는 2008년 우구르 사힌과 외즐렘 튀레지 부부가 세운 기업이다. 바이오젠은 1978년 월터 길버트와 필립 샤프 등 과학자들이 세운 회사다.',
      entities: [
        '화이자:Company',
        '찰스 화이자:Person',
        '바이오엔테크:Company',
        '우구르 사힌:Person',
        '바이오젠:Company',
        '월터 길버트:Person',
      ],
      gives: [
        'FOUNDED 찰스 화이자→화이자 active',
        'FOUNDED 우구르 사힌→바이오엔테크 active',
        'FOUNDED 월터 길버트→바이오젠 active',
      ],
    },
  'a regulator acting on a product written with its maker acts on the maker too (엔비디아의 A100 … 수출을 막았다)': {
    text: '미국 정부는 지난해 10월 엔비디아의 A100 같은 고성능 AI 칩의 중국 수출을 막았다.',
    entities: ['미국 정부:Government', '엔비디아:Company', 'A100:Product'],
    gives: ['REGULATES 미국 정부→엔비디아 active', 'REGULATES 미국 정부→A100 active', 'DEVELOPS 엔비디아→A100 active'],
  },
  'an adnominal cue between two names holds the first for the second; no later verb of the second’s takes it': {
    text: 'D램 시장에서 SK하이닉스와 선두를 다투는 삼성전자는 올해 말까지 DDR4 생산을 끝낼 계획이다.',
    entities: ['SK하이닉스:Company', '삼성전자:Company'],
    gives: ['COMPETES_WITH SK하이닉스→삼성전자 active'],
    not: ['MANUFACTURES_FOR 삼성전자→SK하이닉스 announced'],
  },
  'a name that only modifies a noun marked 에 is the recipient of the clause that describes the next name': {
    text: '엔비디아 GPU에 들어가는 HBM을 대부분 공급하는 SK하이닉스는 고객의 판매 감소를 우려하고 있다.',
    entities: ['엔비디아:Company', 'SK하이닉스:Company'],
    gives: ['SUPPLIES SK하이닉스→엔비디아 active'],
    not: ['SUPPLIES 엔비디아→SK하이닉스 active'],
  },
  'a patient in an earlier clause is not the adnominal clause’s (거래소에 상장했으며, 이 회사를 공동 창업한 X)': {
    text: '후불결제 업체 클라르나는 2025년 뉴욕증권거래소에 상장했으며, 2005년 이 회사를 공동 창업한 세바스티안 시미아트코프스키는 지금도 회사 지분을 갖고 있다.',
    entities: ['뉴욕증권거래소:Company', '세바스티안 시미아트코프스키:Person'],
    gives: [],
    not: ['FOUNDED 세바스티안 시미아트코프스키→뉴욕증권거래소 active'],
  },
  'a market and a rank in it, or a maker’s kind, name a product’s makers (D램 시장 1위를 다투는 A와 B, D램 업체인 A)': {
    text: 'D램 시장 1위를 다투는 삼성전자와 SK하이닉스는 정부 대책을 환영했다. 낸드 업체인 키옥시아는 상장을 추진한다. 낸드 시장에서 삼성전자와 1, 2위를 다투는 SK하이닉스는 소송의 당사자가 아니다.',
    entities: ['D램:Technology', '낸드:Technology', '삼성전자:Company', 'SK하이닉스:Company', '키옥시아:Company'],
    gives: [
      'DEVELOPS 삼성전자→D램 active',
      'DEVELOPS SK하이닉스→D램 active',
      'COMPETES_WITH 삼성전자→SK하이닉스 active',
      'DEVELOPS 키옥시아→낸드 active',
      'DEVELOPS 삼성전자→낸드 active',
      'DEVELOPS SK하이닉스→낸드 active',
    ],
  },
  'a market without a rank names no maker (HBM 시장에서 큰손인 엔비디아는)': {
    text: 'HBM 시장에서 큰손인 엔비디아는 실적을 발표했다.',
    entities: ['HBM:Technology', '엔비디아:Company'],
    gives: [],
    not: ['DEVELOPS 엔비디아→HBM active'],
  },
  'the co-founders of a company are its shareholders, not partners, unless it is their joint venture': {
    text: '도요타는 2022년 소니, 소프트뱅크 등 7개사와 함께 반도체 기업 라피더스를 세운 주주이기도 하다. 삼성바이오로직스와 바이오젠은 합작해 삼성바이오에피스를 세웠다.',
    entities: [
      '도요타:Company',
      '소니:Company',
      '소프트뱅크:Company',
      '라피더스:Company',
      '삼성바이오로직스:Company',
      '바이오젠:Company',
      '삼성바이오에피스:Company',
    ],
    gives: ['FOUNDED 도요타→라피더스 active', 'PARTNERS_WITH 삼성바이오로직스→바이오젠 active'],
    not: ['PARTNERS_WITH 도요타→소니 active', 'PARTNERS_WITH 도요타→소프트뱅크 active'],
  },
  'English: a past office in an aside (formerly, who had been) and the office after it; resigned as; ousted without its':
    {
      text: 'Irene Tracey, formerly warden of Merton College, became vice-chancellor of the University of Oxford in January 2023. Louise Richardson, who had been vice-chancellor of the University of St Andrews, took office as president of Carnegie Corporation. Minouche Shafik resigned as president of Columbia University in August 2024. In August 2024 Starbucks ousted chief executive Laxman Narasimhan after 17 months.',
      entities: [
        'Irene Tracey:Person',
        'Merton College:ResearchOrg',
        'University of Oxford:ResearchOrg',
        'Louise Richardson:Person',
        'University of St Andrews:ResearchOrg',
        'Carnegie Corporation:Company',
        'Minouche Shafik:Person',
        'Columbia University:ResearchOrg',
        'Starbucks:Company',
        'Laxman Narasimhan:Person',
      ],
      gives: [
        'LEADS Irene Tracey→Merton College ended',
        'LEADS Irene Tracey→University of Oxford active',
        'LEADS Louise Richardson→University of St Andrews ended',
        'LEADS Louise Richardson→Carnegie Corporation active',
        'LEADS Minouche Shafik→Columbia University ended',
        'LEADS Laxman Narasimhan→Starbucks ended',
      ],
    },
  'verbs of seating and promoting appoint (X를 새 최고경영자로 앉혔다, X 부사장을 사장으로 승격시켰다)': {
    text: '익스피디아 그룹은 2024년 5월 아리안 고랭을 새 최고경영자로 앉혔다. JR동일본은 2024년 4월 기세 요이치 부사장을 사장으로 승격시켰다.',
    entities: ['익스피디아 그룹:Company', '아리안 고랭:Person', 'JR동일본:Company', '기세 요이치:Person'],
    gives: ['LEADS 아리안 고랭→익스피디아 그룹 active', 'LEADS 기세 요이치→JR동일본 active'],
  },
  'a name right before the home noun owns it (천재교육 본사는 Y에 있다); a building or main campus held is a home (사옥을 둔, 본교를 둔)':
    {
      text: "천재교육이 운영하는 '밀크T'는 '엘리하이'와 경쟁하며, 천재교육 본사는 서울 금천구에 있다. 부산 동구에 사옥을 둔 부산일보는 정수재단이 지분을 갖고 있다. 서울 동대문구에 본교를 둔 한국외국어대학교는 1954년 세워졌다.",
      entities: [
        '천재교육:Company',
        '금천구:Place',
        '동구:Place',
        '부산일보:Company',
        '동대문구:Place',
        '한국외국어대학교:ResearchOrg',
      ],
      gives: [
        'LOCATED_IN 천재교육→금천구 active',
        'LOCATED_IN 부산일보→동구 active',
        'LOCATED_IN 한국외국어대학교→동대문구 active',
      ],
    },
  'English: money put or poured into a company is an investment ("has put about $13 billion into OpenAI")': {
    text: 'Microsoft, which has put about $13 billion into OpenAI since 2019, is also expected to take part. SoftBank poured $2 billion into Arm.',
    entities: ['Microsoft:Company', 'OpenAI:Company', 'SoftBank:Company', 'Arm:Company'],
    gives: ['INVESTS_IN Microsoft→OpenAI active', 'INVESTS_IN SoftBank→Arm active'],
  },
  'two titles of one office joined by and or 겸 state both relations (founder and chief executive, 창업자 겸 회장)': {
    text: '"We are ready," said Jensen Huang, Nvidia\'s founder and chief executive. 손정의 소프트뱅크그룹 창업자 겸 회장은 말했다.',
    entities: ['Nvidia:Company', 'Jensen Huang:Person', '소프트뱅크그룹:Company', '손정의:Person'],
    gives: [
      'FOUNDED Jensen Huang→Nvidia active',
      'LEADS Jensen Huang→Nvidia active',
      'FOUNDED 손정의→소프트뱅크그룹 active',
      'LEADS 손정의→소프트뱅크그룹 active',
    ],
  },
  'English: the buyer before its verb is no maker of what it buys ("Apple buys chips from TSMC")': {
    text: 'Apple buys chips from TSMC. Oracle plans to buy more Nvidia chips.',
    entities: ['Apple:Company', 'TSMC:Company', 'Oracle:Company', 'Nvidia:Company'],
    gives: ['SUPPLIES TSMC→Apple active', 'SUPPLIES Nvidia→Oracle announced'],
    not: ['SUPPLIES Apple→TSMC active'],
  },
  'a government that requires or demands something of a company regulates it (will require ASML to obtain licences, 틱톡에 … 요구해 왔다)':
    {
      text: 'The Dutch government will require ASML to obtain licences before selling its older machines to Chinese customers. 미국 정부는 틱톡에 바이트댄스와의 지분 관계를 정리하라고 요구해 왔다.',
      entities: ['Dutch government:Government', 'ASML:Company', '미국 정부:Government', '틱톡:Company'],
      gives: ['REGULATES Dutch government→ASML announced', 'REGULATES 미국 정부→틱톡 active'],
      not: ['INVESTS_IN 미국 정부→틱톡 active'],
    },
  'English: "X, whose P" makes X the developer of its product': {
    text: 'Nvidia, whose A100 and H100 processors may not be sold to Chinese customers, has been selling slower versions.',
    entities: ['Nvidia:Company', 'A100:Product', 'H100:Product'],
    gives: ['DEVELOPS Nvidia→A100 active', 'DEVELOPS Nvidia→H100 active'],
  },
  'a product bought is supplied by the maker written with it (엔비디아의 AI 칩 H100을 사들이는), not owned': {
    text: '메타는 엔비디아의 AI 칩 H100을 가장 많이 사들이는 고객 가운데 하나다. KCFT는 KKR이 2017년 LS엠트론의 동박·박막 사업부를 사들여 세웠다.',
    entities: ['메타:Company', '엔비디아:Company', 'H100:Product', 'KKR:Company', 'LS엠트론:Company', '동박:Product'],
    gives: ['SUPPLIES 엔비디아→메타 active'],
    not: ['OWNS 메타→H100 active', 'SUPPLIES LS엠트론→KKR active'],
  },
  'English: a verb coordinated after the first one governs the name after it ("makes chips for others and trails TSMC")':
    {
      text: "Samsung's foundry business, which makes chips for other companies and trails Taiwan's TSMC by a wide margin, continued to lose money.",
      entities: ['Samsung:Company', 'TSMC:Company'],
      gives: ['COMPETES_WITH Samsung→TSMC active'],
      not: ['MANUFACTURES_FOR Samsung→TSMC active'],
    },
  'English: a person who started an organisation founded it; an organisation that started somewhere founded nothing': {
    text: 'Heineken, the brewer that Gerard Adriaan Heineken started in Amsterdam in 1864, took over Amstel in 1968. Grab, the ride-hailing company that started in Malaysia in 2012, bought the business of Uber in 2018.',
    entities: ['Heineken:Company', 'Gerard Adriaan Heineken:Person', 'Amstel:Company', 'Grab:Company', 'Uber:Company'],
    gives: ['FOUNDED Gerard Adriaan Heineken→Heineken active'],
    not: ['FOUNDED Heineken→Amstel active', 'FOUNDED Grab→Uber active'],
  },
  'a facility said to have opened or been built at a place is there (X는 … Y에 문을 열었다, Y에 연 테마파크로; opened in/on Y)':
    {
      text: '유니버설 스튜디오 재팬은 2001년 오사카시 고노하나구에 문을 열었다. 롯데월드 어드벤처 부산은 호텔롯데가 2022년 부산 기장군에 연 테마파크로, 두 번째 롯데월드다. Hong Kong Disneyland opened on Lantau Island in 2005.',
      entities: [
        '유니버설 스튜디오 재팬:Facility',
        '오사카시:Place',
        '롯데월드 어드벤처 부산:Facility',
        '기장군:Place',
        'Hong Kong Disneyland:Facility',
        'Lantau Island:Place',
      ],
      gives: [
        'LOCATED_IN 유니버설 스튜디오 재팬→오사카시 active',
        'LOCATED_IN 롯데월드 어드벤처 부산→기장군 active',
        'LOCATED_IN Hong Kong Disneyland→Lantau Island active',
      ],
    },
  'a facility is not where a later topic opened something (X는 …냈으며, 디즈니는 Y에 문을 열었다)': {
    text: '유니버설 스튜디오 재팬은 1년 적자를 냈으며, 디즈니는 2001년 도쿄 우라야스시에 문을 열었다.',
    entities: ['유니버설 스튜디오 재팬:Facility', '우라야스시:Place'],
    gives: [],
    not: ['LOCATED_IN 유니버설 스튜디오 재팬→우라야스시 active'],
  },
  'a review’s probes: words that only look like the new cues propose nothing': {
    text: 'Lisa Su, chief executive of AMD, had been expected to speak. Nvidia founder Jensen Huang met Morris Chang, founder and chairman of TSMC. Tim Cook started his career at IBM. Apple has put pressure on Samsung. 삼성전자와 경쟁하지만 애플은 삼성전자로부터 부품을 공급받는다. 포스코는 장인화 회장이 미국 출장을 떠나 자리를 비웠다. 엔비디아의 AI 칩을 위탁생산하는 TSMC는 공장을 늘릴 계획이다.',
    entities: [
      'Lisa Su:Person',
      'AMD:Company',
      'Nvidia:Company',
      'Jensen Huang:Person',
      'Morris Chang:Person',
      'TSMC:Company',
      'Tim Cook:Person',
      'IBM:Company',
      'Apple:Company',
      'Samsung:Company',
      '삼성전자:Company',
      '애플:Company',
      '포스코:Company',
      '장인화:Person',
      '엔비디아:Company',
    ],
    gives: [
      'LEADS Lisa Su→AMD active',
      'FOUNDED Jensen Huang→Nvidia active',
      'SUPPLIES 삼성전자→애플 active',
      'LEADS 장인화→포스코 active',
      'MANUFACTURES_FOR TSMC→엔비디아 active',
    ],
    not: [
      'LEADS Lisa Su→AMD ended',
      'LEADS Jensen Huang→Nvidia active',
      'FOUNDED Tim Cook→IBM active',
      'INVESTS_IN Apple→Samsung active',
      'LEADS 장인화→포스코 ended',
    ],
  },
  'an office taken at an organisation written before two titles (호텔신라 대표이사 사장을 맡고 있다)': {
    text: '이부진은 2010년부터 호텔신라 대표이사 사장을 맡고 있다.',
    entities: ['이부진:Person', '호텔신라:Company'],
    gives: ['LEADS 이부진→호텔신라 active'],
  },
  'a predecessor whose successor is no known name led the organisation the sentence opens with (의 후임으로, 사장 후임으로, 전임자, took over from)':
    {
      text: '버버리는 2024년 조너선 아케로이드의 후임으로 새 최고경영자를 선임했다. 르노코리아는 2024년 9월 스테판 드블레즈 사장 후임으로 새 사장을 선임했다. BP는 2024년 1월 새 최고경영자를 선임했으며, 전임자 버나드 루니는 2023년 9월 물러났다. DHL Group, headquartered in Bonn, is led by a chief executive who took over from Frank Appel in 2023.',
      entities: [
        '버버리:Company',
        '조너선 아케로이드:Person',
        '르노코리아:Company',
        '스테판 드블레즈:Person',
        'BP:Company',
        '버나드 루니:Person',
        'DHL Group:Company',
        'Frank Appel:Person',
      ],
      gives: [
        'LEADS 조너선 아케로이드→버버리 ended',
        'LEADS 스테판 드블레즈→르노코리아 ended',
        'LEADS 버나드 루니→BP ended',
        'LEADS Frank Appel→DHL Group ended',
      ],
    },
  "a title holder is the topic's past a word of time (지금은) and past a second title joined by 겸": {
    text: '에이스침대는 1963년 세운 침대 회사로, 지금은 장남 안성호 대표가 경영한다. CME그룹은 2007년 시카고상품거래소를 인수했으며, 테리 더피 회장 겸 최고경영자가 회사를 이끌고 있다.',
    entities: ['에이스침대:Company', '안성호:Person', 'CME그룹:Company', '테리 더피:Person'],
    gives: ['LEADS 안성호→에이스침대 active', 'LEADS 테리 더피→CME그룹 active'],
  },
  'a chase written as an adnominal clause: the object chased and the name described compete (X를 뒤쫓는 Y는)': {
    text: '2나노 공정에서 TSMC를 뒤쫓는 삼성전자는 테슬라의 AI 칩을 생산하기로 했다. 클라우드 시장에서 아마존, 구글을 뒤쫓는 오라클은 격차를 좁히겠다는 입장이다.',
    entities: [
      'TSMC:Company',
      '삼성전자:Company',
      '테슬라:Company',
      '아마존:Company',
      '구글:Company',
      '오라클:Company',
    ],
    gives: [
      'COMPETES_WITH 삼성전자→TSMC active',
      'COMPETES_WITH 오라클→아마존 active',
      'COMPETES_WITH 오라클→구글 active',
    ],
    not: ['COMPETES_WITH TSMC→테슬라 active'],
  },
  'English rivals: a plural role noun after its names each listed one; a possessor of a role noun after "of" is not its object; listed subjects of a symmetric verb':
    {
      text: "Microsoft said its cloud rivals Amazon, Google and Oracle had not been hacked. Samsung Display, an affiliate of Apple's biggest smartphone rival Samsung Electronics, makes the screens. Amazon, Google and Microsoft compete to rent out AI computing. Arm, Nvidia and Oracle are the key technology partners in the project.",
      entities: [
        'Microsoft:Company',
        'Amazon:Company',
        'Google:Company',
        'Oracle:Company',
        'Samsung Display:Company',
        'Apple:Company',
        'Samsung Electronics:Company',
        'Arm:Company',
        'Nvidia:Company',
      ],
      gives: [
        'COMPETES_WITH Amazon→Microsoft active',
        'COMPETES_WITH Google→Microsoft active',
        'COMPETES_WITH Oracle→Microsoft active',
        'COMPETES_WITH Samsung Electronics→Apple active',
        'COMPETES_WITH Amazon→Google active',
      ],
      not: ['OWNS Apple→Samsung Display active', 'PARTNERS_WITH Arm→Nvidia active'],
    },
  'English: goods bought from a seller past an adverb and a possessor are its supply ("buys memory mainly from South Korea\'s SK hynix")':
    {
      text: "Nvidia buys high-bandwidth memory mainly from South Korea's SK hynix.",
      entities: ['Nvidia:Company', 'SK hynix:Company', 'South Korea:Place'],
      gives: ['SUPPLIES SK hynix→Nvidia active'],
      not: ['OWNS SK hynix→Nvidia active'],
    },
  'English: a role noun of supply with no preposition after it is no act ("other cloud providers", "auto supplier ZF"); with one it is ("a supplier to")':
    {
      text: 'OpenAI can now use other cloud providers beyond Microsoft, its largest investor. Wolfspeed shelved a plan with auto supplier ZF. Samsung, a major supplier to Apple, rose. Musk has positioned xAI as a rival to OpenAI.',
      entities: [
        'OpenAI:Company',
        'Microsoft:Company',
        'Wolfspeed:Company',
        'ZF:Company',
        'Samsung:Company',
        'Apple:Company',
        'xAI:Company',
      ],
      gives: ['INVESTS_IN Microsoft→OpenAI active', 'SUPPLIES Samsung→Apple active', 'COMPETES_WITH xAI→OpenAI active'],
      not: ['SUPPLIES OpenAI→Microsoft active', 'SUPPLIES Microsoft→OpenAI active', 'SUPPLIES Wolfspeed→ZF active'],
    },
  'English: "its" and a role noun name the owner even when another role noun in the sentence is read': {
    text: 'Microsoft will use the power for data centres, including those of its partner OpenAI, the maker of ChatGPT.',
    entities: ['Microsoft:Company', 'OpenAI:Company', 'ChatGPT:Product'],
    gives: ['PARTNERS_WITH OpenAI→Microsoft active', 'DEVELOPS OpenAI→ChatGPT active'],
  },
  'a home is 소재한 or 소재지, not 소재 inside a noun (특수소재 기업); a name marked 은/는 is no word of the noun an adnominal clause describes':
    {
      text: 'DL케미칼은 2022년 휴스턴에 본사를 둔 특수소재 기업 크레이튼을 인수했다. 한국가스공사는 대구에 소재한 공기업이다. 김규욱 대표가 이끄는 KQ엔터테인먼트는 그룹 에이티즈를 세계 무대에 올려놓았다.',
      entities: [
        'DL케미칼:Company',
        '휴스턴:Place',
        '한국가스공사:Company',
        '대구:Place',
        '김규욱:Person',
        '에이티즈:Company',
      ],
      gives: ['LOCATED_IN 한국가스공사→대구 active'],
      not: ['LOCATED_IN DL케미칼→휴스턴 active', 'LEADS 김규욱→에이티즈 active'],
    },
  'a name listed before a partner marked 와 acts with the subject and is not what it founds (TSMC가 소니, 덴소와 함께 설립한)':
    {
      text: 'JASM은 TSMC가 소니, 덴소와 함께 일본 구마모토현에 설립한 반도체 공장 운영사다.',
      entities: ['TSMC:Company', '소니:Company'],
      gives: [],
      not: ['FOUNDED TSMC→소니 active'],
    },
  'English: a relative clause opened by "in which" describes the name before it ("the startup in which Microsoft has invested")':
    {
      text: 'Copilot uses GPT-4o, the model released by OpenAI, the startup in which Microsoft has invested about $13 billion.',
      entities: ['OpenAI:Company', 'Microsoft:Company'],
      gives: ['INVESTS_IN Microsoft→OpenAI active'],
      not: ['INVESTS_IN OpenAI→Microsoft active'],
    },
  'a maker\'s goods used, run on or rented are its supply to the user (SK하이닉스의 HBM을 쓰고, "runs on Nvidia\'s GPUs")':
    {
      text: "구글과 아마존도 자체 개발한 AI 칩에 SK하이닉스의 HBM을 쓰고 있다. 오픈AI는 마이크로소프트의 클라우드를 빌려 모델을 학습시켜 왔다. Samsung, Apple's main rival in smartphones, uses Qualcomm's Snapdragon chips. Like AMD, Xilinx uses TSMC's 7-nanometre chips.",
      entities: [
        '구글:Company',
        '아마존:Company',
        'SK하이닉스:Company',
        '오픈AI:Company',
        '마이크로소프트:Company',
        'Samsung:Company',
        'Apple:Company',
        'Qualcomm:Company',
        'AMD:Company',
        'Xilinx:Company',
        'TSMC:Company',
      ],
      gives: [
        'SUPPLIES SK하이닉스→구글 active',
        'SUPPLIES SK하이닉스→아마존 active',
        'SUPPLIES 마이크로소프트→오픈AI active',
        'SUPPLIES Qualcomm→Samsung active',
        'SUPPLIES TSMC→Xilinx active',
      ],
      not: ['SUPPLIES Qualcomm→Apple active', 'SUPPLIES TSMC→AMD active'],
    },
  'money received by the name an adnominal clause describes comes from the giver marked 로부터 (X로부터 … 투자받은 Y는)':
    {
      text: '마이크로소프트로부터 130억 달러를 투자받은 오픈AI는 새 모델을 공개했다. 삼성전자로부터 HBM을 공급받은 엔비디아는 새 칩을 내놨다.',
      entities: ['마이크로소프트:Company', '오픈AI:Company', '삼성전자:Company', '엔비디아:Company'],
      gives: ['INVESTS_IN 마이크로소프트→오픈AI active', 'SUPPLIES 삼성전자→엔비디아 active'],
      not: ['INVESTS_IN 오픈AI→마이크로소프트 active'],
    },
  'English: a funding round\'s possessor raises the money that the subject puts in ("took part in OpenAI\'s funding round")':
    {
      text: "Nvidia, which also took part in OpenAI's funding round last October, backs start-ups. SoftBank led Mistral's latest $600 million funding round.",
      entities: ['Nvidia:Company', 'OpenAI:Company', 'SoftBank:Company', 'Mistral:Company'],
      gives: ['INVESTS_IN Nvidia→OpenAI active', 'INVESTS_IN SoftBank→Mistral active'],
      not: ['INVESTS_IN OpenAI→Nvidia active'],
    },
  "making entrusted to a maker (생산을 TSMC에 맡기기로, TSMC에 칩 생산을 맡기는 엔비디아) or done on a maker's process (TSMC의 5나노 공정으로 생산한다)":
    {
      text: 'SK하이닉스는 HBM3E까지는 베이스 다이를 자체 공정으로 만들었지만, HBM4부터는 베이스 다이 생산을 TSMC에 맡기기로 했다. TSMC에 칩 생산을 맡기는 미국 엔비디아의 주문이 크게 늘었다. MS는 마이아 100을 대만 TSMC의 5나노 공정으로 생산한다.',
      entities: ['SK하이닉스:Company', 'TSMC:Company', '엔비디아:Company', '미국:Place', 'MS:Company', '대만:Place'],
      gives: [
        'MANUFACTURES_FOR TSMC→SK하이닉스 announced',
        'MANUFACTURES_FOR TSMC→엔비디아 active',
        'MANUFACTURES_FOR TSMC→MS active',
      ],
      not: ['MANUFACTURES_FOR 엔비디아→TSMC active', 'MANUFACTURES_FOR MS→TSMC active'],
    },
  "the review's probes of the ninth stop's rules": {
    text: "삼성전자는 SK하이닉스의 HBM을 쓰는 엔비디아에 맞서 새 칩을 내놨다. 삼성전자는 엔비디아의 GPU를 쓰지 않기로 했다. Apple stopped using Intel's processors in 2020. A startup backed by Amazon uses Nvidia's GPUs. TSMC에 칩 생산을 맡긴 퀄컴은 주문을 늘렸다. 현대차는 반도체 사업부 운영을 삼성전자에 맡기기로 했다. 삼성전자는 TSMC의 3나노 공정으로 만든 칩보다 성능이 좋다고 밝혔다. OpenAI's latest funding round was led by SoftBank. Apple did not join OpenAI's funding round. Nvidia told TSMC that Apple had invested in the project. Unlike Intel, AMD and Nvidia compete directly in AI chips. Amazon, Google and Microsoft compete to rent out Nvidia chips. Apple's rival Samsung said its chip supplier TSMC raised prices. 현대차는 김철수 디자인센터장 후임으로 외부 인사를 영입했다. 텍사스주 휴스턴 소재 크레이튼은 DL케미칼에 인수됐다. 엔비디아가 투자한 떠오르는 AI 기업 코어위브가 상장했다.",
    entities: [
      '삼성전자:Company',
      'SK하이닉스:Company',
      '엔비디아:Company',
      'Apple:Company',
      'Intel:Company',
      'Amazon:Company',
      'Nvidia:Company',
      'TSMC:Company',
      '퀄컴:Company',
      '현대차:Company',
      'OpenAI:Company',
      'SoftBank:Company',
      'AMD:Company',
      'Google:Company',
      'Microsoft:Company',
      'Samsung:Company',
      '김철수:Person',
      '휴스턴:Place',
      '크레이튼:Company',
      '코어위브:Company',
    ],
    gives: [
      'SUPPLIES SK하이닉스→엔비디아 active',
      'MANUFACTURES_FOR TSMC→퀄컴 active',
      'INVESTS_IN SoftBank→OpenAI active',
      'COMPETES_WITH AMD→Nvidia active',
      'COMPETES_WITH Amazon→Google active',
      'LOCATED_IN 크레이튼→휴스턴 active',
      'INVESTS_IN 엔비디아→코어위브 active',
    ],
    not: [
      'SUPPLIES SK하이닉스→삼성전자 active',
      'SUPPLIES 엔비디아→삼성전자 announced',
      'SUPPLIES Intel→Apple active',
      'SUPPLIES Nvidia→Amazon active',
      'MANUFACTURES_FOR 삼성전자→현대차 announced',
      'MANUFACTURES_FOR TSMC→삼성전자 active',
      'INVESTS_IN Apple→OpenAI active',
      'INVESTS_IN Apple→TSMC active',
      'COMPETES_WITH Intel→AMD active',
      'COMPETES_WITH Amazon→Nvidia active',
      'SUPPLIES TSMC→Apple active',
      'LEADS 김철수→현대차 ended',
    ],
  },
  'an organisation, or a list, that says where the person after it works or studied takes no part in the act (히브리대 교수인 X가 창업한, 삼성전자와 AMD 출신 X가)':
    {
      text: '모빌아이는 히브리대 교수인 암논 샤슈아가 1999년 공동 창업한 기업이다. 퓨리오사AI는 2017년 삼성전자와 AMD 출신 백준호 대표가 창업했다.',
      entities: [
        '모빌아이:Company',
        '히브리대:ResearchOrg',
        '암논 샤슈아:Person',
        '퓨리오사AI:Company',
        '삼성전자:Company',
        'AMD:Company',
        '백준호:Person',
      ],
      gives: ['FOUNDED 암논 샤슈아→모빌아이 active', 'FOUNDED 백준호→퓨리오사AI active'],
      not: [
        'FOUNDED 암논 샤슈아→히브리대 active',
        'FOUNDED 삼성전자→퓨리오사AI active',
        'FOUNDED AMD→퓨리오사AI active',
      ],
    },
  'makers by a rank or a share of a market, with no market word or with a share': {
    text: 'D램 세계 1, 2위인 삼성전자와 SK하이닉스는 HBM을 늘린다. 세계 D램 시장의 4분의 3 이상을 차지하는 한국의 삼성전자와 SK하이닉스는 실적을 낸다.',
    entities: ['삼성전자:Company', 'SK하이닉스:Company', 'D램:Product', '한국:Place'],
    gives: ['DEVELOPS 삼성전자→D램 active', 'DEVELOPS SK하이닉스→D램 active'],
  },
  'a rank alone after the product (세계 D램 1위인)': {
    text: '반면 세계 D램 1위인 삼성전자는 고전했다.',
    entities: ['삼성전자:Company', 'D램:Product'],
    gives: ['DEVELOPS 삼성전자→D램 active'],
  },
  'rivals by a noun of competition between two names (A와 B의 경쟁이)': {
    text: '파운드리 시장에서 TSMC와 삼성전자의 2나노 경쟁이 본격화할 전망이다.',
    entities: ['TSMC:Company', '삼성전자:Company'],
    gives: ['COMPETES_WITH TSMC→삼성전자 active'],
  },
  'rivals listed as the big three of a market, and one that lost to another': {
    text: '아마존은 구글, 메타와 함께 미국 디지털 광고 시장의 3강으로 꼽힌다. 삼성전자는 HBM 경쟁에서는 SK하이닉스에 밀렸다.',
    entities: ['아마존:Company', '구글:Company', '메타:Company', '삼성전자:Company', 'SK하이닉스:Company'],
    gives: [
      'COMPETES_WITH 아마존→구글 active',
      'COMPETES_WITH 아마존→메타 active',
      'COMPETES_WITH 삼성전자→SK하이닉스 active',
    ],
  },
  'English: competition between two names, and two that work together': {
    text: 'The agency found head-to-head competition between Coach and Michael Kors handbags. Google and Samsung said they are working together on a headset.',
    entities: ['Coach:Company', 'Michael Kors:Company', 'Google:Company', 'Samsung:Company'],
    gives: ['COMPETES_WITH Coach→Michael Kors active', 'PARTNERS_WITH Google→Samsung active'],
  },
  'English: goods rented from a list of sellers, and not what is not rented': {
    text: 'OpenAI, the maker of ChatGPT, rents much of its computing power from Microsoft and Oracle. Nvidia no longer rents servers from CoreWeave. Meta rents office space from Google.',
    entities: [
      'OpenAI:Company',
      'Microsoft:Company',
      'Oracle:Company',
      'Nvidia:Company',
      'CoreWeave:Company',
      'Meta:Company',
      'Google:Company',
      'ChatGPT:Product',
    ],
    gives: ['SUPPLIES Microsoft→OpenAI active', 'SUPPLIES Oracle→OpenAI active'],
    not: ['SUPPLIES CoreWeave→Nvidia active', 'SUPPLIES Google→Meta active', 'OWNS Meta→Google active'],
  },
  "English: a maker's goods rented by the antecedent of a relative clause": {
    text: "Revenue rose, helped by AI customers including OpenAI, which began renting Google's computing capacity this year.",
    entities: ['OpenAI:Company', 'Google:Company'],
    gives: ['SUPPLIES Google→OpenAI active'],
  },
  'goods bought from a seller: a Korean object with 도, an English participle': {
    text: '구글은 엔비디아로부터 GPU도 대량으로 사들이고 있다. Meta spends heavily on data centers filled with chips bought from Nvidia.',
    entities: ['구글:Company', '엔비디아:Company', 'Meta:Company', 'Nvidia:Company'],
    gives: ['SUPPLIES 엔비디아→구글 active', 'SUPPLIES Nvidia→Meta active'],
    not: ['OWNS 구글→엔비디아 active', 'OWNS Meta→Nvidia active', 'OWNS Nvidia→Meta active'],
  },
  "English: a product in apposition with its maker's kind of product": {
    text: "ChatGPT, OpenAI's chatbot, now has more than 300 million weekly users.",
    entities: ['OpenAI:Company', 'ChatGPT:Product'],
    gives: ['DEVELOPS OpenAI→ChatGPT active'],
  },
  'English: "the maker of" a product names the nearest organisation before it, not the sentence\'s first': {
    text: 'Microsoft is the largest investor in OpenAI, having committed about $13 billion to the ChatGPT maker. Apple is in talks to invest in OpenAI in a round that would value the maker of ChatGPT at $100 billion.',
    entities: ['Microsoft:Company', 'OpenAI:Company', 'Apple:Company', 'ChatGPT:Product'],
    gives: ['DEVELOPS OpenAI→ChatGPT active'],
    not: ['DEVELOPS Microsoft→ChatGPT active', 'DEVELOPS Apple→ChatGPT active'],
  },
  'a Korean place before a list is the home of each name up to one with a place of its own': {
    text: 'HBM 시장은 한국의 SK하이닉스와 삼성전자, 미국 마이크론이 나눠 갖고 있다. 미국 구글과 아마존, 애플도 투자를 늘린다.',
    entities: [
      'SK하이닉스:Company',
      '삼성전자:Company',
      '마이크론:Company',
      '구글:Company',
      '아마존:Company',
      '애플:Company',
      '한국:Place',
      '미국:Place',
    ],
    gives: [
      'LOCATED_IN SK하이닉스→한국 active',
      'LOCATED_IN 삼성전자→한국 active',
      'LOCATED_IN 마이크론→미국 active',
      'LOCATED_IN 아마존→미국 active',
      'LOCATED_IN 애플→미국 active',
    ],
    not: ['LOCATED_IN 마이크론→한국 active'],
  },
  "a maker described by an adnominal verb of making an owner's goods makes for each owner": {
    text: '엔비디아와 애플의 칩을 만드는 TSMC는 EUV 장비를 대거 쓴다.',
    entities: ['엔비디아:Company', '애플:Company', 'TSMC:Company'],
    gives: ['MANUFACTURES_FOR TSMC→엔비디아 active', 'MANUFACTURES_FOR TSMC→애플 active'],
  },
  'English: a subject makes goods for each name after "for"': {
    text: "TSMC also makes AI accelerators for Nvidia and AMD. TSMC's Arizona fab began making chips for Apple in September.",
    entities: ['TSMC:Company', 'Nvidia:Company', 'AMD:Company', 'Apple:Company'],
    gives: [
      'MANUFACTURES_FOR TSMC→Nvidia active',
      'MANUFACTURES_FOR TSMC→AMD active',
      'MANUFACTURES_FOR TSMC→Apple active',
    ],
  },
  'a maker is no rival of its own product': {
    text: "LG그룹도 같은 달 자체 초거대 AI '엑사원 2.0'을 선보이며 생성형 AI 경쟁에 뛰어들었다.",
    entities: ['LG그룹:Company', '엑사원 2.0:Product'],
    gives: ['DEVELOPS LG그룹→엑사원 2.0 active'],
    not: ['COMPETES_WITH LG그룹→엑사원 2.0 active'],
  },
  'English: a government barred or began requiring licences for exports': {
    text: "Sales fell after the U.S. government barred exports of the A100 and H100 in 2022. The U.S. government began requiring licences for sales of Nvidia's H20 chips to China.",
    entities: ['U.S. government:Government', 'A100:Product', 'H100:Product', 'Nvidia:Company', 'China:Place'],
    gives: [
      'REGULATES U.S. government→A100 active',
      'REGULATES U.S. government→H100 active',
      'REGULATES U.S. government→Nvidia active',
    ],
  },
  'a product renamed by the subject is its own, with one joined to it across a word of its kind': {
    text: "MS는 지난해 11월 AI 챗봇인 '빙 챗'과 기업용 '빙 챗 엔터프라이즈'의 이름을 모두 '코파일럿'으로 바꾸고 두 브랜드를 정리했다. Microsoft renamed Bing Chat as Copilot in November.",
    entities: ['MS:Company', '빙 챗:Product', '빙 챗 엔터프라이즈:Product', 'Microsoft:Company', 'Bing Chat:Product'],
    gives: ['DEVELOPS MS→빙 챗 active', 'DEVELOPS MS→빙 챗 엔터프라이즈 active', 'DEVELOPS Microsoft→Bing Chat active'],
  },
  'a thing made marked 도 after the topic is the object of the verb of making': {
    text: 'LG생활건강은 2007년 코카콜라음료를 인수해 음료 사업에 진출했으며, 샴푸 엘라스틴도 만든다.',
    entities: ['LG생활건강:Company', '코카콜라음료:Company', '엘라스틴:Product'],
    gives: ['OWNS LG생활건강→코카콜라음료 active', 'DEVELOPS LG생활건강→엘라스틴 active'],
  },
};

describe('suggest: the constructions of issue 12', () => {
  it.each(Object.entries(cases))('%s', (_, { text, entities, gives, not = [] }) => {
    const found = relations(text, entities);
    for (const relation of gives) expect(found).toContain(relation);
    for (const relation of not) expect(found).not.toContain(relation);
  });
});

describe('suggest: a foundry makes for its customers', () => {
  const company = (name: string, description?: string) => ({
    id: name,
    type: 'Company',
    names: { en: name, ko: name },
    aliases: [],
    ...(description && { description }),
  });
  const dictionary = buildDictionary([
    company('GlobalFoundries', 'American foundry, the third-largest contract chipmaker.'),
    company('SkyWater', 'U.S. contract chipmaker with fabs in Minnesota.'),
    company('Samsung', 'South Korean maker of memory chips, the DRAM market leader, and a foundry.'),
    company('Qualcomm'),
    company('AMD'),
  ]);
  const found = (text: string) =>
    suggest(text, dictionary, { cues, ontology }).relations.map((r) => `${r.type} ${r.from}→${r.to}`);

  it('reads the supply of an organisation its description calls a foundry as making for the customer', () => {
    expect(found("GlobalFoundries's customers, including Qualcomm and AMD, rallied.")).toEqual([
      'MANUFACTURES_FOR GlobalFoundries→Qualcomm',
      'MANUFACTURES_FOR GlobalFoundries→AMD',
    ]);
  });

  it('reads a description past a dotted short name (U.S. contract chipmaker)', () => {
    expect(found('SkyWater supplies chips to Qualcomm.')).toEqual(['MANUFACTURES_FOR SkyWater→Qualcomm']);
  });

  it('leaves the supply of an organisation that is a foundry among other trades as supply', () => {
    expect(found('Samsung supplies memory chips to AMD.')).toEqual(['SUPPLIES Samsung→AMD']);
  });
});

describe('suggest: the evidence of every proposal can be highlighted', () => {
  it('gives the offsets of the quoted sentence and of both mentions in the text', () => {
    const text =
      '첫 문장이다.\n\n  부평구(구청장 차준택)는 회의를 열었다. 기아는 SK온으로부터 배터리를 공급받기로 했다.';
    const dictionary = buildDictionary(
      [
        ['부평구', 'Government'],
        ['차준택', 'Person'],
        ['기아', 'Company'],
        ['SK온', 'Company'],
      ].map(([name = '', type = '']) => ({ id: name, type, names: { en: name, ko: name }, aliases: [] })),
    );
    const { relations: found } = suggest(text, dictionary, { cues, ontology });
    expect(found.map((r) => r.type).sort()).toEqual(['LEADS', 'SUPPLIES']);
    for (const { quote, offsets, from, to } of found) {
      expect(text.slice(...offsets.quote)).toBe(quote);
      expect(text.slice(...offsets.from)).toBe(from);
      expect(text.slice(...offsets.to)).toBe(to);
    }
  });
});
