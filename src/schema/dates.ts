import { z } from 'zod';
import { parsePartialDate } from '../util/partial-date';

export const PartialDate = z
  .string()
  .refine((text) => parsePartialDate(text) !== undefined, {
    message: 'expected a real date as YYYY, YYYY-MM or YYYY-MM-DD',
  })
  .meta({ description: 'A date with year, month or day precision: 2024, 2024-11 or 2024-11-14.' });
