import type { Cues } from '../../schema/cues';
import { ADDRESS_WORD, everyCode, foldAscii, isHangulCode, isWordCode } from '../text';
import { CueMatcher } from './cue-match';

/** The Korean case particles of the lexicon. */
/** The grammatical role a particle gives the name before it. */
export type Role = 'subject' | 'object' | 'with' | 'source';

export interface Particles {
  /** The Hangul particles, longest first, with the role each marks: what can be attached after a name. */
  attached: { particle: string; role: Role }[];
  /** The role each particle marks; a particle listed under two roles marks the first of source, subject, object, with. */
  roleOf: Map<string, Role>;
  /** The whole rest of a Korean word after a name that keeps it that name: particles, endings and titles (측은, 시장은). */
  wordRest: RegExp;
}

/** What marks the name of a new entity. */
export interface NameMarks {
  /** Capitalised words that are not names. */
  stopwords: Set<string>;
  /** Korean organisation suffixes, longest first. */
  suffixes: string[];
  /** Words that, before a suffix, make the word a kind of organisation (사립대학), not a name. */
  kindModifiers: Set<string>;
  /** Finds the suffixes that can occur inside a word, to find the words worth looking at. */
  suffixFinder: RegExp;
  /** What can follow a name inside its word, shortest first: nothing, or a particle. */
  afterName: string[];
  /** Generic technical vocabulary: never a name. */
  terms: Set<string>;
  /** Korean family names of one syllable. */
  surnames: Set<string>;
}

/** What a title written next to a person says: the person leads the organisation with a role, or founded it. */
export interface TitleSense {
  type: 'LEADS' | 'FOUNDED';
  role?: string;
}

/** The role of the titles that name a founder (창업자, founder): they give FOUNDED, not LEADS. */
const FOUNDER_ROLE = 'Founder';

/** Titles of people (회장, CEO, chief executive), found in one scan. */
export interface Titles {
  /** Every title, longest first, case-insensitive (the caller checks where words end). */
  finder: RegExp;
  /** A title at a given place, after optional space, 의 or 's and modifiers (sticky: set lastIndex). */
  at: RegExp;
  /**
   * The whole gap between an organisation and the person after it when it is a title: 부평구[(구청장 ]차준택,
   * 엔비디아의 [수장 ]샘 올트먼, BNK금융지주 [신임 회장인 ]김지완. The title is group 1.
   */
  between: RegExp;
  /** A title glued to the end of an organisation's name, sharing its last syllable (sticky): 부산[시장], 양평[군수]. */
  glued: RegExp;
  /** The gap between a person and the organisation whose title follows: a particle, a bracket, a modifier (전). */
  personGap: RegExp;
  /** A Latin title right before a name: "chief executive " at the end of a slice. */
  latinBefore: RegExp;
  /** What each title says, by its lower-cased form. */
  senseOf: Map<string, TitleSense>;
  /** Titles that are also common nouns: they never make a new person of the word before them. */
  nounTitles: Set<string>;
  /** The titles as written, in lower case and capitalised: a word of a Latin name run that is a title (CEO). */
  words: Set<string>;
  /** Whether a Korean particle starts at `at` (CEO는, 회장과): a title may carry one. */
  particleAt: (text: string, at: number) => boolean;
}

/** LOCATED_IN by word order: what may stand between a place and an organisation, and before an event. */
export interface Located {
  /** Between organisations and their home country: 등의 모국인 (애플, 구글 등의 모국인 미국), 's home country. */
  homeland: RegExp;
  /** The gap between a place and the organisation in it: text[place.end, org.start) matches it whole. */
  gap: RegExp;
  /** A kind of product right before a name: 아파트 [브랜드 ]더샵. */
  kindBefore: RegExp;
  /** After a cue, a verb of building joined to it that describes the next name: 투자해 용인에 [조성 중인] 클러스터. */
  builtWith: RegExp;
  /** The gap between a place and an event held or a facility built there: 에서 열린 '…, 에 조성 중인 '…, [ 벡스코]에서 열린. */
  held: RegExp;
  /**
   * The gap between an organisation and its product: nothing, 의 or 's, and at most a modifier and a few words
   * ending in a kind of product (구글 크롬, 엔비디아의 최신 칩 B200, LG유플러스의 AI 모델 익시젠, MBC 《무한도전》).
   */
  product: RegExp;
  /** Right after a name, a kind of product it makes, maybe with a particle (sticky): 엔비디아[ GPU를], Nvidia[ chips]. */
  productAfter: RegExp;
  /** Right before a verb, a kind of product as its object: [GPU를 ]사들였다, [칩 10만 개를 ]구매했다. */
  productObjectBefore: RegExp;
  /** After an English verb of buying, goods and "from" before the seller: buys[ geothermal power from ]Fervo. */
  goodsBeforeSeller: RegExp;
  /** A kind of goods that ends the text: [chips ]bought from Nvidia, makes AI [accelerators ]for Nvidia. */
  goodsAtEnd: RegExp;
  /** A word for what is bought as ownership: 지분, 사업, stake, business. */
  assets: RegExp;
  /** Right after a seller's name, its goods (sticky): buys most of ASML[’s extreme ultraviolet (EUV) lithography systems]. */
  possessedGoods: RegExp;
  /** Right after a possessor, a kind of its products past up to three words (sticky): Meta['s open-source language model]. */
  possessedKind: RegExp;
  /**
   * Between a product and its maker, an apposition with a kind of product and "of", "from" or "by", maybe past the
   * maker's place or backer: "ChatGPT[, the chatbot from San Francisco-based ]OpenAI".
   */
  kindOfMaker: RegExp;
  /** Right after a Korean maker's name, 의, a few words and a kind of its goods (sticky): SK하이닉스[의 HBM]. */
  makersGoods: RegExp;
  /** A word for a site right after the organisation (공장, plant): the place before it is the site's. */
  site: RegExp;
  /** Right before a home cue, the start of a word for a site that ends in the cue: [생산 ]거점으로. */
  siteBefore: RegExp;
  /** Right after a place (sticky), that a home moves from it to another: [에서 성동구로 이전했다], 수원시[ 팔달구에서 …로 옮겼다]. */
  movedFrom: RegExp;
  /** Right before a place, a home moved from it: "moved its headquarters [from ]". */
  movedFromBefore: RegExp;
  /** A verb of moving a home, anywhere in a stretch: 이전했, 옮겼, "moved". */
  move: RegExp;
  /** Right after a place (sticky), the kind of organisation the topic is, bare nouns before it: 미국[ 전장 기업으로]. */
  kindAfter: RegExp;
  /** Right after a place (sticky), the kind of organisation an English apposition names: "a San Francisco[ startup]". */
  kindAfterEn: RegExp;
  /** Right after a place (sticky), the kind of organisations a Korean list closed by 등 names: 메타, 구글 등 미국[ 빅테크가]. */
  kindAfterList: RegExp;
  /** Right after an organisation (sticky), the kind of product the topic is said to be: MS[ 검색 엔진으로], 삼성전자[의 최신 스마트폰이다]. */
  productKindAfter: RegExp;
  /** Right after a facility (sticky), a verb that builds it: 공장[을 짓기로 했다]. */
  builtAfter: RegExp;
}

/** What a role noun says: the relation type, and the side the party it names takes. */
export interface RoleSense {
  type: string;
  named: 'from' | 'to';
}

/** Nouns that name a party by its relation to another: ChatGPT [maker] OpenAI, KT [계열사]인 BC카드. */
export interface RoleNouns {
  /** The whole gap between the other party and the named one when it is a role noun: 토스[ 운영사 ]비바리퍼블리카. */
  between: RegExp;
  /** The gap `, the N of ` or `… as a N between `: the name before is the N of the names after (the maker of). */
  of: RegExp;
  /** `'s N include ` or `'s N, including ` right after the other party (sticky): Inflection['s backers include ]Microsoft. */
  include: RegExp;
  /** The whole gap between a topic and the name its role noun names: 이마트[는 자회사 ]SSG닷컴, HLB[는 미국 자회사 ]엘레바. */
  topicBetween: RegExp;
  /** The whole gap before a list its role noun names, as 로는 puts it: 라피더스[의 경쟁 상대로는 ]대만 TSMC와 삼성전자가. */
  listedAs: RegExp;
  /** A role noun right after the other party (sticky): Microsoft, OpenAI['s biggest backer]; 카카오[가 최대주주]인. */
  after: RegExp;
  /** Right after a name, its role noun describing the next name (sticky): 오픈AI[의 경쟁사인 ]앤트로픽. */
  describesNext: RegExp;
  /** Every beginning of a role noun (개, 개발, 개발사): a word that none begins is no role noun. */
  prefixes: Set<string>;
  /** A role noun, or a word of belonging (산하, 계열, 소속, 출신), anywhere in a word: 게임 [계열사], [산하] 레이블. */
  tying: RegExp;
  /**
   * Right after a name, a role noun it owns (sticky): TikTok['s rival], OpenAI['s biggest backer], 챗GPT[ 대항마를],
   * 넥슨[ 자회사 ]네오플이, LS그룹[ 계열의 ]회사.
   */
  possessedRole: RegExp;
  /** Right before a name, a role noun it completes: Anthropic, [a rival of ]OpenAI. */
  roleOf: RegExp;
  senseOf: Map<string, RoleSense>;
}

/** The words that name parties of the previous sentence, found in one scan. */
export interface Anaphora {
  finder: RegExp;
  kindOf: Map<string, 'pair' | 'single'>;
  /** A pronoun that stands for a party when it opens a sentence (It, Its). */
  opening: RegExp;
  /**
   * "the Massachusetts-based [company]", "the Deerfield, Illinois-based pharmacy [chain]", "the South Korean [company]",
   * "the U.S. chip [designer]": group 1 is its head.
   */
  based: RegExp;
  /** A Korean role noun with no possessor, describing the next name (경쟁사인 삼성전자는, 국내 경쟁사인 LG전자도). */
  roleOpening: RegExp;
}

/** The cue lexicon made ready for scanning text: automata, tables and regular expressions. */
export interface CompiledCues {
  /** English adjectives of places (Dutch), written as words with a capital, and the English name of each place. */
  demonyms: { finder: RegExp; placeOf: Map<string, string> };
  /** The cue words of relation types, of status, Korean verbs of receiving (`reversing`) and denials. */
  cueWords: CueMatcher<'relations' | 'status' | 'reversing' | 'negation' | 'roles' | 'projects'>;
  /** "by"/"from" (the lexicon's passive words) right before a name: the name is the giver. */
  passive: RegExp;
  /** The cue words of appointment (선임, 임명), lower-cased. */
  appointingWords: Set<string>;
  /** A noun of a contract (계약, 협약), anywhere in a stretch of text. */
  contract: RegExp;
  /** A DEVELOPS cue of running or designing something, at the start of the cue's word: 운영[하는], 설계[한], design[ed]. */
  operating: RegExp;
  /** A Korean passive ending right after a cue (sticky: set lastIndex to the cue's end): 인수[됐다]. */
  passiveKo: RegExp;
  /**
   * The cue's last character, then a Korean adnominal ending and space: the whole stretch between a cue and the name
   * it describes (설[립한 ]라피더스); a cue that ends in one needs none (세[운 ]라피더스), a verb joined to the cue by -해
   * may carry it (출[자해 세운 합작법인 ]L-H배터리), and a kind of organisation or product, compounds too, may stand
   * before the name (세[운 운송회사 ]한진상사).
   */
  adnominal: RegExp;
  /** A home noun's object marking and verb, and what describes the name that holds it: 본사[를 둔 스포츠웨어 업체 ]데상트. */
  homeHeld: RegExp;
  particles: Particles;
  names: NameMarks;
  titles: Titles;
  located: Located;
  anaphora: Anaphora;
  roleNouns: RoleNouns;
}

/** The label of the status cues that say a deal is done. */
export const COMPLETED = 'completed';

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The English plurals in -ies of the words that end in a consonant and y: company → companies. */
const englishPlurals = (words: readonly string[]) =>
  words.filter((word) => /[a-z][^aeiouy]y$/.test(word)).map((word) => `${word.slice(0, -1)}ies`);

const alternation = (words: readonly string[]) =>
  words.length > 0
    ? [...words]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')
    : '(?!)';

function compileTitles(cues: Cues, particles: Particles): Titles {
  const words = Object.keys(cues.titles);
  const latin = words.filter((word) => !/[\uAC00-\uD7A3]/.test(word));
  const any = alternation(words);
  const modifiers = `(?:(?:${alternation(cues.titleModifiers)})\\s*)*`;
  return {
    finder: new RegExp(any, 'gi'),
    glued: new RegExp(`(${any})`, 'iy'),
    personGap: new RegExp(`^(?:은|는|이|가|을|를|께서)?,?\\s*[(（]?\\s*(?:(?:a|an|the)\\s+)?${modifiers}$`),
    // A possessive: 의, 's, or a bare apostrophe after an s (Databricks' co-founder).
    at: new RegExp(`\\s*(?:의\\s*|['’]s\\s+|(?<=s)['’]\\s+)?${modifiers}(${any})`, 'iy'),
    // After a possessive the title may end in a comma (소프트뱅크의 수장, 손정의); else a comma ends a list's item. The
    // noun may be the topic: 케이뱅크의 최대주주는 BC카드다.
    between: new RegExp(
      `^(?:의|['’]s)?\\s*[(（,]?\\s*${modifiers}(${any})(?:인|이자|이었던|였던|이던|을 지낸|를 지낸)?\\s*(?:[:：]|(?<=^(?:의|['’]s).*),)?\\s*$`,
      'i',
    ),
    latinBefore: new RegExp(`(?:^|[^A-Za-z])(${alternation(latin)})\\s+$`, 'i'),
    senseOf: new Map(
      Object.entries(cues.titles).map(([word, role]): [string, TitleSense] => [
        word.toLowerCase(),
        role === FOUNDER_ROLE ? { type: 'FOUNDED' } : { type: 'LEADS', role },
      ]),
    ),
    nounTitles: new Set(cues.nounTitles.map((word) => word.toLowerCase())),
    words: new Set(words.flatMap((word) => [word, word.toLowerCase(), word[0]?.toUpperCase() + word.slice(1)])),
    particleAt: (text, at) => particles.attached.some(({ particle }) => text.startsWith(particle, at)),
  };
}

/** An English possessive: 's, or a bare apostrophe after an s (Walgreens'). */
const POSSESSIVE = "(?:['’]s|(?<=s)['’])";

function compileRoleNouns(cues: Cues): RoleNouns {
  const senseOf = new Map<string, RoleSense>();
  for (const { type, named, ko, en } of cues.roleNouns)
    for (const word of [...ko, ...en]) senseOf.set(word.toLowerCase(), { type, named });
  const noun = `(${alternation([...senseOf.keys()])})`;
  const modifiers = `(?:(?:${alternation(cues.roleModifiers)})\\s+)*`;
  return {
    tying: new RegExp(`${alternation([...cues.roleNouns.flatMap((n) => n.ko), '산하', '계열', '소속', '출신'])}`),
    // After a possessive, one more word may say what kind, after modifiers or before them (네이버의 [클라우드] 자회사,
    // Alphabet's [self-driving] unit, Apple's biggest [smartphone] rival); so may one word without it (Dove [soap] maker
    // Unilever). "Microsoft, whose rivals Amazon and Google" is a possessive. In English the noun may have a place before
    // it ("the [Kyoto-based] maker of", "the [South Korean] maker of").
    // After a possessive the title may end in a comma (소프트뱅크의 수장, 손정의); else a comma ends a list's item. The
    // noun may be the topic: 케이뱅크의 최대주주는 BC카드다.
    between: new RegExp(
      `^(?:(?:의|${POSSESSIVE}|,\\s+whose)\\s*${modifiers}(?:[가-힣A-Za-z-]{1,12}\\s+)?|\\s+(?!(?:에서|에게|으로|부터|까지|과의|와의|에는|에도|보다)\\s)(?:[a-z][a-z-]{1,11}|[가-힣]{2,6})\\s+)?\\s*${modifiers}${noun}(?:s|인|이자|은|는)?(?:,\\s+(?:the|a|an)\\s+|,?\\s+)$`,
      'i',
    ),
    of: new RegExp(
      `^(?:,\\s*(?:one\\s+of\\s+)?|.*\\b(?:as|is|was)\\s+(?:also\\s+|now\\s+|still\\s+)?(?:one\\s+of\\s+)?)(?:the|a|an|another)\\s+(?:(?:[A-Z][\\w.'’-]*,?\\s+){0,2}(?:[\\w.]+-based\\s+)?)?${modifiers}${noun}(s?)\\s+(?:of|between|for|to|in(?!\\s+(?:which|whom|that)\\b))\\s+(?:the\\s+)?(?:[A-Z][\\w.-]*['’]s\\s+)?(?:[a-z][\\w-]*\\s+){0,3}$`,
      'i',
    ),
    include: new RegExp(
      `(?:${POSSESSIVE}|,\\s+whose)\\s+${modifiers}(?:[a-z][a-z-]{1,11}\\s+)?${noun}s?(?:\\s+(?:include|includes|are|were|is|was)|,\\s*(?:including|such as|among them))\\s+`,
      'iy',
    ),
    // The other party may be the last of two coordinated ones: 얼티엄셀즈는 GM[과 LG에너지솔루션의 합작사]다. After an English
    // possessive one word may say what kind (Google's biggest [Android] partner).
    after: new RegExp(
      `(?:(?:과|와)\\s*[^\\s,]{2,12}?(?:의|이|가)|${POSSESSIVE}\\s+${modifiers}(?:[A-Za-z][\\w-]{1,11}\\s+)?|${POSSESSIVE}|의|이|가)?\\s*${modifiers}${noun}(?:s)?(?![A-Za-z])`,
      'iy',
    ),
    describesNext: new RegExp(`의\\s*${modifiers}${noun}인\\s`, 'iy'),
    possessedRole: new RegExp(
      `${POSSESSIVE}\\s+${modifiers}${noun}s?(?![A-Za-z])|['’”」』]?\\s${modifiers}${noun}(?:(?:을|를|에게|에|의)\\s|\\s+[^\\s]+?(?:이|가|은|는)\\s)`,
      'iy',
    ),
    topicBetween: new RegExp(`^(?:은|는)\\s+(?:[^\\s]+\\s+)?${modifiers}${noun}\\s+$`),
    listedAs: new RegExp(`^의\\s+${modifiers}${noun}(?:으로는|로는)\\s+(?:[가-힣]{1,6}\\s+)?$`),
    roleOf: new RegExp(`\\b(?:a|an|the)\\s+${modifiers}${noun}s?\\s+(?:of|to)\\s+$`, 'i'),
    senseOf,
    prefixes: new Set([...senseOf.keys()].flatMap((word) => [...word].map((_, i) => word.slice(0, i + 1)))),
  };
}

/** The words of the site phrases that have more than one (생산 거점: 생산), without the last. */
function siteStarts(sites: readonly string[]): string[] {
  return sites.filter((site) => site.includes(' ')).map((site) => site.slice(0, site.lastIndexOf(' ')));
}

/**
 * Sticky: after `lead`, up to `words` bare words (no particle, no adnominal ending), then a kind and the copula or 으로:
 * 미국[ 전장 기업으로], MS[ 검색 엔진으로].
 */
const kindBeforeCopula = (lead: string, words: number, kinds: readonly string[]) =>
  new RegExp(
    `${lead}\\s+(?:(?![^\\s]*(?:에서|에|한|된|던|는|을|를|의|와|과)\\s)[^\\s]+\\s+){0,${words}}?[가-힣]*(?:${alternation(kinds)})(?:으로서|으로|로서|로|이다|다|이며|이자)[\\s,.]`,
    'y',
  );

/**
 * A cue joined by -해 to an adnominal verb, maybe past one argument of that verb: 제작[해 JTBC에서 방영된] (the character
 * before -해 is the cue's last).
 */
export const SERIAL_ADNOMINAL = '.(?:해|하여|해서)\\s+(?:[^\\s]+\\s+)?[가-힣]{1,4}[한운든된온]';

/**
 * A bare Korean noun that may describe the name after an adnominal clause (개발한 [지대공 미사일] 천궁 II, 세운 [사립대학]):
 * no particle or verb ending, no bound noun of time or manner (개발한 [뒤], 세운 [것으로]).
 */
const BARE_WORD =
  '(?!(?:뒤|후|이후|직후|때|것|바|데|만큼|적|중|가운데|결과|이래|만에|덕분|탓|대신|반면|동시에|당시|이듬해|지)\\s)(?![^\\s]*(?:은|는|이|가|을|를|에|의|와|과|로|도|서|고|며|면|만|나|게|지|다|요|까지|부터)\\s)[가-힣A-Za-z0-9-]{1,8}';

/**
 * What may stand between an adnominal clause and the name it describes: a kind of organisation or product after up to
 * `words` words that are no argument of a verb, compounds too (세운 [운송회사 ]한진상사, 본사를 둔 [러시아 최대 인터넷
 * 기업 ]얀덱스; not a name marked 은/는, 이끄는 [KQ엔터테인먼트는 그룹 ]에이티즈를, but 떠오르는), or bare nouns.
 */
const describedNameGap = (cues: Cues, words: number) =>
  `(?:(?:(?![^\\s]*(?:[,.]|으로|로|을|를|에서)\\s|[^\\s]*[A-Za-z][^\\s]*[은는]\\s|[^\\s]{3,}(?<![르히리기지이하되있없])[은는]\\s)[^\\s]+\\s+){0,${words}}[^\\s]*?(?:${alternation([...cues.located.between, ...cues.productKinds.kinds])})\\s+|${BARE_WORD}\\s+(?:${BARE_WORD}\\s+){0,2})?['‘’"“「『《]?`;

function compileLocated(cues: Cues): Located {
  const isKorean = (word: string) => everyCode(word, isHangulCode);
  const koreanAssets = cues.productKinds.assets.filter(isKorean);
  const englishAssets = cues.productKinds.assets.filter((word) => !isKorean(word));
  return {
    homeland: new RegExp(
      `^(?:\\s*등)?(?:의|['’]s)\\s+(?:${alternation(cues.located.homelands)})(?:인|이자|,)?\\s+$`,
      'i',
    ),
    kindBefore: new RegExp(`(?:${alternation(cues.productKinds.kinds)})\\s+['‘“「『]?$`),
    builtWith: new RegExp(
      `^(?:해|하여|해서)\\s+(?:[^\\s.,]+\\s+){0,3}?(?:${alternation(cues.located.builds)})[가-힣]*(?:\\s+중인)?\\s*['‘’"“「『]?$`,
    ),
    // Up to three words that end no clause may describe the organisation before the word that names its kind, which
    // may end a compound: 중국 최대 전자상거래 기업, 미국 진단기업.
    gap: new RegExp(
      `^(?:의|['’]s)?\\s+(?:(?:(?![^\\s]*(?:에서|에|로부터|한|된|던|는|은|을|를|와|과|며|고|,)\\s)[^\\s]+\\s+){0,3}[가-힣·]*(?:${alternation([...cues.located.between, ...englishPlurals(cues.located.between)])})(?:인|s)?(?:(?<=[a-z]),)?\\s+(?:(?:such as|including|like)\\s+)?)?$|^['’]s\\s+$|^[을를]\\s+대표하는\\s+$`,
    ),
    held: new RegExp(
      `^(?:\\s+[^\\s]+?){0,3}?에(?:서)?\\s+(?:\\d{4}년\\s+(?:\\d{1,2}월\\s+)?)?(?:${alternation(cues.located.held)})\\s+(?:(?![^\\s]*(?:을|를|이|가|은|는|에|의|와|과|로)\\s)[^\\s]+\\s+){0,3}?['‘’"“”「『]?$`,
    ),
    // 삼성전자[ 반도체 공장], 삼성전자[의 공장], "Samsung['s plant]" (not 엔비디아[는 데이터센터용 CPU], nor 테슬라[의 상하이
    // 공장], a plant with a place of its own).
    site: new RegExp(`^(?:(?:의|['’]s)\\s*|\\s+(?:[^\\s]+\\s+)?)(?:${alternation(cues.located.sites)})`, 'i'),
    siteBefore: new RegExp(`(?:${alternation(siteStarts(cues.located.sites))})\\s*$`, 'i'),
    movedFrom: new RegExp(
      `${ADDRESS_WORD}에서\\s+(?:[^\\s.]+\\s+){0,3}?[^\\s.]*?로\\s+(?:[^\\s.]+\\s+){0,2}?(?:${alternation(cues.located.moves)})`,
      'y',
    ),
    kindAfter: kindBeforeCopula('', 3, cues.located.between),
    productKindAfter: kindBeforeCopula('(?:의)?', 2, cues.productKinds.kinds),
    kindAfterEn: new RegExp(`\\s+(?:[A-Za-z][\\w-]*\\s+){0,3}(?:${alternation(cues.located.between)})s?\\b`, 'y'),
    kindAfterList: new RegExp(
      `\\s+(?:[^\\s]+\\s+)?[가-힣]*?(?:${alternation(cues.located.between)})들?(?:이|가|은|는|을|를|의|에|과|와|도|로|으로)?(?=[\\s,.])`,
      'y',
    ),
    builtAfter: new RegExp(`[을를]\\s+(?:[^\\s.]+\\s+){0,2}?(?:${alternation(cues.located.builds)})`, 'y'),
    movedFromBefore: new RegExp(`\\b(?:${alternation(cues.located.moves)})[^.]*\\bfrom\\s+$`, 'i'),
    move: new RegExp(alternation(cues.located.moves), 'i'),
    productObjectBefore: new RegExp(
      `(?:${alternation([...cues.productKinds.kinds, ...cues.productKinds.goods])}|GPU)(?:\\s+[^\\s]{1,8})?(?:을|를|도|만|까지)\\s+(?:[^\\s]+\\s+)?$`,
      'i',
    ),
    goodsAtEnd: new RegExp(`\\b(?:${alternation(cues.productKinds.goods)})(?:s|es)?\\s+$`, 'i'),
    assets: new RegExp(`${alternation(koreanAssets)}|\\b(?:${alternation(englishAssets)})(?:s|es)?\\b`, 'i'),
    possessedGoods: new RegExp(
      `['’]s\\s+(?:[\\w()-]+\\s+){0,4}?(?:${alternation([...cues.productKinds.kinds, ...cues.productKinds.goods])})(?:s|es)?\\b`,
      'iy',
    ),
    possessedKind: new RegExp(
      `['’]s\\s+(?:[\\w-]+\\s+){0,3}?(?:${alternation(cues.productKinds.kinds)})(?:s|es)?\\b`,
      'iy',
    ),
    kindOfMaker: new RegExp(
      `^,\\s+(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:${alternation(cues.productKinds.kinds)})(?:s|es)?\\s+(?:of|from|by|(?:developed|made|built)\\s+by)\\s+(?:[A-Z][\\w.]*\\s+)?(?:[\\w.]+-(?:based|backed)\\s+)?$`,
      'i',
    ),
    makersGoods: new RegExp(
      `의?\\s+(?:[^\\s,.]+\\s+){0,2}?(?:[^\\s,.(]+\\()?(?:${alternation([...cues.productKinds.kinds, ...cues.productKinds.goods])})(?:s|es)?(?![A-Za-z])`,
      'iy',
    ),
    goodsBeforeSeller: new RegExp(
      `^[a-z]*\\s+(?:[^\\s]+\\s+){0,4}?(?:${alternation([...cues.productKinds.kinds, ...cues.productKinds.goods])})s?\\s+(?:[a-z]+ly\\s+)?from\\s+(?:the\\s+)?(?:[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*)?['’]s\\s+)?$`,
      'i',
    ),
    productAfter: new RegExp(
      `(?:의|['’]s)?\\s*(?:(?:${alternation(cues.productKinds.modifiers)})\\s+)?(?:[^\\s]+\\s+|[^\\s(]+\\()?(?:${alternation(cues.productKinds.kinds)}|GPU)(?:s|es)?(?![A-Za-z])(?![가-힣](?<![을를이가은는의도과와]))`,
      'iy',
    ),
    product: new RegExp(
      `^(?:의|['’]s)?\\s*(?:(?:${alternation(cues.productKinds.modifiers)})\\s+)?(?:(?:[^\\s]+\\s+){0,2}[^\\s]*?(?:${alternation(cues.productKinds.kinds)})(?:\\([^)]{0,12}\\))?(?:인|이자)?\\s*)?[《「『"'“‘〈<]?$|^의\\s+(?:(?![^\\s]*(?:은|는|이|가|을|를|에|의|와|과|로|도|인)\\s)[^\\s]+\\s+){1,3}[《「『"'“‘〈<]?$|^['’]s?\\s+(?:(?!(?:${ENGLISH_NOT_DESCRIBING})\\s)[a-z][a-z-]*\\s+){0,2}$`,
      'i',
    ),
  };
}

/** Words after an English possessive that do not describe the product after them: "Google's [rival ]ChatGPT", "[use of]". */
const ENGLISH_NOT_DESCRIBING = [
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'from',
  'by',
  'and',
  'or',
  'than',
  'as',
  'over',
  'against',
  'the',
  'a',
  'an',
  'rival',
  'rivals',
  'competitor',
  'competitors',
  'challenger',
  'alternative',
  'answer',
].join('|');

function compileParticles(cues: Cues): Particles {
  const pairs = (['source', 'subject', 'object', 'with'] as const).flatMap((role) =>
    cues.particles[role].map((particle): [string, Role] => [particle, role]),
  );
  const roleOf = new Map<string, Role>();
  for (const [particle, role] of pairs) if (!roleOf.has(particle)) roleOf.set(particle, role);
  const attached = pairs
    .filter(([particle]) => everyCode(particle, (code) => isHangulCode(code) || code === 32))
    .map(([particle, role]) => ({ particle, role }));
  const endings = [...attached.map(({ particle }) => particle), ...cues.nameEndings, ...Object.keys(cues.titles)];
  return {
    attached: attached.sort((a, b) => b.particle.length - a.particle.length),
    roleOf,
    wordRest: new RegExp(`^(?:${alternation(endings.filter((word) => everyCode(word, isHangulCode)))})+$`),
  };
}

function compileNameMarks(cues: Cues, particles: Particles): NameMarks {
  const suffixes = Object.keys(cues.suffixes).sort((a, b) => b.length - a.length);
  // Characters of words are not special in a regular expression: the suffixes need no escaping.
  const findable = suffixes.filter((suffix) => everyCode(suffix, isWordCode));
  return {
    stopwords: new Set(cues.stopwords),
    suffixes,
    kindModifiers: new Set(cues.kindModifiers),
    suffixFinder: new RegExp(findable.length > 0 ? findable.join('|') : '(?!)', 'g'),
    afterName: ['', ...particles.roleOf.keys()].sort((a, b) => a.length - b.length),
    terms: new Set(cues.terms),
    surnames: new Set(cues.surnames),
  };
}

const compiled = new WeakMap<Cues, CompiledCues>();

/**
 * The lexicon compiled, once per lexicon object: `loadCues` compiles it as it loads it, and the result is kept
 * for as long as the lexicon lives. A lexicon is not changed after it is loaded.
 */
export function compileCues(cues: Cues): CompiledCues {
  let done = compiled.get(cues);
  if (!done) {
    const particles = compileParticles(cues);
    done = {
      cueWords: new CueMatcher({
        relations: cues.relations,
        status: { ...cues.status.cues, [COMPLETED]: cues.status.completed },
        reversing: { reversing: cues.reversing },
        negation: { negation: cues.negation },
        projects: { projects: { ko: cues.jointProjects, en: [] } },
        roles: {
          roles: {
            ko: cues.roleNouns.flatMap((noun) => noun.ko),
            en: cues.roleNouns.flatMap((noun) => noun.en),
          },
        },
      }),
      passive: new RegExp(`\\b(?:${cues.passive.en.join('|')})\\s+$`, 'i'),
      passiveKo: new RegExp(alternation(cues.passive.ko), 'y'),
      contract: new RegExp(alternation(cues.contracts), 'i'),
      operating: new RegExp(`^(?:${alternation(cues.operating)})`, 'i'),
      appointingWords: new Set(cues.appointing.map((word) => word.toLowerCase())),
      // The described name may follow a word for its kind: 두 회사가 세운 [합작법인] L-H배터리. A verb form ends the cue
      // (세[운], 이[끈], 이[끄는], 공개[한], 펴[낸], 내놓[은], 경쟁[하는]) or an ending follows it (설립[한]).
      adnominal: new RegExp(
        `^(?:[운든끈는한된낸연은]|끄는|하는|하던|.(?:${alternation(cues.adnominal)})|${SERIAL_ADNOMINAL})\\s+${describedNameGap(cues, 2)}$`,
      ),
      homeHeld: new RegExp(
        `^.(?:(?:을|를)\\s+(?:둔|두는|두고\\s+있는)|(?:이|가)\\s+있는)\\s+${describedNameGap(cues, 3)}$`,
      ),
      particles,
      names: compileNameMarks(cues, particles),
      titles: compileTitles(cues, particles),
      located: compileLocated(cues),
      roleNouns: compileRoleNouns(cues),
      demonyms: {
        finder: new RegExp(String.raw`\b(?:${alternation(Object.keys(cues.located.demonyms))})(?![\w'’-])`, 'g'),
        placeOf: new Map(Object.entries(cues.located.demonyms).map(([word, place]) => [word, foldAscii(place)])),
      },
      anaphora: {
        finder: new RegExp(alternation([...cues.anaphora.pair, ...cues.anaphora.single]), 'gi'),
        kindOf: new Map([
          ...cues.anaphora.single.map((word): [string, 'single'] => [word.toLowerCase(), 'single']),
          ...cues.anaphora.pair.map((word): [string, 'pair'] => [word.toLowerCase(), 'pair']),
        ]),
        opening: new RegExp(String.raw`\b(?:${alternation(cues.anaphora.opening)})(?![\w'’-])`, 'g'),
        based: new RegExp(
          String.raw`\b[Tt]he\s+(?:(?:[A-Z][\w.'-]*,?\s+)*[A-Z][\w.'-]*-based|${alternation(
            Object.keys(cues.located.demonyms),
          )})\s+(?:[a-z]+\s+)?(${alternation(
            cues.anaphora.single.filter((word) => /^the\s/i.test(word)).map((word) => word.slice(4)),
          )})\b`,
          'g',
        ),
        roleOpening: new RegExp(
          `(?:(?:${alternation(cues.roleModifiers)})\\s+)*(?:${alternation(
            cues.roleNouns.flatMap((noun) => noun.ko),
          )})(?:인|이자)\\s`,
          'g',
        ),
      },
    };
    compiled.set(cues, done);
  }
  return done;
}
