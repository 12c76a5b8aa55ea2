import { sentenceEnds } from './sentence-rules';

/** A sentence of the text, as UTF-16 offsets [start, end). */
export interface Sentence {
  start: number;
  end: number;
}

/** Ends that look like a sentence end to Intl.Segmenter but are abbreviations: "(U.S.)", "Inc.", "Dr.". */
const ABBREVIATION_END =
  /(?:\b(?:[A-Z]\.){1,3}\)?|\b(?:Inc|Corp|Co|Ltd|Mr|Ms|Mrs|Dr|St|No|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)\s*$/;

/** A segment with something other than white space in it: a sentence (an abbreviation's segment always is). */
const NOT_BLANK = /\S/;

/** Intl.Segmenter slows down on long strings, so a long paragraph is read in windows of this many characters. */
const WINDOW = 8_192;

/** Receives a segment of the text: where it starts and ends. */
type SegmentVisitor = (start: number, end: number) => void;

/**
 * Where the sentences of text[from, to) end, read as a text of its own: by Unicode's rules when they cover the
 * text (Hangul and ASCII), which is faster, and by Intl.Segmenter otherwise.
 */
function segmentEnds(text: string, from: number, to: number, segmenter: Intl.Segmenter): number[] {
  return (
    sentenceEnds(text, from, to) ??
    Array.from(segmenter.segment(text.slice(from, to)), ({ index, segment }) => from + index + segment.length)
  );
}

/**
 * The sentences of text[from, to), window by window. `to` must be a sentence end (a line break or the end of
 * the text); inside, a window's last sentence may be cut, so it is read again with the next window.
 */
function visitWindows(text: string, from: number, to: number, segmenter: Intl.Segmenter, visit: SegmentVisitor) {
  let offset = from;
  while (offset < to) {
    const end = Math.min(to, offset + WINDOW);
    const ends = segmentEnds(text, offset, end, segmenter);
    const complete = end === to ? ends : ends.slice(0, -1);
    if (complete.length === 0) {
      visit(offset, end);
      offset = end;
      continue;
    }
    for (const sentenceEnd of complete) {
      visit(offset, sentenceEnd);
      offset = sentenceEnd;
    }
  }
}

/**
 * The sentences, paragraph by paragraph: a sentence always ends after a line break (Unicode's sentence rules
 * break after every paragraph separator), so each paragraph is segmented on its own, which is faster than
 * segmenting the whole text and gives the same sentences.
 */
function visitSegments(text: string, segmenter: Intl.Segmenter, visit: SegmentVisitor) {
  for (let start = 0; start < text.length; ) {
    const lineBreak = text.indexOf('\n', start);
    const end = lineBreak === -1 ? text.length : lineBreak + 1;
    visitWindows(text, start, end, segmenter, visit);
    start = end;
  }
}

const newSegmenter = (locale: string) => new Intl.Segmenter(locale, { granularity: 'sentence' });

/**
 * One sentence segmenter per locale: making one costs more than segmenting an article (the first one loads
 * ICU's break rules), so those for the languages `suggest` reads are made when this module loads.
 */
const segmenters = new Map(['ko', 'en'].map((locale) => [locale, newSegmenter(locale)]));

function sentenceSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = newSegmenter(locale);
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/**
 * Splits text into sentences by Unicode's rules, as Intl.Segmenter does. A single line break inside a paragraph
 * does not end a sentence (hard-wrapped text); a blank line does; abbreviations such as "U.S." do not.
 */
export function splitSentences(text: string, locale = 'ko'): Sentence[] {
  const unwrapped = text.replace(/([^\n])\n(?=[^\n])/g, '$1 ');
  const sentences: Sentence[] = [];
  let pending: number | undefined;
  visitSegments(unwrapped, sentenceSegmenter(locale), (start, end) => {
    const segment = unwrapped.slice(start, end);
    if (ABBREVIATION_END.test(segment) && !segment.endsWith('\n') && end < unwrapped.length) {
      pending ??= start;
      return;
    }
    if (pending !== undefined || NOT_BLANK.test(segment)) sentences.push({ start: pending ?? start, end });
    pending = undefined;
  });
  return sentences;
}
