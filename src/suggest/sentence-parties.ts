import type { Cues } from '../schema/cues';
import { type Anaphor, findAnaphora, resolveAnaphor } from './mentions/anaphora';
import { isOrganisation, type Mention, ORGANISATION_TYPES } from './mentions/mentions';
import { firstClauseEnd, unknownSubject } from './relations/korean-clauses';
import type { Sentence } from './sentences/sentences';
import { isHangulCode } from './text';

const ACTOR_TYPES = new Set([...ORGANISATION_TYPES, 'Person']);

/** Between an origin and the anaphor it describes: space, and a word at most (the U.S. [chip ]designer). */
const ORIGIN_GAP = /^\s+(?:[a-z]+\s+)?$/;

/** A possessive pronoun as an anaphor: the name after it is what it owns (Its Communications Platform). */
const POSSESSIVE_PRONOUN = /^(?:its|their)$/i;
/** An English preposition right before an anaphor: it is no subject. */
const GOVERNED_ANAPHOR = /\b(?:to|from|with|for|of|in|into|by)\s+$/i;

/**
 * The parties of each sentence, in order, as the sentences are read one after the other: the names found in it,
 * plus stand-ins for the parties of earlier sentences that it refers to. An anaphor (양사는, 이 회사는, the company)
 * stands for the organisations of the last sentence that named one (a single one for an organisation named before it
 * in its own sentence, if any); a Korean sentence with no subject at all
 * (이번엔 엑소와트에 투자했는데요) takes the last sentence's acting party as its subject, written where it starts.
 */
export class SentenceParties {
  private next = 0;
  private nextAnaphor = 0;
  private readonly anaphora: Anaphor[];
  /** The parties of the last sentence that named an organisation: a range of `parties`, or stand-ins. */
  private previous: readonly Mention[] | [number, number] = [0, 0];
  /** The first party marked as a subject in the last sentence that had one: the acting party. */
  private actor: Mention | undefined;

  constructor(
    private readonly text: string,
    private readonly parties: readonly Mention[],
    private readonly cues: Cues,
    /** Each entity's country code, where known: an anaphor's origin rules out the organisations of other countries. */
    private readonly countries: ReadonlyMap<string, string> = new Map(),
  ) {
    this.anaphora = findAnaphora(text, cues);
  }

  /** The parties of the next sentence; sentences must come in order. Undefined when fewer than two entities. */
  of(sentence: Sentence): readonly Mention[] | undefined {
    const { parties, anaphora } = this;
    while (this.next < parties.length && (parties[this.next] as Mention).start < sentence.start) this.next++;
    let last = this.next;
    while (last < parties.length && (parties[last] as Mention).end <= sentence.end) last++;
    while (this.nextAnaphor < anaphora.length && (anaphora[this.nextAnaphor] as Anaphor).start < sentence.start)
      this.nextAnaphor++;
    const standIns = this.standIns(sentence, last);
    const implied = this.impliedSubject(sentence, last, standIns);
    if (standIns.length === 0) this.rememberRange(this.next, last);
    if (standIns.length === 0 && !implied)
      return twoEntities(parties, this.next, last) ? parties.slice(this.next, last) : undefined;
    const named = [...parties.slice(this.next, last), ...standIns].sort((a, b) => a.start - b.start);
    // What the sentence names is remembered for the next one, not the subject it only implies.
    if (standIns.length > 0) this.remember(named);
    const inside = implied ? [implied, ...named] : named;
    return twoEntities(inside, 0, inside.length) ? inside : undefined;
  }

  /**
   * The last acting party, as the subject of a Korean sentence that has parties but no subject of its own: no party
   * marked as one and no other word marked as one. Written where the sentence starts, with no width.
   */
  private impliedSubject(sentence: Sentence, last: number, standIns: readonly Mention[]): Mention | undefined {
    const { actor, parties, text } = this;
    const first = standIns[0] ?? parties[this.next];
    if (!actor || !first || (last === this.next && standIns.length === 0)) return undefined;
    if (!isHangulCode(text.charCodeAt(first.end)) && !isHangulCode(text.charCodeAt(first.end - 1))) return undefined;
    for (let i = this.next; i < last; i++) if ((parties[i] as Mention).role === 'subject') return undefined;
    // A subject only a later clause has (…들여왔는데, 장비가 반입된 것은) leaves the first clause's dropped.
    const firstClause = firstClauseEnd(text, sentence.start, sentence.end);
    if (standIns.some((m) => m.role === 'subject') || unknownSubject(text, sentence.start, firstClause))
      return undefined;
    return {
      id: actor.id,
      type: actor.type,
      start: sentence.start,
      end: sentence.start,
      role: 'subject',
      particle: '는',
    };
  }

  /** The stand-ins for the anaphors of the sentence, whose own parties end at `last`. */
  private standIns(sentence: Sentence, last: number): Mention[] {
    const standIns: Mention[] = [];
    const { anaphora, parties, previous } = this;
    for (
      ;
      this.nextAnaphor < anaphora.length &&
      (anaphora[this.nextAnaphor] as Anaphor).end <= sentence.end &&
      // One of no width where the next sentence starts (경쟁사인 …) is that sentence's.
      (anaphora[this.nextAnaphor] as Anaphor).start < sentence.end;
      this.nextAnaphor++
    ) {
      const anaphor = anaphora[this.nextAnaphor] as Anaphor;
      if (anaphor.kind === 'possessor') {
        const main = this.mainOrganisations(anaphor.start, parties.slice(this.next, last))[0];
        if (main) standIns.push({ id: main.id, type: main.type, start: anaphor.start, end: anaphor.end });
        continue;
      }
      // "the U.S. chipmaker Nvidia": a kind written right before a name describes that name.
      if (!POSSESSIVE_PRONOUN.test(this.text.slice(anaphor.start, anaphor.end)) && this.nameAt(anaphor.end, last))
        continue;
      // "OpenAI, the company behind ChatGPT": a kind in apposition right after a name restates that name.
      if (this.appositionAt(anaphor.start, last)) continue;
      // "SoftBank's Masayoshi Son said the company would …": the organisation named before it in the sentence.
      const sameSentence = anaphor.kind === 'single' ? this.organisationBefore(anaphor.start) : undefined;
      const before = sameSentence
        ? [sameSentence]
        : Array.isArray(previous) && typeof previous[0] === 'number'
          ? parties.slice(previous[0], previous[1] as number)
          : (previous as Mention[]);
      // "The company had agreed to be acquired by Amazon": a single anaphor is none of the sentence's own names.
      const own = sameSentence || anaphor.kind === 'pair' ? [] : parties.slice(this.next, last);
      const others = own.length > 0 ? before.filter((m) => !own.some((o) => o.id === m.id)) : before;
      const candidates = this.fromOrigin(anaphor, others);
      const resolved = resolveAnaphor(this.text, anaphor, candidates, this.cues);
      standIns.push(...(resolved.length > 0 || anaphor.kind !== 'pair' ? resolved : this.pairElsewhere(anaphor, last)));
    }
    return standIns;
  }

  /** Whether one of the sentence's organisations, up to `last`, ends right before a comma that ends at `at`. */
  private appositionAt(at: number, last: number): boolean {
    return this.parties
      .slice(this.next, last)
      .some((m) => isOrganisation(m) && m.end < at && /^,\s+$/.test(this.text.slice(m.end, at)));
  }

  /** Whether one of the sentence's parties, up to `last`, starts at `at` or after one space. */
  private nameAt(at: number, last: number): boolean {
    return this.parties
      .slice(this.next, last)
      .some((m) => m.start === at || (m.start === at + 1 && /\s/.test(this.text[at] ?? '')));
  }

  /**
   * The candidates an anaphor that states an origin may stand for ("the Chinese company", "the U.S. chipmaker"): not
   * those whose records give another country than the place written before it.
   */
  private fromOrigin(anaphor: Anaphor, candidates: readonly Mention[]): readonly Mention[] {
    const place = this.parties.findLast(
      (m) => m.type === 'Place' && m.end <= anaphor.start && ORIGIN_GAP.test(this.text.slice(m.end, anaphor.start)),
    );
    const country = place && this.countries.get(place.id);
    return country ? candidates.filter((m) => (this.countries.get(m.id) ?? country) === country) : candidates;
  }

  /** For a pair anaphor the sentence before cannot resolve: its own sentence's two organisations, else the text's main two. */
  private pairElsewhere(anaphor: Anaphor, last: number): Mention[] {
    const own = this.parties.slice(this.next, last).filter((m) => m.end <= anaphor.start);
    const sentence = resolveAnaphor(this.text, anaphor, own, this.cues);
    if (sentence.length > 0) return sentence;
    const main = this.mainOrganisations(anaphor.start, this.parties.slice(this.next, last)).slice(0, 2);
    return resolveAnaphor(this.text, anaphor, main, this.cues);
  }

  /** The organisations named before `at`, other than the sentence's own names, most often named first (ties: first named). */
  private mainOrganisations(at: number, own: readonly Mention[]): Mention[] {
    const counts = new Map<string, { mention: Mention; count: number }>();
    for (const m of this.parties) {
      if (m.start >= at) break;
      if (!isOrganisation(m) || own.some((o) => o.id === m.id)) continue;
      const entry = counts.get(m.id) ?? { mention: m, count: 0 };
      entry.count++;
      counts.set(m.id, entry);
    }
    return [...counts.values()].sort((a, b) => b.count - a.count).map((entry) => entry.mention);
  }

  /**
   * The organisation of the current sentence, before `at`, that an anaphor there stands for: the last one, unless the
   * anaphor is a preposition's object ("SK hynix will supply HBM4 to the company"), which stands for the first.
   */
  private organisationBefore(at: number): Mention | undefined {
    const governed = GOVERNED_ANAPHOR.test(this.text.slice(Math.max(0, at - 6), at));
    let found: Mention | undefined;
    for (let i = this.next; i < this.parties.length && (this.parties[i] as Mention).end <= at; i++) {
      if (!isOrganisation(this.parties[i] as Mention)) continue;
      found = this.parties[i];
      if (governed) break;
    }
    return found;
  }

  private rememberRange(from: number, to: number): void {
    let organisation = false;
    let actor: Mention | undefined;
    for (let i = from; i < to; i++) {
      const m = this.parties[i] as Mention;
      if (isOrganisation(m)) organisation = true;
      if (!actor && m.role === 'subject' && ACTOR_TYPES.has(m.type ?? '')) actor = m;
    }
    if (organisation) this.previous = [from, to];
    if (actor) this.actor = actor;
  }

  private remember(inside: readonly Mention[]): void {
    if (inside.some(isOrganisation)) this.previous = inside;
    const actor = inside.find((m) => m.role === 'subject' && ACTOR_TYPES.has(m.type ?? ''));
    if (actor) this.actor = actor;
  }
}

/**
 * Whether mentions[from, to) name two different entities or more, counting the maker a thing is named after (MS
 * 365): only then can a sentence hold a relation.
 */
function twoEntities(mentions: readonly Mention[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const m = mentions[i] as Mention;
    if (m.maker || (i > from && m.id !== (mentions[from] as Mention).id)) return true;
  }
  return false;
}
