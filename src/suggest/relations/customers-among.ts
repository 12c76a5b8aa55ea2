import type { Ontology } from '../../schema/ontology';
import { isOrganisation, type Mention } from '../mentions/mentions';
import type { Sentence } from '../sentences/sentences';
import { type CuedPair, statedPair } from './cue-context';
import { groupEndingAt, groupFrom } from './groups';

const SUPPLIES = 'SUPPLIES';

/** A capitalised name not known, as English lists hold them: "Tencent", "South Korea's", "Hugging Face". */
const NAME = "[A-Z][\\w&.'’-]*(?:\\s+[A-Z][\\w&.'’-]*)*";
/**
 * "counts [A, B and C] among its largest customers": the verb before the listed customers, maybe past an apposition
 * of the seller (", the only supplier of EUV machines,") or ", which", and an origin.
 */
const COUNTS = new RegExp(`^(?:,[^,]*,|,\\s+which)?\\s+counts\\s+(?:${NAME}['’]s\\s+)?$`);
/** The role nouns every reading here needs, a cheap test before the others. */
const CUSTOMER_WORD = /\b(?:customers|clients|buyers)\b/;
/** After the last known customer, the rest of the list and the role: "[ and Intel among its largest customers]". */
const AMONG_ITS_CUSTOMERS = new RegExp(
  `^(?:,\\s+${NAME})*(?:,?\\s+and\\s+${NAME})?\\s+among\\s+its\\s+(?:[\\w'’-]+\\s+){0,3}?(?:customers|clients|buyers)\\b`,
);
/** "[A, B and C] are among the biggest buyers of Nvidia's", "[, all large buyers of ]": the list, the role, its seller. */
const AMONG_BUYERS_OF = new RegExp(
  `^(?:,\\s+${NAME})*(?:,?\\s+and\\s+${NAME})?(?:\\s+(?:are|is|were|was|remain|remains|have\\s+been|has\\s+been)\\s+(?:also\\s+|now\\s+)?(?:among|one\\s+of)\\s+the|,\\s+(?:all|both|each)|,\\s+(?:among|one\\s+of)\\s+the)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:customers|clients|buyers)\\s+of\\s+$`,
);

/**
 * Supply that a list of customers states in English: "ASML counts TSMC, Samsung Electronics and Intel among its
 * largest customers", "Alibaba, Tencent and ByteDance are among the biggest buyers of Nvidia's H20".
 */
export function customersAmong(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  ontology: Ontology,
): CuedPair[] {
  if (!CUSTOMER_WORD.test(text.slice(sentence.start, sentence.end))) return [];
  const found: CuedPair[] = [];
  const organisations = mentions.filter(isOrganisation);
  for (let i = 0; i + 1 < organisations.length; i++) {
    const before = organisations[i] as Mention;
    const after = organisations[i + 1] as Mention;
    const gap = text.slice(before.end, after.start);
    // "ASML counts TSMC, … among its largest customers": the one before sells to the list that starts after.
    if (COUNTS.test(gap)) {
      const customers = groupFrom(organisations, after, text);
      if (AMONG_ITS_CUSTOMERS.test(text.slice((customers.at(-1) as Mention).end, sentence.end)))
        for (const customer of customers)
          found.push(...statedPair(ontology, SUPPLIES, before, customer, after.start, false));
    }
    // "Alibaba, … are among the biggest buyers of Nvidia's": the one after sells to the list that ends before.
    if (AMONG_BUYERS_OF.test(gap))
      for (const customer of groupEndingAt(organisations, before, text))
        found.push(...statedPair(ontology, SUPPLIES, after, customer, before.end, false));
  }
  return found;
}
