/** part / whole to three decimals, 0 when there is no whole. */
export const ratio = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

/** The harmonic mean of precision and recall, to three decimals. */
const harmonic = (precision: number, recall: number) =>
  precision + recall === 0 ? 0 : Math.round(((2 * precision * recall) / (precision + recall)) * 1000) / 1000;

/** Precision, recall and F1 from counts of matched, proposed and gold items. */
export function prf(matched: number, proposed: number, gold: number) {
  const precision = ratio(matched, proposed);
  const recall = ratio(matched, gold);
  return { precision, recall, f1: harmonic(precision, recall) };
}

/** The confidence bands whose precision is reported: each band holds confidences from `min` up to the band above. */
const CONFIDENCE_BANDS = [
  { band: '>=0.8', min: 0.8 },
  { band: '0.6-0.8', min: 0.6 },
  { band: '<0.6', min: 0 },
] as const;

export interface BandScore {
  band: string;
  proposed: number;
  correct: number;
  precision: number;
}

/** Precision per confidence band, over proposals with their confidence and whether each was right. */
export function bandScores(proposals: readonly { confidence: number; correct: boolean }[]): BandScore[] {
  return CONFIDENCE_BANDS.map(({ band, min }, i) => {
    const max = i === 0 ? Number.POSITIVE_INFINITY : (CONFIDENCE_BANDS[i - 1] as { min: number }).min;
    const inBand = proposals.filter((p) => p.confidence >= min && p.confidence < max);
    const correct = inBand.filter((p) => p.correct).length;
    return { band, proposed: inBand.length, correct, precision: ratio(correct, inBand.length) };
  });
}
