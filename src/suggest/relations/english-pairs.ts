import type { CueHit } from '../cues/cue-match';
import { isOrganisation, type Mention } from '../mentions/mentions';
import { type CueContext, SUPPLY_OR_MAKING } from './cue-context';
import {
  crossPairs,
  groupEndingAt,
  groupFrom,
  groupWithoutSetApart,
  nearestBefore,
  type Pair,
  pairwise,
  RELATIVE_PRONOUN,
} from './groups';

const BETWEEN = /^\s+(?:between|among)\s+$/i;
/** A cue that ends in "between": "competition between". */
const BETWEEN_END = /\s(?:between|among)$/i;

/** Whether the parties of a symmetric cue follow "between" or "among": "a joint venture between A and B". */
const betweenParties = (text: string, cue: CueHit, first: Mention) =>
  BETWEEN.test(text.slice(cue.end, first.start)) ||
  (BETWEEN_END.test(text.slice(cue.at, cue.end)) && /^\s+$/.test(text.slice(cue.end, first.start)));
/** "founded by eight companies including Toyota": the names listed after "by" a group are the givers too. */
const BY_INCLUDING = /\bby\s+[^,.;]{0,40}?\s(?:including|such as|like)\s+$/i;
/** A name, then the people it qualifies: "by five former [IBM] engineers", "by [Google] researchers". */
const QUALIFIES_GROUP =
  /^\s+(?:[a-z]+\s+)?(?:engineers|researchers|executives|employees|veterans|alumni|scientists|staff)\b/;
/** Between a cue and a name, a subordinate clause that takes the name: "founded [after leaving ]Cisco's Webex unit". */
const SUBORDINATE_BEFORE = /\b(?:after|before|while|since)\s+[a-z]+ing\s+$/i;
/** A clause whose subject is a pronoun, between the last name and the cue: "[ as it ]unveils", "[, and they ]plan to". */
const PRONOUN_SUBJECT =
  /\b(?:as|while|when|where|after|before|because|since|although|though|if|and|but|that)\s+(?:it|they|he|she)\s+(?:[a-z]+\s+){0,2}$/;
/** A cue that ends in "with" or "from", which takes the other party after it. */
const WITH_OR_FROM_END = /\s(?:with|from)$/i;
const OBJECT_PRONOUN = /^\s+(?:it|them|him|her)\b/;
const ITS_AFTER = /^\s+its\s/;
/** Only "to" between a name and the cue: the cue is an infinitive of purpose ("with OpenAI[ to ]supply"). */
const TO_BEFORE = /^\s+to\s+$/;
/** "with" right before a name. */
const WITH_BEFORE = /\bwith\s+$/i;
/** The relation types a partner named with "with" shares with the subject: co-founding and co-developing. */
const JOINT_ACTS = new Set(['FOUNDED', 'DEVELOPS']);
/** A cue as the participle of a subordinate clause: "after buying", "before acquiring", "while investing". */
const SUBORDINATE_PARTICIPLE = /\b(?:after|before|while|since|by)\s+[a-z]+ing\b/i;
/**
 * A relative or participial clause or an apposition with a common noun: ", which was founded by X,", ", led by chief
 * executive X,", ", a game studio majority-owned by Tencent," (not ", the Newark, California-based maker") — from the
 * comma to the next comma that does not go on with a list of names (", which competes with Amazon, Microsoft and
 * Google,") or the sentence's end.
 */
const RELATIVE = new RegExp(
  String.raw`,\s*(?:${RELATIVE_PRONOUN}|whose|(?:led|run|headed|chaired|owned|controlled|backed|founded)\s+by|(a|an|the)(?=[^,]*\s[a-z]))\s[^,]*(?:,\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*(?=,\s+[A-Z]|,?\s+(?:and|or)\s+[A-Z])[^,]*)*`,
  'g',
);
/** A relative clause's opening, which describes every name of the list before it. */
const RELATIVE_OPENING = new RegExp(String.raw`^,\s*${RELATIVE_PRONOUN}\s`);
/**
 * A comma, then the auxiliary of a finite verb or a verb with its object: a new clause starts there ("founded in 2021 by
 * Dario Amodei, has raised billions from Amazon", "founded in 2006 by …, listed its shares on Euronext", "…, and
 * counts Amazon among its customers"); so does "and" before another participle or verb with its by/for/its ("founded by
 * Sam Houser and owned by Take-Two", "co-founded by Satoshi Tajiri and makes its games for Nintendo", "and has been owned
 * by AMC"), and a comma and
 * "and" before a new subject and its verb (", and Samsung supplies"), so no name after it is an argument of a cue before
 * it.
 */
const CLAUSE_BREAK =
  /,\s+(?:(?:and|but)\s+)?(?:\w+ly\s+)?(?:(?:has|have|had|is|are|was|were|will|would)\s|[a-z]{3,}(?:ed|s)\s+(?:(?:its|their|the|a|an)\s|[A-Z]|$)|also\s+[a-z]{3,}(?:ed|s)\s)|,?\s+(?:while|whereas)\s|,\s+where\s|\s+and\s+(?:is\s+|was\s+|also\s+|(?:has|have|had)\s+been\s+)?[a-z]{3,}(?:ed|es|s)\s+(?:by|for|its|their)\s|,\s+(?:and|but)\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}\s+(?:also\s+)?[a-z]{3,}(?:ed|es|s)\s/;
/** A past participle right after a comma, opening an aside about the name before it: "Ericsson[, founded]". */
const PARTICIPLE_ASIDE = /,\s+(?:[a-z]+-)?[a-z]+ed$/;
/** "founded in 1922 as the British Broadcasting Company": the name after "as" is the founded one's own, no party. */
const FOUNDED_AS = /\bas\s+(?:the\s+|a\s+|an\s+)?$/;
/** A cue that ends in a preposition of place ("based in"): the place it takes is the one written right after it. */
const ENDS_IN_PLACE_PREPOSITION = /\s(?:in|at)$/i;
/** A capitalised word that is not an article: the name of something not known fills the preposition's slot. */
const OTHER_NAME = /(?:^|\s)(?!(?:The|A|An)\s)[A-Z]/;
/** A cue that ends in "by", or "by" right after it: the giver's slot ("owned by", "founded by"). */
const BY_END = /\sby$/i;
const BY_NEXT = /^\s+by\s/i;
/** After a cue of the giver's slot, a name (maybe qualified: "former Tesla executive JB Straubel"). */
const UNKNOWN_GIVER = /^(?:\s+by)?\s+(?:[a-z][\w-]*\s+){0,3}[A-Z]/;
/** Names listed before the one after "by": "by [Bill Gates and ]Paul Allen", "by [Diane Greene, ]Mendel Rosenblum". */
const LISTED = String.raw`(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*(?:,\s+and\s+|,\s+|\s+and\s+))`;
const LISTED_BEFORE = new RegExp(`^${LISTED}+$`);
/** What qualifies the person after it: "by [former Apple designer ]Jony Ive", "by Scott Cannon and [former …]". */
const QUALIFIER_BEFORE = new RegExp(String.raw`^${LISTED}*(?:(?:former|then)\s+)?(?:[A-Z][\w.'-]*\s+)+[a-z][\w-]*\s+$`);
/** A name, then a word for a role and a person's name: it qualifies the person (Apple designer Jony Ive, JB Straubel). */
const QUALIFIES_PERSON = /^\s+(?!(?:and|or|in|of|for|with|to|at|on|as)\s)[a-z][\w-]*\s+[A-Z][A-Za-z.'-]+\s+[A-Z]/;
/** A possessor before the name ("in Japan's Kumamoto", "Saudi Arabia's fund") leaves the slot to that name. */
const POSSESSOR = /(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*['’]s\s/g;
/** A group that the names after it lead: "by [a group of investors led by ]Silver Lake and Affinity Partners". */
const GROUP_LED_BY = /^(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,5}(?:led|headed|formed|backed)\s+by\s+/;
/** A compound modifier cue ("Mumbai-based"): it describes the noun right after it, not a name further on. */
const MODIFIER_CUE = /^-\w+$/;
/** What may stand between such a modifier and the name it describes: a few words, none a preposition. */
const MODIFIED_NAME_GAP = /^\s+(?:(?!(?:by|of|from|with|to|for|and|in|at)\s)[A-Za-z][\w&.'-]*\s+){0,3}$/;
/**
 * A name governed by a preposition ("met … at Stanford University and founded Google") is no verb's subject; "for X to
 * supply" makes X one, so "for" is not among them.
 */
const GOVERNED = /\b(?:at|in|from|of|with|on|into|under|during|near|across|among)\s+(?:the\s+)?$/i;
/** A partner of the verb may be governed by "with" ("in talks with the Commerce Department over grants"). */
const GOVERNED_NOT_PARTNER = /\b(?:at|in|from|of|on|into|under|during|near|across|among)\s+(?:the\s+)?$/i;
/** Names each followed by a comma, as a place is written before its region: "in Santa Clara, California". */
const NAMES_LEADING_TO = /^(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*,\s+)+$/;
/**
 * A name followed by this closes an apposition before the verb: "Zoox, the company owned by Amazon, is based in …",
 * "Novo Holdings, the firm that controls Novo Nordisk, completed its acquisition".
 */
const APPOSITION_END =
  /^\s*,\s+(?:\w+ly\s+)?(?:(?:has|have|had|is|are|was|were|will|would)\s|[a-z]+ed\s+(?:its|their|the|a|an)\s)/i;
/** An apposition that describes: ", the robotaxi company owned by " (not a bare name: "its customer, Microsoft,"). */
const DESCRIPTIVE = /^,\s+(?:the|a|an)\s/i;
/** The end of a name, known or not, right before an apposition's comma: a capitalised word, maybe with 's. */
const NAME_BEFORE = /[A-Z0-9][\w.&'’-]*\s*$/;
/** A description or a relative clause after a name: ", the … developer", ", where Exxon leads", ", which have pledged". */
const DESCRIBED_AFTER = /^,\s+(?:the|a|an|which|where|who|whose|that)\s/i;

/**
 * The subject of the cue's verb when the name nearest before it ends an apposition that describes another name:
 * that name, written right before the apposition's comma, or none ("Zoox, the company owned by Amazon, is based in
 * Foster City" is Zoox's home, not Amazon's).
 */
function subjectOf(mentions: readonly Mention[], before: Mention | undefined, { cue, text }: CueContext) {
  if (!before || !APPOSITION_END.test(text.slice(before.end, cue.at))) return before;
  const opening = text.lastIndexOf(',', before.start);
  if (opening < 0 || !DESCRIPTIVE.test(text.slice(opening, before.start))) return before;
  return mentions.findLast((m) => m.end <= opening && /^\s*$/.test(text.slice(m.end, opening)));
}

/**
 * The mentions a cue can reach in English: inside a relative clause, those of the clause and the name it describes;
 * outside, all but those inside relative clauses ("Amazon, which was founded by Jeff Bezos, invested in …").
 */
function reachable(mentions: readonly Mention[], { cue, text }: CueContext): readonly Mention[] {
  const first = mentions[0];
  if (!first || !text.includes(',', first.end)) return mentions;
  const last = mentions.at(-1) as Mention;
  // From the comma that may open a clause around the first name ("Newcastle United, the club bought by …").
  const earliest = Math.min(first.start, cue.at);
  const comma = text.lastIndexOf(',', earliest);
  const from = comma >= 0 && !/[.!?]/.test(text.slice(comma, earliest)) ? comma : earliest;
  const stretch = text.slice(from, Math.max(last.end, cue.end));
  let result: readonly Mention[] = mentions;
  for (const match of stretch.matchAll(RELATIVE)) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (cue.at >= start && cue.at < end) {
      // The head of an apposition is the name right before it: "io Products, the device startup co-founded by …"
      // names no known one.
      const head = mentions.findLast(
        (m) => m.end <= start && (match[1] === undefined || /^\s*$/.test(text.slice(m.end, start))),
      );
      // A cue inside an apposition may reach past its end ("the Facebook parent based in Menlo Park, California"),
      // unless it describes no known name: then it reaches only the names inside it.
      const reach = match[1] === undefined || !head ? end : text.length;
      // "Amazon and Google, which compete with Microsoft": a relative clause describes every name of the list before it.
      const heads =
        head && RELATIVE_OPENING.test(match[0])
          ? groupEndingAt(mentions, head, text).filter((m) => m === head || isOrganisation(m))
          : [head];
      return mentions.filter((m) => heads.includes(m) || (m.start >= start && m.end <= reach));
    }
    // An apposition is set off by two commas; ", the C1." at the end names the object itself. One with an article
    // describes a name right before it ("Until now, the government's cloud …" opens a clause instead).
    if (match[1] !== undefined && !NAME_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    if (match[1] === undefined || text[end] === ',') result = result.filter((m) => m.start < start || m.end > end);
  }
  return result;
}

/**
 * Before a modifier cue, the opening of an apposition and the place it makes an adjective: [, the ]Chicago[-based],
 * [, a ]Santa Monica, California[-based].
 */
const APPOSITION_OPENING = /,\s+(?:the|a|an)\s+(?:[^\s,]+,?\s+){0,3}[^\s,]+$/;

/** The apposition's head, the known name right before its comma, with the place it is based in; or none. */
function appositionHead(mentions: readonly Mention[], at: number, text: string): Pair[] {
  const opening = APPOSITION_OPENING.exec(text.slice(Math.max(0, at - 60), at));
  if (!opening) return [];
  const comma = at - opening[0].length;
  const head = mentions.findLast((m) => m.end <= comma && /^\s*(?:\([^)]*\))?$/.test(text.slice(m.end, comma)));
  const place = nearestBefore(mentions, at);
  return head && place && place.start > comma ? [{ from: head, to: place, marked: true }] : [];
}

/**
 * From a name to the subject of the relative clause that describes it: "Heineken[, the brewer that ]Gerard …", "the
 * startup[ in which ]Microsoft has invested" (not "told TSMC that Apple had invested").
 */
const RELATIVE_OPENS =
  /^(?:,\s+(?:(?:the|a|an)\s+[^,]*?(?:,\s*|\s+))?(?:(?:in|into)\s+which|that|which|whom)|\s+(?:[a-z][\w-]*\s+)?(?:in|into)\s+which)\s+$/i;
/** Between a relative clause's subject and its verb: nothing, or an adverb or auxiliary ("had earlier", "first"). */
const TO_RELATIVE_VERB = /^\s+(?:(?:also|then|later|first|earlier|originally|once|had|has|have|jointly)\s+)*$/i;

/** The name a relative clause describes, when the subject of the clause stands right before its verb. */
function relativeObject(mentions: readonly Mention[], subject: Mention, cueAt: number, text: string) {
  if (!TO_RELATIVE_VERB.test(text.slice(subject.end, cueAt))) return undefined;
  const first = groupEndingAt(mentions, subject, text)[0] as Mention;
  // "OpenAI, the ChatGPT maker led by Sam Altman, in which …": past a person in the apposition, to the organisation.
  const opens = (m: Mention | undefined) => m !== undefined && RELATIVE_OPENS.test(text.slice(m.end, first.start));
  const antecedent = nearestBefore(mentions, first.start);
  if (opens(antecedent)) return antecedent;
  const organisation = nearestBefore(mentions, first.start, isOrganisation);
  return opens(organisation) ? organisation : undefined;
}

/** After a symmetric verb, "to" and a verb: what follows is the purpose's object ("compete to rent out Nvidia chips"). */
const PURPOSE_NEXT = /^\s+to\s+[a-z]+/i;
/** Between a subject and its verb: adverbs and modals only ("compete", "now compete", "will compete directly"). */
const ONLY_ADVERBS =
  /^\s+(?:(?:also|now|still|already|will|would|could|can|may|must|are|were|have been|had been|directly|fiercely|increasingly)\s+)*$/;

/** The possessor's words before a funding round: "OpenAI['s latest $6.6 billion ]funding round". */
const POSSESSED_ROUND = /^['’]s\s+(?:[\w$.,-]+\s+){0,3}$/;
/** A funding round that the sentence does not put in the passive ("funding round was led by"). */
const FUNDING_ROUND =
  /^funding\s+round(?!s?\s+(?:was|is|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:led|backed|joined)\s+by\b)/i;
/** Between the investor and the round, a negation: "did not join", "never took part in". */
const NEGATED = /\b(?:not|never|n['’]t|declined|pulled\s+out)\b/i;

/**
 * "Nvidia took part in OpenAI's funding round", "SoftBank led OpenAI's latest funding round": the round's possessor
 * raises the money and the subject before it puts money in.
 */
function roundRaised(mentions: readonly Mention[], { cue, text }: CueContext): Pair[] | undefined {
  // "OpenAI's funding round was led by SoftBank": the passive reading names the investor.
  if (!FUNDING_ROUND.test(text.slice(cue.at, cue.at + 40))) return undefined;
  const raiser = nearestBefore(mentions, cue.at);
  if (!raiser || !POSSESSED_ROUND.test(text.slice(raiser.end, cue.at))) return undefined;
  const investor = nearestBefore(mentions, raiser.start);
  if (!investor) return undefined;
  const between = text.slice(investor.end, raiser.start);
  return CLAUSE_BREAK.test(between) || NEGATED.test(between)
    ? []
    : crossPairs(groupEndingAt(mentions, investor, text), [raiser], true, false);
}

/** Right before a cue of supply or making, a verb of winning it and a few words: "won [a $16.5 billion ]order from". */
const WON_BEFORE =
  /\b(?:won|wins|win|winning|secured|secures|securing|landed|lands|landing|bagged|clinched|clinches|received|receives)\s+(?:\S+\s+){0,5}?$/i;

/** After an active verb in the present (makes, supplies), its object and another verb's participle with "by". */
const OTHER_PARTICIPLE_BY = /^\s+\S.*\s[a-z]+ed\s+by\s+$/;

/**
 * "TSMC makes most of the processors designed by Nvidia and Apple": the name after "by" is the agent of another verb's
 * participle, not the giver of the cue's act.
 */
const agentOfOther = (text: string, cue: CueHit, after: Mention) =>
  /s$/.test(text.slice(cue.at, cue.end)) && OTHER_PARTICIPLE_BY.test(text.slice(cue.end, after.start));

/** "TSMC won orders from Apple": the party the order comes from is supplied, not the supplier. */
const orderWon = (text: string, before: Mention, cue: CueHit) =>
  SUPPLY_OR_MAKING.has(cue.label) && WON_BEFORE.test(text.slice(before.end, cue.at));

/** English: the party before the cue acts on the parties after it, unless "by"/"from" marks them as the giver. */
export function englishPairs(all: readonly Mention[], context: CueContext): Pair[] {
  const { cue, text, passive, symmetric } = context;
  const mentions = reachable(all, context);
  const round = roundRaised(mentions, context);
  if (round) return round;
  // A governed name is skipped unless an apposition after it describes it: "a stake in Mistral AI, the … developer"
  // (not a relative clause's end: "who earned a PhD at UCL, co-founded DeepMind").
  // (For a symmetric type the parties' roles do not matter: "invest in Intel and … jointly develop".)
  const free = (m: Mention, governed: RegExp) =>
    symmetric ||
    !governed.test(text.slice(Math.max(0, m.start - 12), m.start)) ||
    DESCRIBED_AFTER.test(text.slice(m.end, cue.at));
  // "Tata makes iPhones for Apple after buying Wistron's factory": the subject of the sentence buys.
  const nearest = SUBORDINATE_PARTICIPLE.test(text.slice(Math.max(0, cue.at - 8), cue.end + 4))
    ? mentions.find((m) => m.end <= cue.at && free(m, GOVERNED))
    : nearestBefore(mentions, cue.at, (m) => free(m, GOVERNED));
  // "Apple brings ChatGPT to the iPhone as it unveils …": a pronoun is the subject, standing for the sentence's first name.
  const pronoun = nearest !== undefined && PRONOUN_SUBJECT.test(text.slice(nearest.end, cue.at));
  const before = pronoun ? mentions[0] : subjectOf(mentions, nearest, context);
  // "Heineken, the brewer that Gerard Adriaan Heineken started", "Arm, which SoftBank bought": the relative clause's
  // object is the name it describes.
  const antecedent = before && !symmetric ? relativeObject(mentions, before, cue.at, text) : undefined;
  if (antecedent) return crossPairs(groupEndingAt(mentions, before as Mention, text), [antecedent], true, false);
  // "based in Toyota City, Aichi, builds cars at plants in Kentucky": an unknown name takes the slot of "in".
  const placeSlot = ENDS_IN_PLACE_PREPOSITION.test(text.slice(cue.at, cue.end));
  // "co-founded by Tobias Lütke in 2006, competes with Amazon": an unknown name takes the slot of "by" too, and a name
  // that only qualifies a person after it ("by former Apple designer Jony Ive") does not fill it.
  const bySlot = BY_END.test(text.slice(cue.at, cue.end)) || BY_NEXT.test(text.slice(cue.end, cue.end + 4));
  const slotTaken = (m: Mention) => {
    if (!placeSlot && !bySlot) return false;
    if (
      bySlot &&
      (QUALIFIES_PERSON.test(text.slice(m.end, m.end + 40)) || QUALIFIES_GROUP.test(text.slice(m.end, m.end + 24)))
    )
      return true;
    const gap = text
      .slice(cue.end, m.start)
      .replace(POSSESSOR, '')
      .replace(BY_NEXT, '')
      .trimStart()
      .replace(GROUP_LED_BY, '');
    if (bySlot && (LISTED_BEFORE.test(gap) || QUALIFIER_BEFORE.test(gap))) return false;
    return OTHER_NAME.test(gap) && !NAMES_LEADING_TO.test(gap);
  };
  // "Ericsson, founded in Stockholm in 1876, bought Vonage": a participle set off by commas ends at the next one.
  // ("Partners In Health, co-founded in 1987 by A, B and C": a giver after "by" lists on past the commas.)
  const comma = text.indexOf(',', cue.end);
  const aside =
    PARTICIPLE_ASIDE.test(text.slice(Math.max(0, cue.at - 3), cue.end)) &&
    !/\bby\s/.test(text.slice(cue.end, comma < 0 ? text.length : comma));
  // "the Hangzhou-based AI startup backed by the hedge fund High-Flyer": the startup is based there, not High-Flyer.
  const modifier = MODIFIER_CUE.test(text.slice(cue.at, cue.end));
  // "co-founded CrowdStrike with Dmitri Alperovitch", "sells Padcev with Astellas": a name after "with" acts with the
  // subject of a directed verb, and is none of its targets.
  // ("merger with Vistara": the cue's own "with" takes its object.)
  const withSubject = (m: Mention) =>
    !symmetric && m.start - 6 >= cue.end && WITH_BEFORE.test(text.slice(m.start - 6, m.start));
  const afterFirst = mentions.find(
    (m) =>
      m.start >= cue.end &&
      !withSubject(m) &&
      !SUBORDINATE_BEFORE.test(text.slice(cue.end, m.start)) &&
      (!before || m.id !== before.id) &&
      !CLAUSE_BREAK.test(text.slice(cue.end, m.start)) &&
      !(aside && text.slice(cue.end, m.start).includes(',')) &&
      !slotTaken(m) &&
      !(cue.label === 'FOUNDED' && FOUNDED_AS.test(text.slice(Math.max(0, m.start - 8), m.start))) &&
      (!modifier || MODIFIED_NAME_GAP.test(text.slice(cue.end, m.start))),
  );
  // "Amazon, Google and Microsoft compete to rent out …": a symmetric act with no party after it holds among its subjects.
  if (symmetric && before && (!afterFirst || PURPOSE_NEXT.test(text.slice(cue.end, afterFirst.start)))) {
    const subjects = groupWithoutSetApart(mentions, before, text);
    if (subjects.length > 1 && ONLY_ADVERBS.test(text.slice(before.end, cue.at))) return pairwise(subjects);
  }
  if (afterFirst && symmetric && betweenParties(text, cue, afterFirst)) {
    // "(The wind farm is) a joint venture between A and B": the parties are A and B, whatever comes before.
    const group = groupFrom(mentions, afterFirst, text).filter((m) => m.id !== before?.id);
    if (group.length > 1) return pairwise(group);
  }
  if (before && afterFirst) {
    const group = groupFrom(mentions, afterFirst, text).filter((m) => m.id !== before.id);
    // The cue may end in the passive word itself: "owned by", "part of", "spun out of".
    // "led by Saudi Arabia's Public Investment Fund": past a possessor.
    const lead = text.slice(Math.max(cue.at, afterFirst.start - 40), afterFirst.start).replace(POSSESSOR, '');
    const giver =
      (passive.test(lead.slice(-16)) || BY_INCLUDING.test(text.slice(cue.end, afterFirst.start))) &&
      !orderWon(text, before, cue) &&
      !agentOfOther(text, cue, afterFirst);
    const actors = groupEndingAt(mentions, before, text).filter((m) => !group.includes(m));
    const coActors = JOINT_ACTS.has(cue.label)
      ? mentions.filter(
          (m) => m.start > afterFirst.end && withSubject(m) && !CLAUSE_BREAK.test(text.slice(cue.end, m.start)),
        )
      : [];
    // "outsourced production of its chips to TSMC": a cue that receives turns the direction round.
    return crossPairs([...actors, ...coActors], group, true, giver !== context.reversed);
  }
  // "The chips are manufactured by TSMC for Apple": the name after "by" acts on the names after it.
  if (!before && afterFirst && passive.test(text.slice(cue.end, afterFirst.start))) {
    const targets = mentions.filter(
      (m) =>
        m.start > afterFirst.end && m.id !== afterFirst.id && !CLAUSE_BREAK.test(text.slice(afterFirst.end, m.start)),
    );
    if (targets.length > 0)
      return crossPairs([afterFirst], groupFrom(mentions, targets[0] as Mention, text), true, false);
  }
  // "Kellanova, the Chicago-based maker of …": a modifier with no known name after it describes the apposition's head;
  // "OpenAI, the Microsoft-backed maker of ChatGPT": the name a deal's modifier is made of acts on that head.
  if (modifier && !afterFirst)
    return appositionHead(mentions, cue.at, text).map((pair) =>
      cue.label === 'LOCATED_IN' ? pair : { from: pair.to, to: pair.from, marked: pair.marked },
    );
  // The name before the verb is inside an apposition, and what it describes is not known: no subject to pair. Nor
  // does a pronoun's clause take a name of the clause before it.
  if ((nearest && !before) || pronoun) return [];
  // "working with rival makers", "competition from cheaper copies": the preposition's object is no known name (unless
  // a pronoun, which stands for one before: "in talks with it").
  if (
    !afterFirst &&
    WITH_OR_FROM_END.test(text.slice(cue.at, cue.end)) &&
    !OBJECT_PRONOUN.test(text.slice(cue.end, cue.end + 6))
  )
    return [];
  // "owned by Inditex, was founded by Amancio Ortega": a name not known takes the giver's slot; none before is it.
  if (bySlot && !afterFirst && UNKNOWN_GIVER.test(text.slice(cue.end, cue.end + 60))) return [];
  // "SMIC rushed to buy its older machines": the object is a thing of the name "its" stands for, not that name.
  if (!afterFirst && cue.label === 'OWNS' && ITS_AFTER.test(text.slice(cue.end, cue.end + 6))) return [];
  const only = before ?? afterFirst;
  // "Fujitsu will supply CPUs, while Nvidia will provide GPUs": no partner across a clause's end.
  const partner =
    only &&
    mentions.findLast(
      (m) =>
        m.id !== only.id &&
        m.end <= cue.at &&
        free(m, GOVERNED_NOT_PARTNER) &&
        !CLAUSE_BREAK.test(text.slice(m.end, Math.min(only.start, cue.at))) &&
        // "SK hynix supplies …, and Samsung supplies it": the subject's own clause starts after the partner.
        !(only.end <= cue.at && CLAUSE_BREAK.test(text.slice(m.end, cue.end + 12))),
    );
  if (!only || !partner) return [];
  // "The Commission found that Meta and Apple had breached the rules": the regulated are a list, the regulator is before it.
  if (cue.label === 'REGULATES' && partner.type !== 'Government') {
    const listed = groupEndingAt(mentions, only, text);
    const regulator = listed.includes(partner)
      ? mentions.findLast((m) => m.end <= (listed[0] as Mention).start && m.type === 'Government')
      : undefined;
    if (regulator && !CLAUSE_BREAK.test(text.slice(regulator.end, (listed[0] as Mention).start)))
      return crossPairs([regulator], listed, true, false);
  }
  // "Samsung and SK hynix signed letters of intent with OpenAI to supply memory": the subject acts on the partner.
  if (
    before &&
    partner.start > before.end &&
    WITH_BEFORE.test(text.slice(Math.max(0, partner.start - 6), partner.start)) &&
    TO_BEFORE.test(text.slice(partner.end, cue.at))
  )
    return crossPairs(groupEndingAt(mentions, before, text), [partner], true, false);
  return [{ from: partner, to: only, marked: false }];
}
