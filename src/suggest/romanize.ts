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
  return text.replace(/[\uAC00-\uD7A3]/g, (syllable) => {
    const index = syllable.charCodeAt(0) - 0xac00;
    return `${INITIALS[Math.floor(index / 588)]}${VOWELS[Math.floor((index % 588) / 28)]}${FINALS[index % 28]}`;
  });
}

/** A proposed entity id: romanized, lower-case, hyphenated. */
export function slugify(name: string): string {
  return romanize(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
