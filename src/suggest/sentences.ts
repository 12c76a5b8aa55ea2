/** A sentence of the text, as UTF-16 offsets [start, end). */
export interface Sentence {
  start: number;
  end: number;
}

/** Ends that look like a sentence end to Intl.Segmenter but are abbreviations: "(U.S.)", "Inc.", "Dr.". */
const ABBREVIATION_END =
  /(?:\b(?:[A-Z]\.){1,3}\)?|\b(?:Inc|Corp|Co|Ltd|Mr|Ms|Mrs|Dr|St|No|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)\s*$/;

/** Intl.Segmenter slows down badly on long strings, so it is fed windows of this many characters. */
const WINDOW = 8_192;

/** Intl.Segmenter's sentences, window by window; a window's last sentence may be cut, so it is read again. */
function* segments(text: string, segmenter: Intl.Segmenter): Generator<Sentence> {
  let offset = 0;
  while (offset < text.length) {
    const end = Math.min(text.length, offset + WINDOW);
    const found = [...segmenter.segment(text.slice(offset, end))];
    const complete = end === text.length ? found : found.slice(0, -1);
    if (complete.length === 0) {
      yield { start: offset, end };
      offset = end;
      continue;
    }
    for (const { segment, index } of complete) yield { start: offset + index, end: offset + index + segment.length };
    const last = complete.at(-1) as Intl.SegmentData;
    offset += last.index + last.segment.length;
  }
}

/**
 * Splits text into sentences with Intl.Segmenter. A single line break inside a paragraph does not end a
 * sentence (hard-wrapped text); a blank line does; abbreviations such as "U.S." do not.
 */
export function splitSentences(text: string, locale = 'ko'): Sentence[] {
  const unwrapped = text.replace(/([^\n])\n(?=[^\n])/g, '$1 ');
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const sentences: Sentence[] = [];
  let pending: number | undefined;
  for (const { start, end } of segments(unwrapped, segmenter)) {
    const segment = unwrapped.slice(start, end);
    if (ABBREVIATION_END.test(segment) && !segment.endsWith('\n') && end < unwrapped.length) {
      pending ??= start;
      continue;
    }
    const sentence = { start: pending ?? start, end };
    pending = undefined;
    if (unwrapped.slice(sentence.start, sentence.end).trim()) sentences.push(sentence);
  }
  return sentences;
}
