import type { Random } from './random';

/** Hangul syllables with a romanization each, so every entity gets a Korean and an English name. */
const SYLLABLES: readonly (readonly [string, string])[] = [
  ['한', 'han'],
  ['빛', 'bit'],
  ['대', 'dae'],
  ['양', 'yang'],
  ['세', 'se'],
  ['진', 'jin'],
  ['미', 'mi'],
  ['래', 'rae'],
  ['성', 'seong'],
  ['우', 'u'],
  ['현', 'hyeon'],
  ['테', 'te'],
  ['크', 'keu'],
  ['온', 'on'],
  ['누', 'nu'],
  ['리', 'ri'],
  ['가', 'ga'],
  ['람', 'ram'],
  ['새', 'sae'],
  ['솔', 'sol'],
  ['하', 'ha'],
  ['늘', 'neul'],
  ['도', 'do'],
  ['윤', 'yun'],
  ['서', 'seo'],
  ['지', 'ji'],
  ['민', 'min'],
  ['준', 'jun'],
  ['영', 'yeong'],
  ['수', 'su'],
  ['경', 'gyeong'],
  ['태', 'tae'],
];

const SURNAMES: readonly (readonly [string, string])[] = [
  ['김', 'Kim'],
  ['이', 'Lee'],
  ['박', 'Park'],
  ['최', 'Choi'],
  ['정', 'Jung'],
  ['강', 'Kang'],
  ['조', 'Cho'],
];

/** Korean and English suffixes per entity type, e.g. 전자 / Electronics. */
const SUFFIXES: Record<string, readonly (readonly [string, string])[]> = {
  Company: [
    ['전자', 'Electronics'],
    ['반도체', 'Semiconductor'],
    ['바이오', 'Bio'],
    ['화학', 'Chemical'],
    ['에너지', 'Energy'],
  ],
  Government: [
    ['부', 'Ministry'],
    ['위원회', 'Commission'],
    ['청', 'Agency'],
  ],
  ResearchOrg: [
    ['연구원', 'Institute'],
    ['대학교', 'University'],
  ],
  Product: [
    ['칩', 'Chip'],
    ['폰', 'Phone'],
    ['모델', 'Model'],
  ],
  Technology: [
    ['공정', 'Process'],
    ['기술', 'Technology'],
  ],
  Facility: [
    ['공장', 'Fab'],
    ['데이터센터', 'Data Center'],
  ],
  Place: [
    ['시', 'City'],
    ['도', 'Province'],
  ],
  Event: [
    ['포럼', 'Forum'],
    ['박람회', 'Expo'],
  ],
};

export interface Names {
  ko: string;
  en: string;
}

/** A random bilingual name for an entity of the type. */
export function entityNames(random: Random, type: string): Names {
  const stem = [random.pick(SYLLABLES), random.pick(SYLLABLES), random.pick(SYLLABLES)];
  const ko = stem.map(([hangul]) => hangul).join('');
  const en = capitalize(stem.map(([, latin]) => latin).join(''));
  if (type === 'Person') {
    const [koSurname, enSurname] = random.pick(SURNAMES);
    return {
      ko: `${koSurname}${ko.slice(0, 2)}`,
      en: `${capitalize(stem[0]?.[1] ?? '')}${stem[1]?.[1] ?? ''} ${enSurname}`,
    };
  }
  const [koSuffix, enSuffix] = random.pick(SUFFIXES[type] ?? [['', '']]);
  return { ko: `${ko}${koSuffix}`, en: `${en} ${enSuffix}`.trim() };
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
