import type { Cues } from './cues';
import { foldAscii } from './text';

/** A cue word found in a sentence, at `at` (an offset in the sentence). */
export interface CueHit<Label extends string> {
  label: Label;
  at: number;
  end: number;
  korean: boolean;
}

type Lexicon<Label extends string> = Partial<Record<Label, { ko: string[]; en: string[] }>>;

/** Every cue of the lexicon in the sentence: Korean cues anywhere, English cues at the start of a word. */
export function matchCues<Label extends string>(sentence: string, lexicon: Lexicon<Label>): CueHit<Label>[] {
  const folded = foldAscii(sentence);
  const hits: CueHit<Label>[] = [];
  for (const [label, words] of Object.entries(lexicon) as [Label, { ko: string[]; en: string[] }][]) {
    for (const [korean, list] of [
      [true, words.ko],
      [false, words.en],
    ] as const) {
      for (const word of list) {
        const cue = korean ? word : foldAscii(word);
        for (let at = folded.indexOf(cue); at !== -1; at = folded.indexOf(cue, at + 1)) {
          if (korean || !/[a-z0-9]/.test(folded[at - 1] ?? '')) hits.push({ label, at, end: at + cue.length, korean });
        }
      }
    }
  }
  return withoutNested(hits).sort((a, b) => a.at - b.at);
}

/** Drops a cue that lies inside a longer one: "invest" inside "investigat", 생산 inside 위탁생산. */
function withoutNested<Label extends string>(hits: CueHit<Label>[]): CueHit<Label>[] {
  return hits.filter(
    (hit) =>
      !hits.some(
        (other) =>
          other !== hit && other.at <= hit.at && hit.end <= other.end && other.end - other.at > hit.end - hit.at,
      ),
  );
}

export type StatusLabel = Cues['status']['fallback'];

/** The status a sentence's modality suggests: the first label in `order` with a cue present, else the fallback. */
export function statusOf(sentence: string, cues: Cues): StatusLabel {
  const found = new Set(matchCues(sentence, cues.status.cues).map((hit) => hit.label));
  return cues.status.order.find((label) => found.has(label)) ?? cues.status.fallback;
}
