import { z } from 'zod';
import { RELATION_STATUSES, RelationStatus } from './data';

const Words = z.array(z.string().min(1)).default([]);
const Bilingual = z.strictObject({ ko: Words, en: Words });
const TypeName = z.string().regex(/^[A-Z][A-Za-z0-9]*$/, 'entity type names are PascalCase');

/** The cue lexicon: which words signal each relation type, its status and its direction. */
export const CuesSchema = z.strictObject({
  version: z.literal(1),
  relations: z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'relation type names are UPPER_SNAKE_CASE'), Bilingual),
  status: z.strictObject({
    order: z.array(RelationStatus).min(1),
    fallback: RelationStatus,
    cues: z.partialRecord(z.enum(RELATION_STATUSES), Bilingual),
    /** Words that say a deal is done (마무리, completed): it is active, whatever reports it (…마무리했다고 밝혔다). */
    completed: Bilingual.default({ ko: [], en: [] }),
  }),
  particles: z.strictObject({ subject: Words, object: Words, with: Words, source: Words }),
  /**
   * What may follow a name inside its Korean word without making it another name: endings (이다, 처럼, 까지), suffixes
   * of the same entity (측, 그룹, 시) and glued titles (평택시장). The word may end in particles and titles too; a name
   * glued to any other word is part of a longer one (LG유플러스 is not LG, 카카오게임즈 not 카카오).
   */
  nameEndings: Words,
  reversing: Bilingual,
  /** Words that deny a cue: Korean after it in its clause (협력설을 부인했다), English a few words before it (did not). */
  negation: Bilingual.default({ ko: [], en: [] }),
  /** LEADS cues that appoint someone (선임, 임명): the person they act on, not their subject, takes the office. */
  appointing: Words,
  /** Nouns of a contract: a Korean 과/와 partner before one is the counterparty (A는 B와 공급 계약을 맺었다). */
  contracts: Words,
  /** DEVELOPS cues of running or designing: a product or service is developed so, a facility is not (운영하는 김포국제공항). */
  operating: Words,
  /**
   * Korean nouns of a joint enterprise (프로젝트, 사업, 컨소시엄): a subject and the partners it acts with (함께) on one
   * partner each other (A는 B, C와 함께 … '스타게이트' 프로젝트를 발표했다).
   */
  jointProjects: Words,
  /** Korean endings that make a cue describe the name right after it (설립한 라피더스: the name is the target). */
  adnominal: Words,
  /** English words before the giver (by, from); Korean passive endings right after a cue (인수[됐다]). */
  passive: z.strictObject({ en: Words, ko: Words }),
  suffixes: z.record(z.string().min(1), TypeName).default({}),
  /** Korean words that, before an organisation suffix, make a kind of organisation, not a name: 사립[대학], 시중[은행]. */
  kindModifiers: Words,
  latinSuffixes: z.record(z.string().min(1), TypeName).default({}),
  stopwords: Words,
  /** Generic technical vocabulary (LLM, GPU, EUV…): never proposed as a new entity. */
  terms: Words,
  /** Korean family names (김, 이, 박…): a three-syllable word that starts with one is a full Korean name. */
  surnames: Words,
  /**
   * Nouns that name a party by its relation to another (ChatGPT maker OpenAI, KT 계열사인 BC카드, Microsoft, OpenAI's
   * biggest backer): the relation type and the side the party so named takes.
   */
  roleNouns: z
    .array(
      z.strictObject({
        type: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
        named: z.enum(['from', 'to']),
        ko: Words,
        en: Words,
      }),
    )
    .default([]),
  /** Words that may stand before a role noun without changing it (최대, 주요, biggest, main). */
  roleModifiers: Words,
  /**
   * Words that name parties of the previous sentence: `pair` its two organisations (양사, 두 회사, the two companies),
   * `single` its acting organisation (이 회사, the company).
   */
  anaphora: z
    .strictObject({
      pair: Words,
      single: Words,
      /** Pronouns that stand for the acting organisation only when they open a sentence (It, Its). */
      opening: Words,
    })
    .default({ pair: [], single: [], opening: [] }),
  /**
   * Common words that name a government, and the names of the place whose government each stands for: a bare 정부 in
   * Korean news (Korea's, unless the text named another before), "the administration" and 행정부 (the United States').
   */
  governmentWords: z
    .strictObject({
      home: z.strictObject({ words: Words, places: Words }).default({ words: [], places: [] }),
      administration: z.strictObject({ words: Words, places: Words }).default({ words: [], places: [] }),
    })
    .default({ home: { words: [], places: [] }, administration: { words: [], places: [] } }),
  /** Titles of people (회장, CEO, Minister…) and the role each gives in a LEADS relation. */
  titles: z.record(z.string().min(1), z.string().min(1)).default({}),
  /**
   * What may stand between an organisation and its product: modifiers (최신, new) and kinds of product (모델, chip); and
   * goods that are bought and sold, not named products (power, 부품): a purchase of either from a company is supply.
   */
  productKinds: z
    .strictObject({ modifiers: Words, kinds: Words, goods: Words, assets: Words })
    .default({ modifiers: [], kinds: [], goods: [], assets: [] }),
  /** Words that may stand before a title without changing what it says (신임, 전, 초대, former). */
  titleModifiers: Words,
  /** Titles that are also common nouns (시장 market, 대표): they give a known person's title, never a new person. */
  nounTitles: Words,
  /**
   * What may stand between a place and the organisation in it (대만 기업 TSMC; 도쿄에서 열린 '행사'), words for sites that
   * are not a home (공장), verbs of moving a home (이전, moved): the place moved from is a home no longer, and verbs of
   * building a facility at a place (인디애나주에 공장을 짓는다).
   */
  located: z
    .strictObject({
      between: Words,
      held: Words,
      sites: Words,
      moves: Words,
      builds: Words,
      homelands: Words,
      /** English adjectives of places and the place each names, as the dictionary writes it (Dutch: Netherlands). */
      demonyms: z.record(z.string().min(1), z.string().min(1)).default({}),
    })
    .default({ between: [], held: [], sites: [], moves: [], builds: [], homelands: [], demonyms: {} }),
});

export type Cues = z.infer<typeof CuesSchema>;
