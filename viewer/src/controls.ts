import { el } from './dom';
import { t } from './i18n';
import type { ViewState } from './state';
import { STATUS_STYLE, typeColor } from './style';
import { STATUSES, type ViewerGraph } from './types';

export type Update = (change: Partial<ViewState>) => void;

function toggle(label: string, checked: boolean, onChange: (checked: boolean) => void, swatch?: HTMLElement) {
  const input = el('input');
  input.type = 'checkbox';
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return el('label', { className: 'toggle' }, input, ...(swatch ? [swatch] : []), el('span', { text: label }));
}

function swatch(color: string, className = 'dot') {
  const element = el('span', { className });
  element.style.background = color;
  return element;
}

const without = (list: string[], item: string, keep: boolean) =>
  keep ? list.filter((x) => x !== item) : [...new Set([...list, item])];

/** The legend and filter controls, rebuilt from the state on every change. */
export function renderControls(graph: ViewerGraph, state: ViewState, dateRange: string[], update: Update): HTMLElement {
  const { lang } = state;
  const ontology = graph.getAttribute('ontology');
  const present = (attribute: 'type', kind: 'node' | 'edge') => {
    const types = new Set<string>();
    if (kind === 'node') graph.forEachNode((_, a) => a.kind === 'entity' && types.add(a[attribute]));
    else graph.forEachEdge((_, a) => a.kind === 'relation' && types.add(a[attribute]));
    return [...types].sort();
  };
  const root = el('div');
  const types = el('fieldset', { className: 'legend-types' }, el('legend', { text: t('entityTypes', lang) }));
  for (const type of present('type', 'node'))
    types.append(
      toggle(
        ontology?.entityTypes[type]?.label[lang] ?? type,
        !state.hiddenTypes.includes(type),
        (on) => update({ hiddenTypes: without(state.hiddenTypes, type, on) }),
        swatch(typeColor(graph, type)),
      ),
    );
  const relations = el('fieldset', {}, el('legend', { text: t('relationTypes', lang) }));
  for (const type of present('type', 'edge'))
    relations.append(
      toggle(ontology?.relationTypes[type]?.label[lang] ?? type, !state.hiddenRelations.includes(type), (on) =>
        update({ hiddenRelations: without(state.hiddenRelations, type, on) }),
      ),
    );
  const statuses = el('fieldset', {}, el('legend', { text: t('statuses', lang) }));
  for (const status of STATUSES) {
    const line = swatch(STATUS_STYLE[status].color, `line status-${status}`);
    line.style.height = `${STATUS_STYLE[status].size + 1}px`;
    statuses.append(
      toggle(
        STATUS_STYLE[status].label[lang],
        state.statuses.includes(status),
        (on) => update({ statuses: STATUSES.filter((s) => (s === status ? on : state.statuses.includes(s))) }),
        line,
      ),
    );
  }
  root.append(types, relations, statuses, timeline(state, dateRange, update), display(state, update));
  return root;
}

/** Two range inputs over the sorted distinct relation dates. */
function timeline(state: ViewState, dates: string[], update: Update): HTMLElement {
  const box = el('fieldset', { className: 'timeline' }, el('legend', { text: t('timeline', state.lang) }));
  if (dates.length < 2) return box;
  const last = dates.length - 1;
  const slider = (value: string | undefined, fallback: number, key: 'from' | 'to') => {
    const input = el('input', { className: `range-${key}` });
    input.type = 'range';
    input.min = '0';
    input.max = String(last);
    input.value = String(value && dates.includes(value) ? dates.indexOf(value) : fallback);
    input.addEventListener('change', () => {
      const index = Number(input.value);
      update({ [key]: index === fallback ? undefined : dates[index] });
    });
    return input;
  };
  const label = el('p', { className: 'range-label', text: `${state.from ?? dates[0]} – ${state.to ?? dates[last]}` });
  box.append(slider(state.from, 0, 'from'), slider(state.to, last, 'to'), label);
  return box;
}

function display(state: ViewState, update: Update): HTMLElement {
  const { lang } = state;
  const select = el('select', { className: 'size-by' });
  for (const metric of ['degree', 'pagerank'] as const) {
    const option = el('option', { text: t(metric, lang) });
    option.value = metric;
    option.selected = state.size === metric;
    select.append(option);
  }
  select.addEventListener('change', () => update({ size: select.value === 'pagerank' ? 'pagerank' : 'degree' }));
  return el(
    'fieldset',
    {},
    el('legend', { text: t('display', lang) }),
    el('label', { className: 'select' }, el('span', { text: t('sizeBy', lang) }), select),
    toggle(t('colorByCommunity', lang), state.color === 'community', (on) =>
      update({ color: on ? 'community' : 'type' }),
    ),
    toggle(t('showArticles', lang), state.articles, (on) => update({ articles: on })),
  );
}
