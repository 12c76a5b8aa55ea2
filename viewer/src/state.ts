import type { Lang, Status } from './types';
import { STATUSES } from './types';

/** Everything a shared link reproduces: selection, filters, language and display options. */
export interface ViewState {
  lang: Lang;
  node?: string;
  edge?: string;
  hiddenTypes: string[];
  hiddenRelations: string[];
  statuses: Status[];
  /** Inclusive date range as YYYY or YYYY-MM or YYYY-MM-DD; undefined ends are open. */
  from?: string;
  to?: string;
  size: 'degree' | 'pagerank';
  color: 'type' | 'community';
  articles: boolean;
}

export const DEFAULT_STATE: ViewState = {
  lang: 'en',
  hiddenTypes: [],
  hiddenRelations: [],
  statuses: [...STATUSES],
  size: 'degree',
  color: 'type',
  articles: false,
};

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

export function parseState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const statuses = params.has('status')
    ? list(params.get('status')).filter((s): s is Status => (STATUSES as readonly string[]).includes(s))
    : DEFAULT_STATE.statuses;
  return {
    lang: params.get('lang') === 'ko' ? 'ko' : 'en',
    node: params.get('node') ?? undefined,
    edge: params.get('edge') ?? undefined,
    hiddenTypes: list(params.get('hideTypes')),
    hiddenRelations: list(params.get('hideRels')),
    statuses,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    size: params.get('size') === 'pagerank' ? 'pagerank' : 'degree',
    color: params.get('color') === 'community' ? 'community' : 'type',
    articles: params.get('articles') === '1',
  };
}

/** Writes only what differs from the defaults, keeping links short; `keep` carries unrelated params such as `graph`. */
export function serializeState(state: ViewState, keep: URLSearchParams = new URLSearchParams()): string {
  const params = new URLSearchParams(keep);
  const set = (key: string, value: string | undefined, fallback = '') => {
    if (value !== undefined && value !== fallback) params.set(key, value);
    else params.delete(key);
  };
  set('lang', state.lang, 'en');
  set('node', state.node);
  set('edge', state.edge);
  set('hideTypes', state.hiddenTypes.join(','));
  set('hideRels', state.hiddenRelations.join(','));
  set('status', state.statuses.join(','), STATUSES.join(','));
  if (state.statuses.length === 0) params.set('status', '');
  set('from', state.from);
  set('to', state.to);
  set('size', state.size, 'degree');
  set('color', state.color, 'type');
  set('articles', state.articles ? '1' : undefined);
  const text = params.toString();
  return text ? `?${text}` : '';
}
