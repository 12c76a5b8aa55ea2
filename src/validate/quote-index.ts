import { distance } from 'fastest-levenshtein';

/** Where a quote sits in its article body, as UTF-16 offsets [start, end). */
export interface QuoteSpan {
  start: number;
  end: number;
}

interface NormalizedText {
  text: string;
  /** For each character of `text`, its offset in the original. */
  offsets: number[];
}

/** Collapses every run of white space to one space (NFC is applied on load), remembering the original offsets. */
export function normalizeForMatch(original: string): NormalizedText {
  const nfc = original.normalize('NFC');
  let text = '';
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < nfc.length; i++) {
    const char = nfc[i] as string;
    if (/\s/.test(char)) {
      if (!inSpace) {
        text += ' ';
        offsets.push(i);
      }
      inSpace = true;
    } else {
      text += char;
      offsets.push(i);
      inSpace = false;
    }
  }
  return { text, offsets };
}

/** Finds quotes in article bodies, tolerant of white space; each body is normalized once. */
export class QuoteIndex {
  private readonly normalized = new Map<string, NormalizedText>();

  constructor(private readonly bodies: ReadonlyMap<string, string>) {}

  has(articleId: string): boolean {
    return this.bodies.has(articleId);
  }

  find(articleId: string, quote: string): QuoteSpan | undefined {
    const body = this.body(articleId);
    const needle = normalizeForMatch(quote).text.trim();
    if (!body || needle === '') return undefined;
    const at = body.text.indexOf(needle);
    if (at === -1) return undefined;
    return { start: body.offsets[at] as number, end: (body.offsets[at + needle.length - 1] as number) + 1 };
  }

  /** The passage of the article most like the quote, by edit distance, to show when a quote is not found. */
  closestPassage(articleId: string, quote: string): string | undefined {
    const body = this.body(articleId);
    const needle = normalizeForMatch(quote).text.trim();
    if (!body || needle === '') return undefined;
    const width = Math.min(needle.length, body.text.length);
    const step = Math.max(1, Math.floor(width / 4));
    const score = (at: number) => distance(needle, body.text.slice(at, at + width));
    let best = 0;
    let bestScore = score(0);
    const consider = (at: number) => {
      const candidate = score(at);
      if (candidate < bestScore) [best, bestScore] = [at, candidate];
    };
    for (let at = step; at + width <= body.text.length; at += step) consider(at);
    const coarse = best;
    for (let at = Math.max(0, coarse - step); at <= Math.min(body.text.length - width, coarse + step); at++)
      consider(at);
    return body.text.slice(best, best + width);
  }

  private body(articleId: string): NormalizedText | undefined {
    let normalized = this.normalized.get(articleId);
    if (!normalized) {
      const body = this.bodies.get(articleId);
      if (body === undefined) return undefined;
      normalized = normalizeForMatch(body);
      this.normalized.set(articleId, normalized);
    }
    return normalized;
  }
}
