import type { Ontology } from '../../schema/ontology';
import type { Mention } from '../mentions/mentions';
import type { Sentence } from '../sentences/sentences';
import { CONFIDENCE } from './confidence';
import type { CuedPair } from './cue-context';
import { englishSubjectsBefore, groupEndingAt, subjectsBefore } from './groups';
import { ontologyFit } from './ontology-fit';

const DEVELOPS = 'DEVELOPS';
const MADE = new Set(['Product', 'Technology']);

/** After a product marked 의, a verb of renaming it: '빙챗'[의 이름을 모두 '코파일럿'으로 바꾸]. */
const RENAMED_KO = /^['’"”」』]?의\s+이름을\s+(?:[^\s,.]+\s+){0,3}?[^\s,.]*(?:으로|로)\s+(?:바꾸|바꿔|바꿨|바꾼|변경)/;
/** Before an English product, a verb of renaming it: "[renamed its ]Bing Chat". */
const RENAMED_EN =
  /\b(?:renamed|renames|renaming|rebranded|rebrands|rebranding)\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,2}?$/i;

/**
 * A product renamed by an organisation is its own: MS는 … '빙 챗'과 기업용 '빙 챗 엔터프라이즈'의 이름을 모두
 * '코파일럿'으로 바꾸고, "Microsoft renamed Bing Chat as Copilot": the subject develops each product renamed.
 */
export function renamedProducts(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  ontology: Ontology,
): CuedPair[] {
  const found: CuedPair[] = [];
  for (const product of mentions) {
    if (!MADE.has(product.type ?? '')) continue;
    const korean = RENAMED_KO.exec(text.slice(product.end, product.end + 48));
    const english = korean
      ? null
      : RENAMED_EN.exec(text.slice(Math.max(sentence.start, product.start - 40), product.start));
    if (!korean && !english) continue;
    const at = korean ? product.end + korean[0].lastIndexOf(' ') + 1 : product.start - (english?.[0].length ?? 0);
    const makers = korean
      ? subjectsBefore(text, mentions, product.start)
      : englishSubjectsBefore(text, sentence, mentions, product, at);
    const renamed = korean
      ? [...joinedBefore(text, mentions, product), ...groupEndingAt(mentions, product, text)]
      : [product];
    for (const maker of makers)
      for (const made of renamed)
        if (MADE.has(made.type ?? '') && ontologyFit(ontology, DEVELOPS, maker, made) === 'fits')
          found.push({
            cue: { label: DEVELOPS, at, end: at + 2, korean: korean !== null },
            from: maker,
            to: made,
            confidence: CONFIDENCE.cue + CONFIDENCE.marked,
          });
  }
  return found;
}

/** Between two products renamed together, 과/와 and maybe a word of the second's kind: '빙 챗'[과 기업용 ]'빙 챗 엔터프라이즈'. */
const JOINED_WITH_KIND = /^['’"”」』]?(?:과|와)\s+[^\s,.]+\s+['‘"“「『]?$/;

/** The product joined to `product` by 과/와 across a word of its kind, which a list would not take in. */
function joinedBefore(text: string, mentions: readonly Mention[], product: Mention): Mention[] {
  const before = mentions.findLast((m) => m.end <= product.start);
  return before && MADE.has(before.type ?? '') && JOINED_WITH_KIND.test(text.slice(before.end, product.start))
    ? [before]
    : [];
}
