import type { RoleNouns, RoleSense } from '../cues/compiled-cues';
import { isMade, isOrganisation, isTopic, type Mention } from '../mentions/mentions';
import { possessiveAt } from '../text';
import type { AdjacentRelation } from './adjacency';
import { groupEndingAt, groupFrom, pairwise } from './groups';

/**
 * Between the named party and the other one: "Microsoft, [the ]OpenAI's backer", "Apple[ is ]TSMC's largest customer",
 * 카카오뱅크[는 ]카카오가 최대주주인.
 */
const NAMED_FIRST_GAP =
  /^(?:,\s*(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+)?)?(?:one\s+of\s+)?|(?:은|는)\s+|\s+(?:is|was|remains|has been|had been|became)\s+(?:one\s+of\s+)?)$/i;
/** Right after a name, a hyphen that makes it a modifier: Microsoft[-b]acked. */
const HYPHENED = /^[-‐][a-z]/;
/** The end of a gap with an English plural role noun: "'s rivals ". */
const PLURAL_END = /[a-z]{2}s,?\s+$/;
/** The end of a gap before the names a plural role noun includes: "'s biggest customers[, including ]". */
const INCLUDING = /,\s*(?:including|such as|among them)\s+$/i;
/** A relative of possession after the first name: "OpenAI[, whose ]other backers include …". */
const WHOSE_OPENS = /^,\s+whose\s/i;
/** An English apposition after the first name: ", the maker of …". */
const APPOSITION = /^,\s*(?:the|a|an)\s/i;
/** What may follow a Korean role noun: the copula or a particle (최대주주[인], 자회사[다], 경쟁사[로]). */
const KOREAN_AFTER = /^(?:인|이다|다|이며|이자|로|으로|이고|,|\s)/;

function relation(sense: RoleSense, named: Mention, other: Mention): AdjacentRelation {
  return sense.named === 'from'
    ? { type: sense.type, from: named, to: other, basis: 'role' }
    : { type: sense.type, from: other, to: named, basis: 'role' };
}

/**
 * English lists after a role noun: "Activision, the maker of Call of Duty", "Vistara was launched as a joint venture
 * between Tata Sons and Singapore Airlines" (the first name is the N of each listed one), and "Inflection's backers
 * include Microsoft, Nvidia" (each listed one is the N of the first).
 */
function ofOrInclude(text: string, mentions: readonly Mention[], i: number, roles: RoleNouns) {
  const first = mentions[i] as Mention;
  const second = mentions[i + 1] as Mention;
  const gap = text.slice(first.end, second.start);
  const listed = () => groupFrom(mentions, second, text);
  const of = gap.length <= 60 && !possessesRole(text, mentions, i + 1, roles) ? roles.of.exec(gap) : undefined;
  const ofSense = of ? roles.senseOf.get((of[1] as string).toLowerCase()) : undefined;
  // "Samsung and SK hynix, the two biggest makers of DRAM": a plural noun names each name of the list before it.
  const namers = of?.[2] ? groupEndingAt(mentions, first, text) : [first];
  if (ofSense) return namers.flatMap((named) => listed().map((other) => relation(ofSense, named, other)));
  roles.include.lastIndex = first.end;
  const include = roles.include.exec(text);
  const includeSense =
    include && roles.include.lastIndex === (second.originStart ?? second.start)
      ? roles.senseOf.get((include[1] as string).toLowerCase())
      : undefined;
  return includeSense ? listed().map((other) => relation(includeSense, other, first)) : undefined;
}

/** "an affiliate of [Apple]'s biggest rival Samsung": the name possesses a role noun naming the next name. */
function possessesRole(text: string, mentions: readonly Mention[], i: number, roles: RoleNouns): boolean {
  const owner = mentions[i] as Mention;
  const next = mentions[i + 1];
  if (!next || !possessiveAt(text, owner.end)) return false;
  const gap = text.slice(owner.end, next.start);
  return gap.length <= 40 && roles.between.test(gap);
}

/** Before a possessor of a role noun, a verb of being: "Google … and [is ]Microsoft's main rival". */
const IS_BEFORE = /\b(?:is|was|remains|became|has become)\s+(?:also\s+|now\s+|still\s+)?$/;

/** The sense of the role noun written at `at`, past its possessive and modifiers, if one is. */
function roleAt(text: string, at: number, roles: RoleNouns): { sense?: RoleSense; possessed: boolean } {
  roles.after.lastIndex = at;
  const after = roles.after.exec(text);
  return {
    sense: after ? roles.senseOf.get((after[1] as string).toLowerCase()) : undefined,
    possessed: after !== null && /^['’]s\s/.test(after[0]),
  };
}

/**
 * "Google charges … and is Microsoft's main rival": the sentence's first organisation, with no other between, is the
 * N of the possessor after a verb of being.
 */
function subjectIsRole(text: string, mentions: readonly Mention[], subject: Mention, roles: RoleNouns) {
  for (const m of mentions) {
    if (m.start <= subject.end) continue;
    if (!IS_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) {
      if (isOrganisation(m)) return [];
      continue;
    }
    const { sense, possessed } = roleAt(text, m.end, roles);
    return sense && possessed ? [relation(sense, subject, m)] : [];
  }
  return [];
}

/**
 * Relations that a role noun states between two names: `B N A` (ChatGPT maker OpenAI, 토스 운영사 비바리퍼블리카,
 * KT 계열사인 BC카드, 이마트는 자회사 SSG닷컴에, 케이뱅크의 최대주주는 BC카드다), `A, B's N` (Microsoft, OpenAI's
 * biggest backer), `A(와 B)는 C의 N이다`, and `A는 B가 N인` (카카오뱅크는 카카오가 최대주주인 은행이다: 카카오 owns
 * 카카오뱅크).
 */
export function roleNounRelations(text: string, all: readonly Mention[], roles: RoleNouns): AdjacentRelation[] {
  const found: AdjacentRelation[] = [];
  // A place is no party of a role noun, and may stand between two that are (HLB는 [미국] 자회사 엘레바); nor is a name
  // made a modifier by a hyphen ("the [Microsoft]-backed maker of ChatGPT").
  const modifier = (m: Mention) => m.type === 'Place' || HYPHENED.test(text.slice(m.end, m.end + 2));
  const mentions = all.some(modifier) ? all.filter((m) => !modifier(m)) : all;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const first = mentions[i] as Mention;
    const second = mentions[i + 1] as Mention;
    // 라피더스의 경쟁 상대인 [대만 ]TSMC는: the origin written before the second name is none of the gap.
    const origin = all.find(
      (m) => m.type === 'Place' && m.start > first.end && /^\s+$/.test(text.slice(m.end, second.start)),
    );
    const gap = text.slice(first.end, origin?.start ?? second.start);
    // A longer gap holds one clause or an apposition: "Cognition, the maker of the coding agent Devin", "Vistara was
    // launched as a joint venture between Tata Sons and …".
    const near = gap.length <= 28;
    if (
      !near &&
      (gap.length > 60 ||
        (gap.includes(',') && !APPOSITION.test(gap) && !INCLUDING.test(gap) && !WHOSE_OPENS.test(gap)))
    )
      continue;
    // 라피더스의 경쟁 상대로는 대만 TSMC와 한국 삼성전자가 꼽힌다: each name listed is the N of the first.
    const listedAs = near ? roles.listedAs.exec(gap)?.[1] : undefined;
    const listedSense = listedAs ? roles.senseOf.get(listedAs.toLowerCase()) : undefined;
    if (listedSense) {
      for (const m of groupFrom(mentions, second, text)) found.push(relation(listedSense, m, first));
      continue;
    }
    const noun = near ? (roles.between.exec(gap) ?? roles.topicBetween.exec(gap))?.[1] : undefined;
    const sense = noun ? roles.senseOf.get(noun.toLowerCase()) : undefined;
    if (sense) {
      // "Google's rivals Microsoft, Amazon and Meta": a plural noun names each listed one.
      const named = PLURAL_END.test(gap) ? groupFrom(mentions, second, text) : [second];
      // LG에너지솔루션과 GM의 합작법인 얼티엄셀즈: the noun is each listed possessor's.
      const owners = /^의\s/.test(gap) ? groupEndingAt(mentions, first, text) : [first];
      for (const m of named) for (const owner of owners) found.push(relation(sense, m, owner));
      // The founders of a joint venture partner each other.
      if (sense.type === 'FOUNDED' && owners.length > 1)
        for (const { from, to } of pairwise(owners)) found.push({ type: 'PARTNERS_WITH', from, to, basis: 'role' });
      continue;
    }
    const listed = ofOrInclude(text, mentions, i, roles);
    if (listed) {
      found.push(...listed);
      continue;
    }
    if (!near || !NAMED_FIRST_GAP.test(gap)) continue;
    roles.after.lastIndex = second.end;
    const after = roles.after.exec(text);
    const later = after ? roles.senseOf.get((after[1] as string).toLowerCase()) : undefined;
    // 페이스북 모회사인 메타플랫폼스: the noun describes the name after it, not the first one.
    const third = mentions[i + 2];
    if (third && third.start - roles.after.lastIndex <= 3) continue;
    if (!later || (/[가-힣]$/.test(after?.[1] ?? '') && !KOREAN_AFTER.test(text.slice(roles.after.lastIndex))))
      continue;
    // 아마존은 오픈AI의 경쟁사인 앤트로픽에: the noun, joined by 의, describes the word after it.
    roles.describesNext.lastIndex = second.end;
    if (roles.describesNext.test(text)) continue;
    if (second.particle === '이' || second.particle === '가') found.push(relation(later, second, first));
    // 에어부산과 에어서울은 아시아나항공의 자회사다: each topic of the list is the N of the other.
    else for (const topic of groupEndingAt(mentions, first, text)) found.push(relation(later, topic, second));
  }
  const owner = mentions.find(isOrganisation);
  if (!owner) return found.length > 0 ? found : theProductsMaker(text, mentions, roles);
  found.push(...likeRoles(text, mentions, roles), ...listedAreRoles(text, mentions, roles));
  // "its" names the owner whatever else the sentence's role nouns say: "OpenAI, the maker of ChatGPT, … beyond
  // Microsoft, its largest investor".
  const its = [...itsRole(text, mentions, owner, roles), ...itsRoleBefore(text, mentions, owner, roles)];
  // "Apple's rival Samsung said its supplier …": a first organisation that possesses a role noun is not what "its" is.
  // "the largest investor in OpenAI, … to the ChatGPT maker": a product's maker is read whatever else is.
  if (found.length > 0)
    return [...found, ...(possessiveAt(text, owner.end) ? [] : its), ...theProductsMaker(text, mentions, roles)];
  return [
    ...subjectIsRole(text, mentions, owner, roles),
    ...its,
    ...topicsRole(text, mentions, owner, roles),
    ...listedAsRole(text, mentions, owner, roles),
    ...theProductsMaker(text, mentions, roles),
  ];
}

/** "the" right before a product's name, maybe with a rank: the[ world's two largest ]DRAM makers. */
const THE_BEFORE =
  /\bthe\s+(?:world['’]s\s+)?(?:(?:two|three|four|largest|biggest|leading|top|main|major|(?:second|third)-(?:largest|biggest))\s+){0,2}$/i;
/** After a product's name, the role noun of its maker (sticky): the ChatGPT[ maker]. */
const MAKER_AFTER = /\s+([a-z]+)\b/y;
/** Before a product's name, "the", a role noun and "of", not in apposition: value [the maker of ]ChatGPT. */
const THE_ROLE_OF = /(?<!,\s*)\bthe\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+of\s+$/i;
const MAKES = new Set(['Company', 'ResearchOrg']);

/**
 * "the ChatGPT maker" (or "the maker of ChatGPT") refers back to an organisation, which makes the product: the nearest
 * one before it that is not the subject of its clause ("invest in OpenAI … would value the maker of ChatGPT", not
 * "Microsoft has invested in the maker of ChatGPT").
 */
function theProductsMaker(text: string, mentions: readonly Mention[], roles: RoleNouns): AdjacentRelation[] {
  const found: AdjacentRelation[] = [];
  for (const m of mentions) {
    if (!isMade(m)) continue;
    let noun: string | undefined;
    let at = m.start;
    const the = THE_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (the) {
      MAKER_AFTER.lastIndex = m.end;
      noun = MAKER_AFTER.exec(text)?.[1];
      at = m.start - the[0].length;
    } else {
      const role = THE_ROLE_OF.exec(text.slice(Math.max(0, m.start - 40), m.start));
      noun = role?.[1];
      at = m.start - (role?.[0].length ?? 0);
    }
    const lower = noun?.toLowerCase() ?? '';
    // "the world's two largest DRAM makers": a plural noun names each name of the list it refers back to.
    const plural = !roles.senseOf.has(lower) && lower.endsWith('s');
    const sense = roles.senseOf.get(plural ? lower.slice(0, -1) : lower);
    const maker = sense ? referredBack(text, mentions, at) : undefined;
    if (sense?.type !== 'DEVELOPS' || sense.named !== 'from' || !maker) continue;
    for (const each of plural ? groupEndingAt(mentions, maker, text) : [maker]) found.push(relation(sense, each, m));
  }
  return found;
}

/** What ends a clause between a name and a description of another: a comma or a clause word. */
const CLAUSE_ENDS = /[,;]|\b(?:that|which|who|and|but|while|as|after|before|when)\b/i;

/** The organisation a description written at `at` refers back to: the nearest before it that is not its clause's subject. */
function referredBack(text: string, mentions: readonly Mention[], at: number): Mention | undefined {
  const before = mentions.filter((o) => o.end <= at);
  for (let i = before.length - 1; i >= 0; i--) {
    const o = before[i] as Mention;
    if (!MAKES.has(o.type ?? '')) continue;
    // "Sony bought the Destiny developer": the description's own subject is another organisation.
    if (i === before.length - 1 && !CLAUSE_ENDS.test(text.slice(o.end, at))) continue;
    return o;
  }
  return undefined;
}

/** After a list, "as" and a role noun: "signed up Oracle, Microsoft and Amazon [as cloud suppliers]". */
const AS_ROLE = /\s+as\s+(?:its\s+|their\s+)?(?:[a-z][\w-]*\s+)?/y;

/**
 * "OpenAI has signed up Oracle, Microsoft and Amazon as cloud suppliers": each name listed before "as" and a role noun
 * is the N of the sentence's first organisation, written before the list.
 */
function listedAsRole(text: string, mentions: readonly Mention[], owner: Mention, roles: RoleNouns) {
  for (const m of mentions) {
    if (m.start <= owner.end) continue;
    AS_ROLE.lastIndex = m.end;
    const sense = AS_ROLE.test(text) ? roleAt(text, AS_ROLE.lastIndex, roles).sense : undefined;
    if (!sense) continue;
    return groupEndingAt(mentions, m, text)
      .filter((listed) => listed.start > owner.end)
      .map((listed) => relation(sense, listed, owner));
  }
  return [];
}

/** The sense of a role noun, or of its last word: in 현재 최대주주, 현재 is no part of it. */
const roleSense = (roles: RoleNouns, noun: string) =>
  roles.senseOf.get(noun) ?? roles.senseOf.get(noun.slice(noun.lastIndexOf(' ') + 1));

/** Before a name, "its" and a role noun, maybe plural: "lost ground to [its smaller rival ]SK hynix". */
const ITS_ROLE_BEFORE = /\bits\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+?)(s?)\s+$/;

/**
 * "Samsung has lost ground to its smaller rival SK hynix": the name after "its" and a role noun is the first's N;
 * after a plural noun, so is each name listed ("its cloud rivals Amazon, Google and Oracle").
 */
function itsRoleBefore(text: string, mentions: readonly Mention[], owner: Mention, roles: RoleNouns) {
  const found: AdjacentRelation[] = [];
  for (const m of mentions) {
    if (m.start <= owner.end || found.some((r) => r.from === m)) continue;
    const role = ITS_ROLE_BEFORE.exec(text.slice(Math.max(owner.end, m.start - 40), m.start));
    if (!role) continue;
    const sense = roleSense(roles, role[1] as string);
    if (!sense) continue;
    for (const named of role[2] ? groupFrom(mentions, m, text) : [m]) found.push(relation(sense, named, owner));
  }
  return found;
}

/** Before a name, a Korean role noun marked as the topic, and up to two more words: [, 대표 제품은 워드프로세서 ]한글이다. */
const ROLE_AS_TOPIC = /[\s,]([가-힣]+(?:\s[가-힣]+)?)(?:은|는)\s+(?:[^\s,.]+\s+){0,2}$/;
/** After the name, the copula that ends the sentence or its clause. */
const COPULA_AFTER = /^(?:이다|다|이며|이고|였다|이었다)[\s,.]/;

/**
 * 한글과컴퓨터는 … 소프트웨어 회사로, 대표 제품은 워드프로세서 한글이다: the name a role noun of the topic is, said by
 * the copula, is the topic's N.
 */
function topicsRole(text: string, mentions: readonly Mention[], owner: Mention, roles: RoleNouns) {
  if (!isTopic(owner)) return [];
  const found: AdjacentRelation[] = [];
  for (const m of mentions) {
    if (m.start <= owner.end || !COPULA_AFTER.test(text.slice(m.end, m.end + 4))) continue;
    if (mentions.some((other) => other.start > owner.end && other.end <= m.start && isOrganisation(other))) break;
    const noun = ROLE_AS_TOPIC.exec(text.slice(Math.max(owner.end, m.start - 30), m.start))?.[1];
    const sense = noun ? roleSense(roles, noun) : undefined;
    if (sense) found.push(relation(sense, m, owner));
  }
  return found;
}

/** After a list, a verb of being and a plural role noun: "Microsoft and Google[ are rivals]", "[ have long been partners]". */
const ARE_ROLES =
  /\s+(?:are|were|remain|became|have\s+(?:long\s+)?been|had\s+been)\s+(?:(?:also|now|still|long|fierce|longtime|long-time|close|direct|main|major|bitter)\s+)*([a-z]+?)s\b/y;

/** "Microsoft and Google are rivals in both browsers and search": each two listed names are each other's N. */
function listedAreRoles(text: string, mentions: readonly Mention[], roles: RoleNouns): AdjacentRelation[] {
  for (const m of mentions) {
    const listed = groupFrom(mentions, m, text);
    if (listed.length < 2 || !listed.every(isOrganisation)) continue;
    const last = listed.at(-1) as Mention;
    ARE_ROLES.lastIndex = last.end;
    const role = ARE_ROLES.exec(text);
    const sense = role ? roleSense(roles, (role[1] as string).toLowerCase()) : undefined;
    // Only a role both sides hold of each other: rivals, partners.
    if (sense && (sense.type === 'COMPETES_WITH' || sense.type === 'PARTNERS_WITH'))
      return pairwise(listed).map(({ from, to }) => relation(sense, from, to));
    return [];
  }
  return [];
}

/** Before a list, "like" or "unlike" and a plural role noun: "[Like rivals ]Google and Microsoft, Meta has …". */
const LIKE_ROLE = /\b(?:like|unlike)\s+(?:its\s+|their\s+)?(?:[a-z][\w-]*\s+)?([a-z]+?)s\s+$/i;

/** "Like rivals Google and Microsoft, Meta has pledged …": each name listed is the N of the name after the list. */
function likeRoles(text: string, mentions: readonly Mention[], roles: RoleNouns): AdjacentRelation[] {
  for (const m of mentions) {
    const role = LIKE_ROLE.exec(text.slice(Math.max(0, m.start - 30), m.start));
    const sense = role ? roleSense(roles, (role[1] as string).toLowerCase()) : undefined;
    if (!sense) continue;
    // The list ends at the name after "and"; the comma after it opens the main clause.
    const group = groupFrom(mentions, m, text);
    const end = group.findIndex(
      (g, k) => k > 0 && /\s(?:and|or)\s+$/.test(text.slice((group[k - 1] as Mention).end, g.start)),
    );
    const listed = group.slice(0, end + 1 || 1);
    const last = listed.at(-1) as Mention;
    const subject = mentions.find((o) => o.start >= last.end);
    if (!subject || !isOrganisation(subject) || !/^,\s+$/.test(text.slice(last.end, subject.start))) return [];
    return listed.filter(isOrganisation).map((named) => relation(sense, named, subject));
  }
  return [];
}

/** After a name, ", its" before a role noun: "led by Microsoft, its biggest customer". */
const ITS_AFTER = /,\s+its\s+/y;

/**
 * "Most of Nvidia's revenue comes from cloud companies, led by Microsoft, its biggest customer": a name in apposition
 * with "its" and a role noun is the N of the sentence's first organisation.
 */
function itsRole(text: string, mentions: readonly Mention[], owner: Mention, roles: RoleNouns): AdjacentRelation[] {
  const found: AdjacentRelation[] = [];
  for (const m of mentions) {
    if (m.start <= owner.end) continue;
    ITS_AFTER.lastIndex = m.end;
    const sense = ITS_AFTER.test(text) ? roleAt(text, ITS_AFTER.lastIndex, roles).sense : undefined;
    if (sense) found.push(relation(sense, m, owner));
  }
  return found;
}
