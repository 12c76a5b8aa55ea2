import EdgeCurveProgram, { EdgeCurvedArrowProgram, indexParallelEdgesIndex } from '@sigma/edge-curve';
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import { renderControls } from './controls';
import { byId, el } from './dom';
import { saveGexf, saveJson, savePng } from './export';
import { t } from './i18n';
import { createLayout } from './layout';
import { type PanelActions, renderEdgePanel, renderNodePanel } from './panel';
import { createEdgeReducer, createNodeReducer, type Interaction } from './reducers';
import { buildSearchIndex, search } from './search';
import { parseState, serializeState, type ViewState } from './state';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, ViewerGraph } from './types';
import './style.css';

const started = performance.now();
const hook: Record<string, unknown> = {};
(window as unknown as { __ikg: typeof hook }).__ikg = hook;

const params = new URLSearchParams(location.search);
const response = await fetch(params.get('graph') ?? './graph.json');
const graph: ViewerGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
graph.import(await response.json());
graph.forEachNode((node, a) => {
  if (typeof a.x !== 'number' || typeof a.y !== 'number')
    graph.mergeNodeAttributes(node, { x: Math.cos(hash(node)) * 100, y: Math.sin(hash(node)) * 100 });
});
indexParallelEdgesIndex(graph as never);

function hash(text: string): number {
  let h = 0;
  for (const c of text) h = (h * 31 + (c.codePointAt(0) ?? 0)) | 0;
  return h;
}

let state: ViewState = parseState(location.search);
const interaction: Interaction = {};
const dates = [...new Set(graph.mapEdges((_, a) => (a.kind === 'relation' ? [a.date, a.start, a.end] : [])).flat())]
  .filter((d): d is string => !!d)
  .sort();

const renderer = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(graph, byId('graph'), {
  nodeReducer: createNodeReducer(graph, state, interaction),
  edgeReducer: createEdgeReducer(graph, state, interaction),
  renderEdgeLabels: true,
  enableEdgeEvents: true,
  labelDensity: 0.6,
  labelGridCellSize: 90,
  labelRenderedSizeThreshold: 7,
  labelFont: '"Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", system-ui, sans-serif',
  edgeLabelFont: '"Noto Sans CJK KR", "Noto Sans KR", system-ui, sans-serif',
  edgeLabelSize: 11,
  zIndex: true,
  defaultEdgeType: 'straight',
  edgeProgramClasses: {
    straight: EdgeRectangleProgram,
    straightArrow: EdgeArrowProgram,
    curved: EdgeCurveProgram,
    curvedArrow: EdgeCurvedArrowProgram,
  },
});
renderer.once('afterRender', () => {
  hook.firstRenderMs = performance.now() - started;
});

function refresh() {
  renderer.setSetting('nodeReducer', createNodeReducer(graph, state, interaction));
  renderer.setSetting('edgeReducer', createEdgeReducer(graph, state, interaction));
}

/** Changes the view state, records it in the history and redraws. */
function update(change: Partial<ViewState>, push = true) {
  state = { ...state, ...change };
  if (push)
    history.pushState(
      null,
      '',
      `${location.pathname}${serializeState(state, new URLSearchParams(params.has('graph') ? { graph: params.get('graph') ?? '' } : {}))}`,
    );
  render();
}

const actions: PanelActions = {
  selectNode: (node) => {
    update({ node, edge: undefined });
    focusNode(node);
  },
  selectEdge: (edge) => update({ edge, node: undefined }),
  close: () => update({ node: undefined, edge: undefined }),
};

function focusNode(node: string) {
  const display = renderer.getNodeDisplayData(node);
  if (!display) return;
  const { x, y } = renderer.viewportToFramedGraph(renderer.graphToViewport(display));
  renderer.getCamera().animate({ x, y, ratio: 0.35 }, { duration: 400 });
}

function render() {
  document.documentElement.lang = state.lang;
  refresh();
  byId('controls').replaceChildren(renderControls(graph, state, dates, update));
  const panel = byId('panel');
  const node = state.node && graph.hasNode(state.node) ? state.node : undefined;
  const edge = state.edge && graph.hasEdge(state.edge) ? state.edge : undefined;
  panel.replaceChildren(
    ...(node
      ? [renderNodePanel(graph, node, state, actions)]
      : edge
        ? [renderEdgePanel(graph, edge, state, actions)]
        : []),
  );
  panel.hidden = !node && !edge;
  renderTexts();
  byId('count').textContent = `${visibleNodeCount()} ${t('visible', state.lang)}`;
}

function visibleNodeCount(): number {
  return graph.filterNodes((node) => !renderer.getNodeDisplayData(node)?.hidden).length;
}

function renderTexts() {
  const lang = state.lang;
  byId<HTMLInputElement>('search').placeholder = t('search', lang);
  byId('lang').textContent = lang === 'en' ? '한국어' : 'English';
  byId('layout').textContent = layout.isRunning() ? t('layoutStop', lang) : t('layoutStart', lang);
  byId('export-label').textContent = t('export', lang);
}

// Search
const index = buildSearchIndex(graph);
const input = byId<HTMLInputElement>('search');
const results = byId('results');
input.addEventListener('input', () => {
  results.replaceChildren(
    ...search(index, input.value).map((hit) => {
      const name = graph.getNodeAttribute(hit.node, 'label');
      const item = el(
        'li',
        {},
        el('button', { text: hit.text }, el('small', { text: hit.text === name ? '' : ` ${name}` })),
      );
      item.addEventListener('click', () => {
        results.replaceChildren();
        input.value = hit.text;
        actions.selectNode(hit.node);
      });
      return item;
    }),
  );
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') (results.querySelector('button') as HTMLButtonElement | null)?.click();
});

// Graph events
renderer.on('enterNode', ({ node }) => {
  interaction.hovered = node;
  refresh();
});
renderer.on('leaveNode', () => {
  interaction.hovered = undefined;
  refresh();
});
renderer.on('clickNode', ({ node }) => actions.selectNode(node));
renderer.on('clickEdge', ({ edge }) => actions.selectEdge(edge));
renderer.on('clickStage', () => (state.node || state.edge ? actions.close() : undefined));

// Toolbar
const layout = createLayout(graph);
byId('layout').addEventListener('click', () => {
  if (layout.isRunning()) layout.stop();
  else layout.start();
  renderTexts();
});
byId('lang').addEventListener('click', () => update({ lang: state.lang === 'en' ? 'ko' : 'en' }));
byId('save-png').addEventListener('click', () => savePng(renderer));
byId('save-gexf').addEventListener('click', () => saveGexf(graph, renderer));
byId('save-json').addEventListener('click', () => saveJson(graph, renderer));
window.addEventListener('popstate', () => update(parseState(location.search), false));
window.addEventListener('beforeunload', () => {
  layout.kill();
  renderer.kill();
});

render();
if (state.node && graph.hasNode(state.node)) focusNode(state.node);

Object.assign(hook, {
  visibleNodeCount,
  state: () => structuredClone(state),
  camera: () => renderer.getCamera().getState(),
  layoutRunning: () => layout.isRunning(),
  position: (node: string) => graph.getNodeAttributes(node),
});
