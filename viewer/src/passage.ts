/** Splits an article body around a quote's UTF-16 offsets, with `context` characters either side. */
export function quotePassage(body: string, start: number, end: number, context = 160) {
  const from = Math.max(0, start - context);
  const to = Math.min(body.length, end + context);
  return {
    before: `${from > 0 ? '…' : ''}${body.slice(from, start)}`,
    quote: body.slice(start, end),
    after: `${body.slice(end, to)}${to < body.length ? '…' : ''}`,
  };
}
