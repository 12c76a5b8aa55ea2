import type { Cues } from '../../schema/cues';
import { type CompiledCues, compileCues, type Particles, type Role } from '../cues/compiled-cues';
import { codeAt, isHangulCode, isLatinOrDigitCode, isWordCode } from '../text';
import { leftmostLongest } from './aho-corasick';
import type { Dictionary, Maker } from './dictionary';

/** An entity named in the text, with the Korean particle attached to the name, if any. */
export interface Mention {
  id: string;
  type?: string;
  start: number;
  end: number;
  role?: Role;
  /** The particle itself, when one is attached: 은/는 mark a topic, 이/가 the subject of a verb. */
  particle?: string;
  /** For a place: the id of its government, which acts in its name (일본은 라피더스를 설립했다). */
  government?: string;
  /** Where a place written as the name's origin starts ([일본 ]후지필름): a list joins the name there. */
  originStart?: number;
  /** For a thing named after its maker (MS 365): the maker, whose name opens the mention. */
  maker?: Maker;
  /** For a place: written as its English adjective (Dutch, Japanese). */
  adjective?: boolean;
  /** The entity's country, where the dictionary records it. */
  country?: string;
}

/** The entity types that act as organisations: companies, governments and research organisations. */
export const ORGANISATION_TYPES: ReadonlySet<string> = new Set(['Company', 'Government', 'ResearchOrg']);

/** Whether the mention names an organisation. */
export const isOrganisation = (m: Mention) => ORGANISATION_TYPES.has(m.type ?? '');

export const MADE_TYPES: ReadonlySet<string> = new Set(['Product', 'Technology']);

/** A product or technology: what is made, not who makes it. */
export const isMade = (m: Mention) => MADE_TYPES.has(m.type ?? '');

/** An implied subject: a sentence's dropped subject, written where the sentence starts, with no width. */
export const implied = (m: Mention) => m.end === m.start;

/** 은/는: the topic of the sentence. */
export const isTopic = (m: Mention) => m.role === 'subject' && /[은는]$/.test(m.particle ?? '');

/** A name marked as a partner (과/와): one acted with, or one of a list. */
export const isPartner = (m: Mention) => m.role === 'with';

/** Where the mention is written, as offsets into the text. */
export const span = (m: Mention): [number, number] => [m.start, m.end];

/** Whether one of the mentions covers part of text[start, end). */
export const overlapsAny = (mentions: readonly Mention[], start: number, end: number) =>
  mentions.some((m) => m.start < end && start < m.end);

/**
 * A name must not be cut out of a longer Latin word, nor a Korean name out of a word that Latin letters open
 * (SB[오픈AI]재팬), nor a short Korean name out of a longer Korean word.
 */
export function standsAlone(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  const before = codeAt(text, start - 1);
  if (isLatinOrDigitCode(before) && (isLatinOrDigitCode(first) || isHangulCode(first))) return false;
  if (isLatinOrDigitCode(text.charCodeAt(end - 1)) && isLatinOrDigitCode(codeAt(text, end))) return false;
  return !(isHangulCode(first) && end - start <= 2 && isHangulCode(before));
}

/** The Hangul that runs on after a name in its word. */
const WORD_REST = /[가-힣]+/y;

/** Whether the Korean word a name ends in goes on only with particles, endings or a title: not 카카오[게임즈는]. */
export function endsName(text: string, end: number, wordRest: RegExp): boolean {
  WORD_REST.lastIndex = end;
  const rest = WORD_REST.exec(text)?.[0];
  return rest === undefined || wordRest.test(rest);
}

/** Whether text[start, end) has no small Latin letter. */
function inCapitals(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
  }
  return true;
}

/** Finds every known name in one pass, keeps the leftmost-longest, and reads the particle after each. */
export function findMentions(text: string, dictionary: Dictionary, cues: Cues): Mention[] {
  const compiled = compileCues(cues);
  const { wordRest } = compiled.particles;
  const hits = leftmostLongest(
    dictionary.matcher.search(
      text,
      0,
      text.length,
      (start, end, pattern) =>
        standsAlone(text, start, end) &&
        endsName(text, end, wordRest) &&
        (!dictionary.entries[pattern]?.capitals || inCapitals(text, start, end)),
    ),
  );
  const mentions: Mention[] = [];
  let asideEnd = -1;
  let joinedEnd = -1;
  hits.forEach((found, index) => {
    if (found.start < joinedEnd) return;
    const hit = acrossAside(text, found, dictionary, wordRest) ?? found;
    if (hit !== found) joinedEnd = hit.end;
    const entry = dictionary.entries[hit.pattern];
    // 마이크로소프트(MS)와: the name in the aside is the same entity again, not another party.
    if (hit.start < asideEnd && entry?.id === mentions.at(-1)?.id) return;
    asideEnd = afterAside(text, hit.end);
    const nextStart = hits[index + 1]?.start ?? text.length;
    const government = entry && dictionary.governments.get(entry.id);
    mentions.push(
      markedMention(
        text,
        hit.start,
        hit.end,
        entry,
        nextStart,
        compiled,
        government,
        dictionary.makers.get(hit.pattern),
        entry && dictionary.countries.get(entry.id),
      ),
    );
  });
  return mentions;
}

/** How far after an aside the rest of a longer name may reach. */
const REST_REACH = 24;

/**
 * A longer known name that an aside in brackets splits, read across it: 유럽연합(EU) 집행위원회 is 유럽연합 집행위원회,
 * the Commission, not the Union.
 */
function acrossAside(
  text: string,
  hit: { start: number; end: number; pattern: number },
  dictionary: Dictionary,
  wordRest: RegExp,
): { start: number; end: number; pattern: number } | undefined {
  if (text[hit.end] !== '(') return undefined;
  const restAt = afterAside(text, hit.end);
  if (text[restAt] !== ' ') return undefined;
  const name = text.slice(hit.start, hit.end);
  const joined = name + text.slice(restAt, restAt + REST_REACH);
  const longer = leftmostLongest(
    dictionary.matcher.search(
      joined,
      0,
      joined.length,
      (start, end) =>
        start === 0 && end > name.length + 1 && standsAlone(joined, start, end) && endsName(joined, end, wordRest),
    ),
  )[0];
  return longer && { start: hit.start, end: restAt + longer.end - name.length, pattern: longer.pattern };
}

/**
 * The mention of `entry` at text[start, end), with the particle that marks it: closing a list of names the dictionary
 * lacks, right after it or after an aside in brackets, ending the word it is glued into, after a person's title or
 * description, closing a list, or 역시.
 */
export function markedMention(
  text: string,
  start: number,
  end: number,
  entry: { id: string; type: string } | undefined,
  nextStart: number,
  compiled: CompiledCues,
  government?: string,
  maker?: Maker,
  country?: string,
): Mention {
  const { attached } = compiled.particles;
  const particleAt = afterAside(text, end);
  const marked =
    listedBeforeEtcetera(text, particleAt, nextStart, attached) ??
    attached.find(({ particle }) => text.startsWith(particle, particleAt)) ??
    wordEnding(text, end, attached) ??
    (entry?.type === 'Person'
      ? (titleParticle(text, particleAt, compiled) ?? describedParticle(text, end, nextStart, compiled.particles))
      : undefined) ??
    etcetera(text, end, attached) ??
    also(text, end, compiled.particles);
  return {
    id: entry?.id ?? '',
    type: entry?.type,
    start,
    end,
    role: marked?.role,
    particle: marked?.particle,
    government,
    maker,
    country,
  };
}

/**
 * A person's description in one or two words, the last ending like an office or honorific (장, 관, 수석, 대사, 의원,
 * 교수, 대표, 씨 …) or a family tie (부부, 형제), then a particle: 김철수 전 부사장[은], 최상목 경제수석[을]. Not 윤석열 정부는: a government is
 * not a title.
 */
const DESCRIBED =
  /(?:\s+[^\s,.()]{1,10})?\s+[^\s,.()]{0,9}(?:장|관|사|원|석|리|령|표|무|수|보|위원|고문|씨|부부|형제|남매|자매)(은|는|이|가|을|를)(?=\s)/y;

/** The particle after a person's description that names no known entity (it ends before the next mention). */
function describedParticle(text: string, end: number, nextMention: number, particles: Particles) {
  DESCRIBED.lastIndex = end;
  const match = DESCRIBED.exec(text);
  if (!match || DESCRIBED.lastIndex > nextMention) return undefined;
  const particle = match[1] as string;
  const role = particles.roleOf.get(particle);
  return role && { particle, role };
}

/** One word after a name, before a title: 젠슨 황[ 엔비디아] 최고경영자(CEO)는. */
const ONE_WORD = /\s+[^\s]{1,12}(?=\s)/y;

/**
 * The particle after a person's title, or after an organisation and a title, which marks the person: 김철수
 * 사장[은], 젠슨 황 엔비디아 최고경영자(CEO)[는], 김종철 전 제주항공 대표[가].
 */
function titleParticle(text: string, from: number, compiled: CompiledCues) {
  const { titles, particles } = compiled;
  ONE_WORD.lastIndex = from;
  const one = ONE_WORD.exec(text) ? ONE_WORD.lastIndex : -1;
  // 김종철 [전] 제주항공 대표가: a modifier of the title may stand before the organisation too.
  let two = -1;
  if (one >= 0 && titles.personGap.test(text.slice(from, one))) {
    ONE_WORD.lastIndex = one;
    two = ONE_WORD.exec(text) ? ONE_WORD.lastIndex : -1;
  }
  for (const at of [from, one, two]) {
    if (at < 0) continue;
    titles.at.lastIndex = at;
    if (!titles.at.exec(text)) continue;
    const after = afterAside(text, titles.at.lastIndex);
    return particles.attached.find(({ particle }) => text.startsWith(particle, after));
  }
  return undefined;
}

/** How far a Korean word may run on after a name (소프트뱅크[그룹은]) for its particle to mark the name. */
const WORD_REACH = 4;

/** The particle that ends the Korean word a name is glued into: 소프트뱅크그룹[은] marks 소프트뱅크 as a subject. */
function wordEnding(text: string, end: number, attached: Particles['attached']) {
  let stop = end;
  while (stop < text.length && stop - end <= WORD_REACH && isHangulCode(text.charCodeAt(stop))) stop++;
  if (stop === end || stop - end > WORD_REACH || isWordCode(codeAt(text, stop))) return undefined;
  return attached.find(
    ({ particle }) => stop - particle.length > end && text.startsWith(particle, stop - particle.length),
  );
}

/**
 * 등 and the three words after it, of which the first with a particle closes the list: 소니 [등 8개사가], 소니 [등이],
 * 소니 [등 일본 대기업 8곳이].
 */
const ETCETERA = /\s*(등[^\s,.]*)(?:\s+([^\s,.]+))?(?:\s+([^\s,.]+))?(?:\s+([^\s,.]+))?/y;

/** The particle of the phrase a list closes with 등: 도요타자동차와 소니 등 8개사가 출자해 marks the list as the subject. */
function etcetera(text: string, end: number, attached: Particles['attached']) {
  ETCETERA.lastIndex = end;
  const words = ETCETERA.exec(text)?.slice(1) ?? [];
  for (const word of words) {
    const marked = word && attached.find(({ particle }) => word.length > particle.length && word.endsWith(particle));
    if (marked) return marked;
  }
  return undefined;
}

/**
 * After 과, 와 or a comma, up to four names the dictionary lacks and then 등: 알리바바그룹[과 바이두, 바이트댄스] 등 중국
 * 빅테크는. No word of the list ends like a verb or a marked argument (엔비디아와 손잡은 구글 등).
 */
const LISTED_UNKNOWN =
  /(?:과|와)?(?:,\s*|\s+및\s+|\s+)(?:[^\s,.()]{1,12}(?<![은는한된던을를의에도로고며서해이가])(?:,\s*|\s+및\s+|(?:과|와)?\s+)){0,3}[^\s,.()]{1,12}(?<![은는한된던을를의에도로고며서해이가])(?=\s*등)/y;

/** The particle of a list closed by 등 that runs on from a name through names the dictionary lacks. */
function listedBeforeEtcetera(text: string, at: number, nextStart: number, attached: Particles['attached']) {
  if (!/^(?:과\s|와\s|,)/.test(text.slice(at, at + 2))) return undefined;
  LISTED_UNKNOWN.lastIndex = at;
  if (!LISTED_UNKNOWN.test(text) || LISTED_UNKNOWN.lastIndex > nextStart) return undefined;
  return etcetera(text, LISTED_UNKNOWN.lastIndex, attached);
}

/** "Too" written as a word after a bare name (구글 역시, 아마존 또한): it marks the name as 도 does. */
const ALSO = /^\s(?:역시|또한)\s/;

function also(text: string, end: number, particles: Particles) {
  const role = ALSO.test(text.slice(end, end + 5)) ? particles.roleOf.get('도') : undefined;
  return role && { particle: '도', role };
}

/** An aside in brackets and closing quotes after a name, as in 제너럴모터스(GM)와, read at most this far. */
const ASIDE = /(?:\s?\([^()\n]{0,40}\))?["'’”」』)]*/y;
const ASIDE_REACH = 48;

/** Where the particle of a name starts: past an aside in brackets and closing quotes. */
export function afterAside(text: string, end: number): number {
  if (isWordCode(codeAt(text, end))) return end; // a syllable, letter or digit: the particle itself, or none
  ASIDE.lastIndex = end;
  return end + Math.min(ASIDE.exec(text)?.[0].length ?? 0, ASIDE_REACH);
}
