/** Dates with year, month or day precision (2024, 2024-11, 2024-11-14); pure, so the viewer uses them too. */
export type DatePrecision = 'year' | 'month' | 'day';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses "2024", "2024-11" or "2024-11-14"; returns undefined for anything else or an impossible date. */
export function parsePartialDate(
  text: string,
): { year: number; month?: number; day?: number; precision: DatePrecision } | undefined {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  return { year, month, day, precision: 'day' };
}

export function precisionOf(text: string): DatePrecision {
  const parsed = parsePartialDate(text);
  if (!parsed) throw new RangeError(`not a partial date: ${text}`);
  return parsed.precision;
}

/** The first and last millisecond (UTC) that a partial date covers. */
export function dateBounds(text: string): [number, number] {
  const parsed = parsePartialDate(text);
  if (!parsed) throw new RangeError(`not a partial date: ${text}`);
  const { year, month, day } = parsed;
  const first = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const next =
    day !== undefined
      ? Date.UTC(year, (month ?? 1) - 1, day + 1)
      : month !== undefined
        ? Date.UTC(year, month, 1)
        : Date.UTC(year + 1, 0, 1);
  return [first, next - 1];
}
