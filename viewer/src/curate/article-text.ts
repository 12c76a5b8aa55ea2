import { el } from '../dom';

export interface Span {
  start: number;
  end: number;
}

export interface Highlight extends Span {
  className: string;
  title?: string;
}

/**
 * The article body as text nodes, each known-entity mention in a <mark>, and the focused quote in another; the
 * rendered text equals the body character for character, so a selection maps back to offsets exactly.
 */
export function renderArticleText(text: string, mentions: readonly Highlight[], quote?: Span): HTMLElement {
  const container = el('div', { className: 'curate-text' });
  const cuts = new Set([0, text.length]);
  for (const { start, end } of [...mentions, ...(quote ? [quote] : [])]) cuts.add(start).add(end);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i] as number, points[i + 1] as number];
    const piece = text.slice(start, end);
    const mention = mentions.find((m) => m.start <= start && end <= m.end);
    const inQuote = quote && quote.start <= start && end <= quote.end;
    let node: Node = document.createTextNode(piece);
    if (mention) node = el('mark', { className: mention.className, title: mention.title }, node);
    if (inQuote) node = el('span', { className: 'curate-quote' }, node);
    container.append(node);
  }
  return container;
}

/** The selected part of the rendered article as offsets into its text, or undefined without a selection in it. */
export function selectedSpan(container: HTMLElement): Span | undefined {
  const selection = getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return undefined;
  const offsetOf = (node: Node, offset: number) => {
    const before = document.createRange();
    before.setStart(container, 0);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  return start < end ? { start, end } : undefined;
}

/** The span without white space at either end. */
export function trimmed(text: string, { start, end }: Span): Span {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}
