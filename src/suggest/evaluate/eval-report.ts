import { type Align, layoutTable } from '../../util/text-table';
import type { Evaluation } from './evaluate';
import type { PairEvaluation } from './evaluate-pairs';
import type { BandScore } from './ratios';

/** Rows of records as an aligned plain-text table, the first column left-aligned, a rule under the header. */
function table<Row>(
  columns: readonly (keyof Row & string)[],
  rows: readonly Row[],
  headers: Partial<Record<string, string>> = {},
  totalLast = false,
) {
  const cells = rows.map((row) => columns.map((column) => String(row[column])));
  const align = columns.map((_, i): Align => (i === 0 ? 'left' : 'right'));
  return layoutTable([columns.map((column) => headers[column] ?? column), ...cells], {
    align,
    separator: '  ',
    ruleJoin: '  ',
    rulesAfter: totalLast ? [0, cells.length - 1] : [0],
  }).join('\n');
}

const bandTable = (bands: readonly BandScore[]) =>
  table<BandScore>(['band', 'proposed', 'correct', 'precision'], bands, { band: 'confidence' });

/** The article scores as aligned plain-text tables: per article with the micro average last, per type, per band. */
export function formatScores({ articles, micro, byType, bands }: Evaluation): string {
  return [
    table(
      ['article', 'gold', 'suggested', 'matched', 'precision', 'recall', 'f1', 'statusAccuracy'],
      [...articles, micro],
      { statusAccuracy: 'status acc.' },
      true,
    ),
    table(['type', 'gold', 'suggested', 'matched', 'precision', 'recall', 'f1'], byType, { type: 'relation type' }),
    bandTable(bands),
  ].join('\n\n');
}

const PAIR_COLUMNS = [
  'group',
  'pairs',
  'positives',
  'proposed',
  'correct',
  'precision',
  'recall',
  'f1',
  'falsePositiveNegatives',
  'negativeRate',
] as const;
const PAIR_HEADERS = { falsePositiveNegatives: 'neg. given', negativeRate: 'neg. rate' };

/** The pair scores as aligned plain-text tables: overall, per relation type, per pattern, per confidence band. */
export function formatPairScores({ overall, byType, byPattern, bands }: PairEvaluation): string {
  return [
    table(PAIR_COLUMNS, [overall], PAIR_HEADERS),
    table(PAIR_COLUMNS, byType, { ...PAIR_HEADERS, group: 'relation type' }),
    table(PAIR_COLUMNS, byPattern, { ...PAIR_HEADERS, group: 'pattern' }),
    bandTable(bands),
  ].join('\n\n');
}
