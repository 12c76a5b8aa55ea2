import type { Cues } from './cues';
import { type Mention, particleRole, particleRoles } from './mentions';
import { slugify } from './romanize';

/** A proposed new entity: its name as written, a proposed id and, when the name tells, a type. */
export interface CandidateEntity {
  id: string;
  name: string;
  type?: string;
  count: number;
}

const LATIN_NAME = /\b[A-Z][A-Za-z0-9&'’.-]*[A-Za-z0-9](?:\s+[A-Z][A-Za-z0-9&'’.-]*[A-Za-z0-9])*/g;
const KOREAN_WORD = /[A-Za-z0-9]*[가-힣][가-힣A-Za-z0-9]*/g;

function latinCandidates(text: string, cues: Cues, stop: Set<string>): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(LATIN_NAME)) {
    const words = match[0].split(/\s+/);
    while (words.length > 0 && stop.has(words[0] as string)) words.shift();
    const name = words.join(' ');
    if (name.length < 3 || stop.has(name)) continue;
    const start = match.index + match[0].length - name.length;
    const type = cues.latinSuffixes[(words.at(-1) as string).replace(/\.$/, '')];
    found.push({ id: name, type, start, end: start + name.length });
  }
  return found;
}

function koreanCandidates(text: string, cues: Cues): Mention[] {
  const roles = particleRoles(cues);
  const suffixes = Object.keys(cues.suffixes).sort((a, b) => b.length - a.length);
  const found: Mention[] = [];
  for (const match of text.matchAll(KOREAN_WORD)) {
    const word = match[0];
    for (let cut = word.length; cut >= 3; cut--) {
      const stem = word.slice(0, cut);
      const suffix = suffixes.find((s) => stem.endsWith(s) && stem.length - s.length >= 2);
      if (!suffix) continue;
      const rest = word.slice(cut);
      if (rest && !roles.some(([particle]) => particle === rest)) continue;
      const role = particleRole(rest, roles);
      found.push({
        id: stem,
        type: cues.suffixes[suffix],
        start: match.index,
        end: match.index + cut,
        role,
      });
      break;
    }
  }
  return found;
}

export type NamedMention = Mention & { name: string };

/** Names of possible new entities that no known mention covers: Latin proper names and Korean organisation names. */
export function findCandidates(text: string, known: readonly Mention[], cues: Cues): NamedMention[] {
  const stop = new Set(cues.stopwords);
  const taken = new Uint8Array(text.length);
  for (const k of known) taken.fill(1, k.start, k.end);
  const covered = (m: Mention) => taken.subarray(m.start, m.end).includes(1);
  return [...latinCandidates(text, cues, stop), ...koreanCandidates(text, cues)]
    .filter((m) => !covered(m))
    .map((m) => ({ ...m, id: slugify(m.id) || m.id, name: text.slice(m.start, m.end) }))
    .filter((m) => m.id.length > 0);
}

/** The distinct candidates, most mentioned first. */
export function tallyCandidates(mentions: readonly NamedMention[], knownIds: Set<string>) {
  const byId = new Map<string, CandidateEntity>();
  for (const m of mentions) {
    if (knownIds.has(m.id)) continue;
    const entry = byId.get(m.id) ?? { id: m.id, name: m.name, type: m.type, count: 0 };
    entry.count++;
    byId.set(m.id, entry);
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}
