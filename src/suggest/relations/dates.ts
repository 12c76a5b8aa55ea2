import { parsePartialDate } from '../../util/partial-date';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const KO_DATE = /(\d{4})\s*년(?:\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?)?/;
const EN_DATE =
  /\b(?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:(\d{1,2}),?\s+)?)?((?:19|20)\d{2})\b/;
const ISO_DATE = /\b((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?\b/;

const pad = (n: string | number) => String(n).padStart(2, '0');

/** The most precise real date the parts make: an impossible day or month is dropped, not the whole date. */
function partial(year: string, month?: string | number, day?: string): string | undefined {
  const m = month === undefined ? undefined : `${year}-${pad(month)}`;
  const d = m === undefined || day === undefined ? undefined : `${m}-${pad(day)}`;
  return [d, m, year].find((text) => text !== undefined && parsePartialDate(text) !== undefined);
}

/** The first date a sentence states, as YYYY, YYYY-MM or YYYY-MM-DD. */
export function findDate(sentence: string): string | undefined {
  const iso = ISO_DATE.exec(sentence);
  if (iso) return partial(iso[1] ?? '', iso[2], iso[3]);
  const ko = KO_DATE.exec(sentence);
  if (ko) return partial(ko[1] ?? '', ko[2], ko[3]);
  const en = EN_DATE.exec(sentence);
  if (!en) return undefined;
  const month = en[1] ? MONTHS.indexOf(en[1].toLowerCase()) + 1 : undefined;
  return partial(en[3] ?? '', month, month ? en[2] : undefined);
}
