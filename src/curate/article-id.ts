import { slugify } from '../suggest/mentions/romanize';

/** The longest id proposed, in characters. */
const MAX_LENGTH = 60;

/**
 * An article id proposed from its publisher, title and date, as the curated ids read: publisher, the title's
 * first words, then the date (`sbs-biz-softbank-ai-2024-04-23`). Korean is romanized letter by letter.
 */
export function proposeArticleId(
  { title, publisher, published }: { title: string; publisher: string; published: string },
  taken: (id: string) => boolean,
): string {
  const date = slugify(published);
  const head = slugify(publisher).split('-').slice(0, 3);
  const words = slugify(title).split('-').filter(Boolean);
  const parts = [...head];
  for (const word of words) {
    if ([...parts, word, date].join('-').length > MAX_LENGTH) break;
    parts.push(word);
    if (parts.length >= head.length + 4) break;
  }
  const base = [...parts, date].filter(Boolean).join('-') || 'article';
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}
