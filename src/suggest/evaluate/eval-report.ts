import { type Align, layoutTable } from '../../util/text-table';
import type { Score } from './evaluate';

const COLUMNS = ['article', 'gold', 'suggested', 'matched', 'precision', 'recall', 'f1', 'statusAccuracy'] as const;

/** The scores as an aligned plain-text table, micro average last. */
export function formatScores(articles: readonly Score[], micro: Score): string {
  const rows = [...articles, micro].map((score) => COLUMNS.map((column) => String(score[column])));
  const header = COLUMNS.map((column) => (column === 'statusAccuracy' ? 'status acc.' : column));
  const align = COLUMNS.map((_, i): Align => (i === 0 ? 'left' : 'right'));
  return layoutTable([header, ...rows], {
    align,
    separator: '  ',
    ruleJoin: '  ',
    rulesAfter: [0, rows.length - 1],
  }).join('\n');
}
