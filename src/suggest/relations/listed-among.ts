import type { Ontology } from '../../schema/ontology';
import type { RoleNouns } from '../cues/compiled-cues';
import { isOrganisation, type Mention } from '../mentions/mentions';
import type { Sentence } from '../sentences/sentences';
import { type CuedPair, statedPair } from './cue-context';
import { groupEndingAt, groupFrom } from './groups';

const SUPPLIES = 'SUPPLIES';

/** A capitalised name not known, as English lists hold them: "Tencent", "South Korea's", "Hugging Face". */
const NAME = "[A-Z][\\w&.'’-]*(?:\\s+[A-Z][\\w&.'’-]*)*";
/**
 * "counts [A, B and C] among its largest customers", "listed [OpenAI] among its competitors": the verb before the listed
 * names, maybe past an apposition of the one that counts (", the only supplier of EUV machines,") or ", which", and an
 * origin.
 */
const COUNTS = new RegExp(
  `^(?:,[^,]*,|,\\s+which)?\\s+(?:counts|counted|lists|listed|names|named)\\s+(?:${NAME}['’]s\\s+)?$`,
);
/** What every reading here needs, a cheap test before the others: "among its", or a plural noun of customers. */
const AMONG_WORD = /\bamong\s+its\b|\b(?:customers|clients|buyers)\b/;
/** After the last listed name, the rest of the list and a plural role: "[ and Intel among its largest customers]". */
const AMONG_ITS_ROLE = new RegExp(
  `^(?:,\\s+${NAME})*(?:,?\\s+and\\s+${NAME})?\\s+among\\s+its\\s+(?:[\\w'’-]+\\s+){0,3}?([a-z]+?)s\\b`,
);
/** Buyers, who are no role noun of their own (a buyer of a company owns it): "among its biggest buyers". */
const BUYER = { type: 'SUPPLIES', named: 'to' } as const;
/** "[A, B and C] are among the biggest buyers of Nvidia's", "[, all large buyers of ]": the list, the role, its seller. */
const AMONG_BUYERS_OF = new RegExp(
  `^(?:,\\s+${NAME})*(?:,?\\s+and\\s+${NAME})?(?:\\s+(?:are|is|were|was|remain|remains|have\\s+been|has\\s+been)\\s+(?:also\\s+|now\\s+)?(?:among|one\\s+of)\\s+the|,\\s+(?:all|both|each)|,\\s+(?:among|one\\s+of)\\s+the)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:customers|clients|buyers)\\s+of\\s+$`,
);

/**
 * Relations that a list of names counted among a role states in English: "ASML counts TSMC, Samsung Electronics and
 * Intel among its largest customers", "Microsoft listed OpenAI among its competitors", and supply to buyers: "Alibaba,
 * Tencent and ByteDance are among the biggest buyers of Nvidia's H20".
 */
export function listedAmong(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  roles: RoleNouns,
  ontology: Ontology,
): CuedPair[] {
  if (!AMONG_WORD.test(text.slice(sentence.start, sentence.end))) return [];
  const found: CuedPair[] = [];
  const organisations = mentions.filter(isOrganisation);
  for (let i = 0; i + 1 < organisations.length; i++) {
    const before = organisations[i] as Mention;
    const after = organisations[i + 1] as Mention;
    const gap = text.slice(before.end, after.start);
    // "ASML counts TSMC, … among its largest customers": each name of the list that starts after holds that role
    // for the one before.
    if (COUNTS.test(gap)) {
      const listed = groupFrom(organisations, after, text);
      const noun = AMONG_ITS_ROLE.exec(text.slice((listed.at(-1) as Mention).end, sentence.end))?.[1];
      const sense = noun === 'buyer' ? BUYER : noun ? roles.senseOf.get(noun) : undefined;
      for (const named of sense ? listed : []) {
        const [from, to] = sense?.named === 'from' ? [named, before] : [before, named];
        found.push(...statedPair(ontology, sense?.type ?? '', from, to, after.start, false));
      }
    }
    // "Alibaba, … are among the biggest buyers of Nvidia's": the one after sells to the list that ends before.
    if (AMONG_BUYERS_OF.test(gap))
      for (const customer of groupEndingAt(organisations, before, text))
        found.push(...statedPair(ontology, SUPPLIES, after, customer, before.end, false));
  }
  return found;
}
