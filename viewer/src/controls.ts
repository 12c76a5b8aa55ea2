import { el } from './dom';
import { t } from './i18n';
import { relationTypeLabel, typeLabel } from './labels';
import type { ViewState } from './state';
import { dashBackground, STATUS_STYLE, typeColor } from './style';
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

/** The legend and filter controls (left), rebuilt from the state on every change. */
export function renderControls(graph: ViewerGraph, state: ViewState, update: Update): HTMLElement {
  const { lang } = state;
  const ontology = graph.getAttribute('ontology');
  const entityTypes = new Set<string>();
  const relationTypes = new Set<string>();
  graph.forEachNode((_, a) => a.kind === 'entity' && entityTypes.add(a.type));
  graph.forEachEdge((_, a) => a.kind === 'relation' && relationTypes.add(a.type));
  const root = el('div');
  const types = el('fieldset', { className: 'legend-types' }, el('legend', { text: t('entityTypes', lang) }));
  for (const type of [...entityTypes].sort())
    types.append(
      toggle(
        typeLabel(graph, type, lang),
        !state.hiddenTypes.includes(type),
        (on) => update({ hiddenTypes: without(state.hiddenTypes, type, on) }),
        state.color === 'type' ? swatch(typeColor(graph, type)) : undefined,
      ),
    );
  const relations = el('fieldset', { className: 'legend-relations' }, el('legend', { text: t('relationTypes', lang) }));
  for (const type of [...relationTypes].sort()) {
    const symmetric = ontology?.relationTypes[type]?.symmetric;
    const direction = el('span', {
      className: 'direction',
      text: symmetric ? '↔' : '→',
      title: t(symmetric ? 'symmetric' : 'directed', lang),
    });
    relations.append(
      toggle(
        relationTypeLabel(graph, type, lang),
        !state.hiddenRelations.includes(type),
        (on) => update({ hiddenRelations: without(state.hiddenRelations, type, on) }),
        direction,
      ),
    );
  }
  const statuses = el('fieldset', { className: 'legend-statuses' }, el('legend', { text: t('statuses', lang) }));
  for (const status of STATUSES) {
    const { color, dash, size } = STATUS_STYLE[status];
    const line = swatch(dashBackground(color, dash), `line status-${status}`);
    line.style.height = `${size + 1}px`;
    statuses.append(
      toggle(
        STATUS_STYLE[status].label[lang],
        state.statuses.includes(status),
        (on) => update({ statuses: STATUSES.filter((s) => (s === status ? on : state.statuses.includes(s))) }),
        line,
      ),
    );
  }
  root.append(types, relations, statuses, display(state, update));
  return root;
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
