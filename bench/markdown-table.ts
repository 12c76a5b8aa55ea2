export type Alignment = 'left' | 'right';

/** A markdown table with every column padded to its widest cell, so it reads as a table in plain text too. */
export function markdownTable(
  header: readonly string[],
  alignments: readonly Alignment[],
  rows: readonly string[][],
): string[] {
  const widths = header.map((title, column) =>
    Math.max(3, title.length, ...rows.map((cells) => (cells[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${widths.map((width, column) => pad(cells[column] ?? '', width, alignments[column] ?? 'left')).join(' | ')} |`;
  const separator = widths.map((width, column) =>
    alignments[column] === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
  );
  return [line(header), `| ${separator.join(' | ')} |`, ...rows.map(line)];
}

function pad(text: string, width: number, alignment: Alignment): string {
  return alignment === 'right' ? text.padStart(width) : text.padEnd(width);
}
