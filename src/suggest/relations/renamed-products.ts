import type { Ontology } from '../../schema/ontology';
import { isMade, isOrganisation, type Mention } from '../mentions/mentions';
import type { Sentence } from '../sentences/sentences';
import { type CuedPair, statedPair } from './cue-context';
import { englishSubjectsBefore, groupEndingAt, subjectsBefore } from './groups';

const DEVELOPS = 'DEVELOPS';

/** After a product marked 의, a verb of renaming it: '빙챗'[의 이름을 모두 '코파일럿'으로 바꾸]. */
const RENAMED_KO =
  /^['’"”」』]?의\s+(?:이름|명칭|브랜드명)을\s+(?:[^\s,.]+\s+){0,3}?[^\s,.]*(?:으로|로)\s+(?:바꾸|바꿔|바꿨|바꾼|변경)/;
/** After the Korean verb, a noun it describes: 바꾼[ 것을] (the renaming is spoken of, not done by the subject). */
const SPOKEN_OF = /^[가-힣]*\s+것/;
/** Before an English product, a verb of renaming it: "[renamed its ]Bing Chat". */
const RENAMED_EN =
  /\b(?:renamed|renames|renaming|rebranded|rebrands|rebranding)\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,2}?$/i;
/** What every renaming the two patterns read contains. */
const RENAMING = /이름을|명칭을|브랜드명을|renam|rebrand/i;
/** Right before a product, its maker's name: 구글[ ']바드'. */
const MAKER_RIGHT_BEFORE = /^\s*['‘"“「『]?$/;

/**
 * A product renamed is its maker's (MS는 … '빙 챗'의 이름을 '코파일럿'으로 바꾸고, "Microsoft renamed Bing Chat"): the
 * maker is the name right before it, else the subject.
 */
export function renamedProducts(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  ontology: Ontology,
): CuedPair[] {
  if (!RENAMING.test(text.slice(sentence.start, sentence.end))) return [];
  const found: CuedPair[] = [];
  for (const product of mentions) {
    if (!isMade(product)) continue;
    const korean = RENAMED_KO.exec(text.slice(product.end, product.end + 48));
    const english = korean
      ? null
      : RENAMED_EN.exec(text.slice(Math.max(sentence.start, product.start - 40), product.start));
    if (!korean && !english) continue;
    const at = korean ? product.end + korean[0].lastIndexOf(' ') + 1 : product.start - (english?.[0].length ?? 0);
    if (korean && SPOKEN_OF.test(text.slice(at, at + 12))) continue;
    const renamed = korean
      ? [...joinedBefore(text, mentions, product), ...groupEndingAt(mentions, product, text)]
      : [product];
    const first = renamed[0] as Mention;
    const named = mentions.findLast((m) => m.end <= first.start);
    const makers =
      named && isOrganisation(named) && MAKER_RIGHT_BEFORE.test(text.slice(named.end, first.start))
        ? [named]
        : korean
          ? subjectsBefore(text, mentions, first.start)
          : englishSubjectsBefore(text, sentence, mentions, product, at);
    for (const maker of makers)
      for (const made of renamed)
        if (isMade(made)) found.push(...statedPair(ontology, DEVELOPS, maker, made, at, korean !== null));
  }
  return found;
}

/** Between two products renamed together, 과/와 and a word of the second's kind: '빙 챗'[과 기업용 ]'빙 챗 엔터프라이즈'. */
const JOINED_WITH_KIND = /^['’"”」』]?(?:과|와)\s+(?![^\s,.]*(?:한|은|는|던|인|된)\s)[^\s,.]+\s+['‘"“「『]?$/;

/** The product joined to `product` by 과/와 across a word of its kind, which a list would not take in. */
function joinedBefore(text: string, mentions: readonly Mention[], product: Mention): Mention[] {
  const before = mentions.findLast((m) => m.end <= product.start);
  return before && isMade(before) && JOINED_WITH_KIND.test(text.slice(before.end, product.start)) ? [before] : [];
}
