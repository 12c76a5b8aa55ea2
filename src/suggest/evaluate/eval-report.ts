import type { Score } from './evaluate';

const COLUMNS = ['article', 'gold', 'suggested', 'matched', 'precision', 'recall', 'f1', 'statusAccuracy'] as const;

/** The scores as an aligned plain-text table, micro average last. */
export function formatScores(articles: readonly Score[], micro: Score): string {
  const rows = [...articles, micro].map((score) => COLUMNS.map((column) => String(score[column])));
  const header = COLUMNS.map((column) => (column === 'statusAccuracy' ? 'status acc.' : column));
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.slice(0, -1).map(line), rule, line(rows.at(-1) as string[])].join('\n');
}
