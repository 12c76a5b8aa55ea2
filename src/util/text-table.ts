import stringWidth from 'string-width';

export type Align = 'left' | 'right';

export interface TableLayout {
  /** Per column; left when not given. */
  align?: readonly Align[];
  /** Between two cells of a row. */
  separator: string;
  /** Between two column rules of a rule line. */
  ruleJoin: string;
  /** A rule line after each of these row indexes (0 = after the first row). */
  rulesAfter?: readonly number[];
}

/**
 * Rows of cells as aligned text lines, measured in terminal columns (Hangul, kana and CJK take two, emoji too),
 * with line breaks inside a cell shown as spaces.
 */
export function layoutTable(rows: readonly (readonly string[])[], layout: TableLayout): string[] {
  const flat = rows.map((row) => row.map((cell) => cell.replace(/\r?\n/g, ' ')));
  const columns = Math.max(0, ...flat.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(0, ...flat.map((row) => stringWidth(row[column] ?? ''))),
  );
  const pad = (cell: string, column: number) => {
    const fill = ' '.repeat(Math.max(0, (widths[column] ?? 0) - stringWidth(cell)));
    return layout.align?.[column] === 'right' ? fill + cell : cell + fill;
  };
  const rule = widths.map((width) => '─'.repeat(width)).join(layout.ruleJoin);
  const lines: string[] = [];
  flat.forEach((row, index) => {
    lines.push(
      widths
        .map((_, column) => pad(row[column] ?? '', column))
        .join(layout.separator)
        .trimEnd(),
    );
    if (layout.rulesAfter?.includes(index)) lines.push(rule);
  });
  return lines;
}
