import Sigma from 'sigma';
import { sizeShrink } from '../../src/graph/appearance';
import { parallelCurvatures } from '../../src/layout/parallel-curvature';
import { isSiteGraph, relationDates } from '../../src/layout/site-payload';
import { createArticles } from './articles';
import { renderControls } from './controls';
import { takeEditToken } from './curate/token';
import { byId } from './dom';
import { type EdgePicking, edgeProgramClasses } from './edge-programs';
import { t } from './i18n';
import { createLayout } from './layout';
import { emptyGraph, fetchGraphData, placeUnplaced, replaceContents } from './load';
import { type PanelActions, renderEdgePanel, renderNodePanel } from './panel';
import { createEdgeReducer, createNodeReducer, type Interaction, usedProgramKeys } from './reducers';
import { attachSearchBox } from './search-box';
import { parseState, serializeState, type ViewState } from './state';
import { renderTimeline } from './timeline';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from './types';
import './style.css';

/** Camera ratio below which every edge between labelled nodes shows its label (1 = the whole graph fits). */
const EDGE_LABEL_RATIO = 0.5;
/** Camera ratio a chosen node is zoomed to. */
const FOCUS_RATIO = 0.35;

const started = performance.now();
performance.mark('ikg:start');

/** Runs a startup step between two performance marks, so `performance.getEntriesByType('measure')` shows its cost. */
function timed<T>(name: string, step: () => T): T {
  performance.mark(`ikg:${name}:start`);
  const result = step();
  const end = () => performance.measure(`ikg:${name}`, `ikg:${name}:start`);
  if (result instanceof Promise) return result.finally(end) as T;
  end();
  return result;
}
const hook: Record<string, unknown> = {};
(window as unknown as { __ikg: typeof hook }).__ikg = hook;

// Taken out of the address bar before anything reads or writes the URL state.
const editToken = takeEditToken();
const params = new URLSearchParams(location.search);
const graphUrl = params.get('graph') ?? './graph.json';

const graph = emptyGraph();
await timed('load', () => fetchGraphData(graphUrl))
  .then((data) => {
    timed('import', () => graph.import(data));
    timed('place', () => placeUnplaced(graph));
  })
  .catch((error: Error) => {
    byId('count').textContent = `Cannot load the graph (${error.message}).`;
    byId('count').classList.add('error');
    throw error;
  });

let state: ViewState = parseState(location.search);
const interaction: Interaction = {};
const articles = createArticles(graph, graphUrl);
/** Curvature and dates come with a site graph, computed at build time; any other graph gets them here. */
const derived = () => {
  const site = isSiteGraph(graph.getAttributes());
  return {
    curvatures: site ? new Map<string, number>() : timed('parallelCurvatures', () => parallelCurvatures(graph)),
    dates: graph.getAttribute('dates') ?? timed('dates', () => relationDates(graph)),
  };
};
let { curvatures, dates } = derived();
const picking: EdgePicking = { armed: false };
let programKeys = usedProgramKeys(graph, curvatures);

performance.mark('ikg:sigma:start');
const renderer = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(graph, byId('graph'), {
  nodeReducer: createNodeReducer(graph, state, interaction),
  edgeReducer: createEdgeReducer(graph, state, interaction, curvatures),
  renderEdgeLabels: true,
  // Edge events stay on, but edges are drawn into the picking buffer only once `picking` is armed (see below).
  enableEdgeEvents: true,
  labelDensity: 0.6,
  labelGridCellSize: 100,
  labelRenderedSizeThreshold: 7 * sizeShrink(graph),
  labelFont: 'system-ui, "Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", sans-serif',
  edgeLabelFont: 'system-ui, "Noto Sans CJK KR", "Noto Sans KR", sans-serif',
  edgeLabelSize: 11,
  zIndex: true,
  defaultEdgeType: 'straight',
  edgeProgramClasses: edgeProgramClasses(programKeys, picking),
});
performance.measure('ikg:sigma', 'ikg:sigma:start');
// Sigma's constructor processes the graph and renders synchronously: its first afterRender has already fired here.
hook.firstRenderMs = performance.now() - started;
performance.measure('ikg:firstRender', 'ikg:start');
const camera = renderer.getCamera();
const container = byId('graph');

/** Installs reducers for the current state: one reprocess of the graph (two `setSetting` calls would do two). */
function refresh() {
  renderer.setSettings({
    nodeReducer: createNodeReducer(graph, state, interaction),
    edgeReducer: createEdgeReducer(graph, state, interaction, curvatures),
  });
}

/** Changes the view state, records it in the history and redraws. */
function update(change: Partial<ViewState>, push = true) {
  state = { ...state, ...change };
  const keep = new URLSearchParams(params.has('graph') ? { graph: graphUrl } : {});
  const search = serializeState(state, keep);
  if (push && search !== location.search) history.pushState(null, '', `${location.pathname}${search}`);
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

/**
 * Centres a node in the part of the canvas the side panel leaves free, from its graph position (sigma's display
 * data is only normalised at the next frame). Zooms in unless already closer.
 */
function focusNode(node: string) {
  const { x = 0, y = 0 } = graph.getNodeAttributes(node);
  const canvas = container.getBoundingClientRect();
  const panel = byId('panel');
  const freeRight = panel.hidden ? canvas.right : Math.min(canvas.right, panel.getBoundingClientRect().left);
  const shift = (canvas.right - freeRight) / 2;
  const ratio = Math.min(camera.getState().ratio, FOCUS_RATIO);
  const scale = ratio / camera.getState().ratio;
  const point = renderer.graphToViewport({ x, y });
  const here = renderer.viewportToFramedGraph(point);
  const shifted = renderer.viewportToFramedGraph({ x: point.x + shift, y: point.y });
  camera.animate(
    { x: here.x + (shifted.x - here.x) * scale, y: here.y + (shifted.y - here.y) * scale, ratio },
    { duration: 400 },
  );
}

/** Redraws the page for the current state; `initial` skips the reducers, which the renderer was built with. */
function render(initial = false) {
  document.documentElement.lang = state.lang;
  if (!initial) refresh();
  byId('controls').replaceChildren(renderControls(graph, state, update));
  const timeline = byId('timeline');
  timeline.hidden = dates.length < 2;
  if (!timeline.hidden) timeline.replaceChildren(renderTimeline(state, dates, update));
  const panel = byId('panel');
  const node = state.node && graph.hasNode(state.node) ? state.node : undefined;
  const edge = state.edge && graph.hasEdge(state.edge) ? state.edge : undefined;
  panel.replaceChildren(
    ...(node
      ? [renderNodePanel(graph, node, state, actions)]
      : edge
        ? [renderEdgePanel(graph, edge, state, actions, articles)]
        : []),
  );
  const passages = edge ? evidenceArticles(edge) : [];
  if (!articles.settled(passages)) loadPassages(passages);
  if (state.articles && !articles.inGraph()) loadArticles();
  panel.hidden = !node && !edge;
  // A new selection starts at the top of the panel; a language or filter change keeps the reader's place.
  if (panel.dataset.selection !== (node ?? edge)) panel.scrollTop = 0;
  panel.dataset.selection = node ?? edge ?? '';
  renderTexts();
  byId('count').textContent = `${visibleNodeCount()} ${t('visible', state.lang)}`;
}

function evidenceArticles(edge: string): string[] {
  const attributes = graph.getEdgeAttributes(edge);
  return attributes.kind === 'relation' ? attributes.evidence.map((evidence) => evidence.article) : [];
}

/** Fetches the bodies of a relation's articles (only the shards that hold them), then draws its passages. */
function loadPassages(passages: readonly string[]) {
  articles.loadBodies(passages).then(() => render(), showArticlesFailed);
}

/** Fetches the article nodes and MENTIONS edges the first time "Show articles" is on, then draws them. */
function loadArticles() {
  articles.addToGraph().then(() => {
    ensurePrograms();
    render();
  }, showArticlesFailed);
}

function showArticlesFailed(error: Error) {
  byId('count').textContent = `${t('articlesFailed', state.lang)} (${error.message})`;
  byId('count').classList.add('error');
}

/** Registers the edge programs that edges added since the start (articles, a reload) need. */
function ensurePrograms() {
  const keys = usedProgramKeys(graph, curvatures);
  if ([...keys].every((key) => programKeys.has(key))) return;
  programKeys = new Set([...programKeys, ...keys]);
  renderer.setSetting('edgeProgramClasses', edgeProgramClasses(programKeys, picking));
}

/** Edge hover and click read sigma's picking buffer: edges are drawn into it from the first pointer move or press. */
function armPicking() {
  if (picking.armed) return;
  picking.armed = true;
  renderer.setSetting('edgeProgramClasses', edgeProgramClasses(programKeys, picking));
}

/**
 * Fetches the graph again and replaces its contents in place: sigma keeps running on the same graphology instance,
 * nodes that were there keep their positions, the articles are fetched again when next wanted, and the panels are
 * drawn anew.
 */
async function reloadGraph(): Promise<void> {
  const data = await fetchGraphData(graphUrl);
  layout.stop();
  articles.forget();
  replaceContents(graph, data);
  placeUnplaced(graph);
  ({ curvatures, dates } = derived());
  ensurePrograms();
  render();
}

function visibleNodeCount(): number {
  return graph.filterNodes((node) => !renderer.getNodeDisplayData(node)?.hidden).length;
}

function visibleEdges(): string[] {
  return graph.filterEdges((edge) => !renderer.getEdgeDisplayData(edge)?.hidden);
}

function renderTexts() {
  const lang = state.lang;
  byId<HTMLInputElement>('search').placeholder = t('search', lang);
  byId('lang').textContent = lang === 'en' ? '한국어' : 'English';
  byId('layout').textContent = layout.isRunning() ? t('layoutStop', lang) : t('layoutStart', lang);
  byId('export-label').textContent = t('export', lang);
  byId('save-png').title = t('savePng', lang);
  byId('save-gexf').title = t('saveGexf', lang);
  byId('save-json').title = t('saveJson', lang);
}

attachSearchBox(graph, byId<HTMLInputElement>('search'), byId('results'), () => state.lang, actions.selectNode);

// Graph events: hover is UI state outside the link and the graph, so it only refreshes the reducers.
for (const type of ['pointermove', 'pointerdown']) container.addEventListener(type, armPicking, { once: true });
const interact = (change: Partial<Interaction>) => {
  Object.assign(interaction, change);
  container.style.cursor = interaction.hovered || interaction.hoveredEdge ? 'pointer' : '';
  refresh();
};
renderer.on('enterNode', ({ node }) => interact({ hovered: node }));
renderer.on('leaveNode', () => interact({ hovered: undefined }));
renderer.on('enterEdge', ({ edge }) => interact({ hoveredEdge: edge }));
renderer.on('leaveEdge', () => interact({ hoveredEdge: undefined }));
renderer.on('clickNode', ({ node }) => actions.selectNode(node));
renderer.on('clickEdge', ({ edge }) => actions.selectEdge(edge));
renderer.on('clickStage', () => (state.node || state.edge ? actions.close() : undefined));
camera.on('updated', ({ ratio }) => {
  const zoomedIn = ratio <= EDGE_LABEL_RATIO;
  if (zoomedIn !== !!interaction.zoomedIn) interact({ zoomedIn });
});

// Toolbar
const layout = createLayout(graph);
byId('layout').addEventListener('click', async () => {
  await layout.toggle();
  renderTexts();
});
byId('lang').addEventListener('click', () => update({ lang: state.lang === 'en' ? 'ko' : 'en' }));
// The exporters (graphology-gexf, @sigma/export-image) are fetched at the first export.
byId('save-png').addEventListener('click', () => import('./export').then(({ savePng }) => savePng(renderer)));
byId('save-gexf').addEventListener('click', () => import('./export').then(({ saveGexf }) => saveGexf(graph, state)));
byId('save-json').addEventListener('click', () => import('./export').then(({ saveJson }) => saveJson(graph, state)));
window.addEventListener('popstate', () => update(parseState(location.search), false));
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !(event.target instanceof HTMLInputElement) && (state.node || state.edge))
    actions.close();
});
window.addEventListener('beforeunload', () => {
  layout.kill();
  renderer.kill();
});

// The renderer has just painted with these reducers; another full pass here would double the first frame's GPU work.
timed('render', () => render(true));
if (state.node && graph.hasNode(state.node)) focusNode(state.node);

/** Read-only hooks for tests and benchmarks (documented in docs/viewer.md). */
Object.assign(hook, {
  visibleNodeCount,
  visibleEdges,
  state: () => structuredClone(state),
  reloadGraph,
  articlesReady: () => articles.fetched(),
  pickingArmed: () => picking.armed,
  camera: () => camera.getState(),
  layoutRunning: () => layout.isRunning(),
  position: (node: string) => graph.getNodeAttributes(node),
  nodeDisplay: (node: string) => renderer.getNodeDisplayData(node),
  edgeDisplay: (edge: string) => renderer.getEdgeDisplayData(edge),
  edgeLabels: () => [...renderer.getEdgeDisplayedLabels()].filter((edge) => renderer.getEdgeDisplayData(edge)?.label),
  nodeLabels: () => [...renderer.getNodeDisplayedLabels()],
  toViewport: (node: string) => {
    const { x, y } = graph.getNodeAttributes(node);
    return renderer.graphToViewport({ x: x ?? 0, y: y ?? 0 });
  },
});

// Curate mode of `ikg serve --edit`: its code is fetched only when the page was opened with the edit token.
if (editToken)
  void import('./curate/curate').then(({ startCurate }) =>
    startCurate({ reloadGraph, selectEdge: actions.selectEdge }, editToken),
  );
