import type { Ontology } from '../../schema/ontology';
import { isMade, type Mention } from '../mentions/mentions';
import type { Sentence } from '../sentences/sentences';
import { NEGATED_BEFORE_EN } from '../text';
import { type CuedPair, statedPair } from './cue-context';
import { englishSubjectsBefore, subjectsBefore } from './groups';

const USES = 'USES';

/** Before an English product, a verb of training on it and what is trained: "[trained its models largely on ]Nvidia's H100". */
const TRAINED_ON_EN =
  /\b(?:trained|trains|train|training)\s+(?:(?:its|their|the|a)\s+)?(?:[\w-]+\s+){0,4}?on\s+(?:(?:a|an|the)\s+)?(?:(?:cluster|clusters|thousands|tens\s+of\s+thousands|hundreds)\s+of\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+)?$/;
/** After a Korean product, maybe a kind word, and a verb of training with it: H100[ 칩으로 AI 모델을 학습]. */
const TRAINED_WITH_KO =
  /^(?:\s+[^\s,.]+)?(?:으로|로)\s+(?:[^\s,.]+\s+){0,3}?[^\s,.]*학습(?:시키|시켜|시킨|하|해|한|했)/;

/** What every verb of training the two patterns read contains. */
const TRAINING = /train|학습/;

/** A product that a model is trained on is used by the trainer: "Meta trained its Llama models on Nvidia H100 chips". */
export function trainedOn(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  ontology: Ontology,
): CuedPair[] {
  if (!TRAINING.test(text.slice(sentence.start, sentence.end))) return [];
  return mentions.filter(isMade).flatMap((product) => {
    const before = Math.max(sentence.start, product.start - 80);
    const english = TRAINED_ON_EN.exec(text.slice(before, product.start));
    const korean = english ? null : TRAINED_WITH_KO.exec(text.slice(product.end, product.end + 40));
    if (!english && !korean) return [];
    const at = english ? before + english.index : product.end + (korean?.[0].length ?? 0) - 2;
    if (english && NEGATED_BEFORE_EN.test(text.slice(Math.max(sentence.start, at - 24), at))) return [];
    const trainers = english
      ? englishSubjectsBefore(text, sentence, mentions, product, at)
      : subjectsBefore(text, mentions, product.start);
    return trainers.flatMap((trainer) => statedPair(ontology, USES, trainer, product, at, korean !== null));
  });
}
