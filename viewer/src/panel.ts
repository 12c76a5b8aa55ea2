import type { Articles } from './articles';
import { el } from './dom';
import { t } from './i18n';
import { nodeLabel, relationTypeLabel, typeLabel } from './labels';
import { quotePassage } from './passage';
import type { ViewState } from './state';
import { STATUS_STYLE, typeColor } from './style';
import type { EdgeAttributes, Lang, ViewerGraph } from './types';

const DIRECTION_TEXT = { out: 'outgoing', in: 'incoming', both: 'mutual' } as const;

export interface PanelActions {
  selectNode(node: string): void;
  selectEdge(edge: string): void;
  close(): void;
}

function dateText(edge: EdgeAttributes, lang: Lang): string {
  if (edge.kind !== 'relation') return '';
  if (edge.start || edge.end) return `${edge.start ?? '…'} – ${edge.end ?? '…'}`;
  return edge.date ?? t('noDate', lang);
}

function statusBadge(edge: EdgeAttributes, lang: Lang): HTMLElement {
  if (edge.kind !== 'relation') return el('span');
  const badge = el('span', { className: `badge status-${edge.status}`, text: STATUS_STYLE[edge.status].label[lang] });
  badge.style.borderColor = STATUS_STYLE[edge.status].color;
  return badge;
}

function header(title: string, subtitle: string, color: string, actions: PanelActions, lang: Lang): HTMLElement {
  const close = el('button', { className: 'close', text: '×', title: t('close', lang) });
  close.addEventListener('click', actions.close);
  const dot = el('span', { className: 'dot' });
  dot.style.background = color;
  return el(
    'header',
    {},
    el('h2', {}, dot, el('span', { text: title })),
    el('p', { className: 'subtitle', text: subtitle }),
    close,
  );
}

export function renderNodePanel(
  graph: ViewerGraph,
  node: string,
  state: ViewState,
  actions: PanelActions,
): HTMLElement {
  const { lang } = state;
  const attributes = graph.getNodeAttributes(node);
  const type = attributes.kind === 'entity' ? attributes.type : 'Article';
  const panel = el('div', { className: 'panel-body' });
  panel.append(
    header(nodeLabel(attributes, lang), typeLabel(graph, type, lang), typeColor(graph, type), actions, lang),
  );
  if (attributes.kind === 'entity') {
    const names = [...new Set([...Object.values(attributes.names ?? {}), ...(attributes.aliases ?? [])])];
    panel.append(el('p', { className: 'names', text: `${t('aliases', lang)}: ${names.join(' · ')}` }));
    if (attributes.description) panel.append(el('p', { className: 'description', text: attributes.description }));
  }
  const metrics = el('dl', { className: 'metrics' });
  metrics.append(
    el('dt', { text: t('degree', lang) }),
    el('dd', { text: String(attributes.degree ?? graph.degree(node)) }),
  );
  if (attributes.pagerank !== undefined)
    metrics.append(el('dt', { text: t('pagerank', lang) }), el('dd', { text: attributes.pagerank.toFixed(4) }));
  if (attributes.community !== undefined)
    metrics.append(el('dt', { text: t('community', lang) }), el('dd', { text: String(attributes.community) }));
  panel.append(metrics);
  const groups = new Map<string, string[]>();
  graph.forEachEdge(node, (edge, edgeAttributes) => {
    if (edgeAttributes.kind !== 'relation') return;
    groups.set(edgeAttributes.type, [...(groups.get(edgeAttributes.type) ?? []), edge]);
  });
  for (const [type, edges] of groups) {
    const list = el('ul', { className: 'relations' });
    for (const edge of edges) list.append(relationItem(graph, node, edge, lang, actions));
    panel.append(el('h3', { text: relationTypeLabel(graph, type, lang) }), list);
  }
  return panel;
}

/** Which way a relation runs from the entity whose panel lists it. */
type Direction = 'out' | 'in' | 'both';

const ARROWS: Record<Direction, string> = { out: '→', in: '←', both: '↔' };

function relationItem(graph: ViewerGraph, node: string, edge: string, lang: Lang, actions: PanelActions): HTMLElement {
  const attributes = graph.getEdgeAttributes(edge);
  const other = graph.opposite(node, edge);
  const direction: Direction =
    attributes.kind === 'relation' && attributes.symmetric ? 'both' : graph.source(edge) === node ? 'out' : 'in';
  const item = el('li', { className: `relation direction-${direction}` });
  item.dataset.direction = direction;
  const [subject, object] =
    direction === 'in'
      ? [graph.getNodeAttributes(other), graph.getNodeAttributes(node)]
      : [graph.getNodeAttributes(node), graph.getNodeAttributes(other)];
  const sentence = `${nodeLabel(subject, lang)} ${relationTypeLabel(graph, attributes.type, lang)} ${nodeLabel(object, lang)}`;
  const arrow = el('span', {
    className: 'direction',
    text: ARROWS[direction],
    title: `${t(DIRECTION_TEXT[direction], lang)}: ${sentence}`,
  });
  const button = el('button', { className: 'relation-link', text: nodeLabel(graph.getNodeAttributes(other), lang) });
  button.addEventListener('click', () => actions.selectEdge(edge));
  const evidence = attributes.kind === 'relation' ? attributes.evidence.length : 0;
  item.append(
    arrow,
    button,
    el('span', { className: 'direction-text', text: t(DIRECTION_TEXT[direction], lang) }),
    statusBadge(attributes, lang),
    el('span', { className: 'date', text: dateText(attributes, lang) }),
    el('span', { className: 'evidence-count', text: `${t('evidence', lang)}: ${evidence}` }),
  );
  return item;
}

/** The panel of a relation; a passage around each quote once `articles` has the bodies, the quote alone before. */
export function renderEdgePanel(
  graph: ViewerGraph,
  edge: string,
  state: ViewState,
  actions: PanelActions,
  articles: Articles,
): HTMLElement {
  const { lang } = state;
  const attributes = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const name = (node: string) => nodeLabel(graph.getNodeAttributes(node), lang);
  const arrow = attributes.kind === 'relation' && attributes.symmetric ? '↔' : '→';
  const panel = el('div', { className: 'panel-body' });
  const color = attributes.kind === 'relation' ? STATUS_STYLE[attributes.status].color : '#999';
  panel.append(
    header(
      `${name(source)} ${arrow} ${name(target)}`,
      relationTypeLabel(graph, attributes.type, lang),
      color,
      actions,
      lang,
    ),
  );
  const endpoints = el('p', { className: 'endpoints' });
  for (const node of [source, target]) {
    const link = el('button', { className: 'relation-link', text: name(node) });
    link.addEventListener('click', () => actions.selectNode(node));
    endpoints.append(link);
  }
  panel.append(
    endpoints,
    el(
      'p',
      { className: 'meta' },
      statusBadge(attributes, lang),
      el('span', { className: 'date', text: dateText(attributes, lang) }),
    ),
  );
  if (attributes.kind !== 'relation') return panel;
  const details = el('dl', { className: 'metrics' });
  for (const [key, value] of [
    ['role', attributes.role],
    ['topic', attributes.topic],
    ['amount', attributes.amount?.text],
  ] as const)
    if (value) details.append(el('dt', { text: t(key, lang) }), el('dd', { text: value }));
  if (details.childElementCount > 0) panel.append(details);
  panel.append(el('h3', { text: t('evidence', lang) }));
  for (const evidence of attributes.evidence) {
    const body = articles.body(evidence.article);
    const passage = body
      ? quotePassage(body, evidence.start, evidence.end)
      : { before: '', quote: evidence.quote, after: '' };
    const article = articles.meta(evidence);
    const meta = el(
      'p',
      { className: 'source' },
      el('strong', { text: article?.title ?? evidence.article }),
      article ? ` · ${article.date} · ${article.publisher}` : '',
    );
    if (article?.url && /^https?:\/\//.test(article.url)) {
      const link = el('a', { text: t('openArticle', lang) });
      link.href = article.url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      meta.append(' · ', link);
    }
    const figure = el(
      'figure',
      { className: 'evidence' },
      el('blockquote', {}, passage.before, el('mark', { text: passage.quote }), passage.after),
      meta,
    );
    figure.dataset.passage = body ? 'shown' : articles.settled([evidence.article]) ? 'missing' : 'loading';
    panel.append(figure);
  }
  return panel;
}
