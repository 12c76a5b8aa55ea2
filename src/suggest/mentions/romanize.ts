import { isHangulCode } from '../text';

const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const VOWELS = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
];
const FINALS = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];

/** Hangul syllables in Revised Romanization, letter by letter (no sound changes): 삼성전자 → samseongjeonja. */
export function romanize(text: string): string {
  let romanized = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isHangulCode(code)) {
      romanized += text[i];
      continue;
    }
    const index = code - 0xac00;
    romanized += `${INITIALS[Math.floor(index / 588)]}${VOWELS[Math.floor((index % 588) / 28)]}${FINALS[index % 28]}`;
  }
  return romanized;
}

/** A proposed entity id: romanized, lower-case, hyphenated. */
export function slugify(name: string): string {
  return romanize(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
