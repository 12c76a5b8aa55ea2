import { describe, expect, it } from 'vitest';
import { createEdgeReducer, createNodeReducer, type Interaction } from '../../viewer/src/reducers';
import { DEFAULT_STATE, type ViewState } from '../../viewer/src/state';
import { communityColor, DASH_PATTERNS, FADED_COLOR, HIDDEN_PROGRAM, STATUS_STYLE } from '../../viewer/src/style';
import { miniGraph } from './graph';

const PARTNERS = 'rapidus|PARTNERS_WITH|ibm';
const MANUFACTURES = 'rapidus|MANUFACTURES_FOR|nvidia';
const LEADS = 'jensen-huang|LEADS|nvidia';

describe('reducers', () => {
  const graph = miniGraph();
  const before = JSON.stringify(graph.export());
  const node = (key: string, state: ViewState = DEFAULT_STATE, interaction: Interaction = {}) =>
    createNodeReducer(graph, state, interaction)(key, graph.getNodeAttributes(key));
  const edge = (
    key: string,
    state: ViewState = DEFAULT_STATE,
    interaction: Interaction = {},
    curvatures = new Map<string, number>(),
  ) => createEdgeReducer(graph, state, interaction, curvatures)(key, graph.getEdgeAttributes(key));

  it('colours by type from the ontology and labels in the chosen language', () => {
    expect(node('rapidus')).toMatchObject({ color: '#4e79a7', label: 'Rapidus', type: 'circle', hidden: false });
    expect(node('rapidus', { ...DEFAULT_STATE, lang: 'ko' }).label).toBe('라피더스');
    expect(node('article:mini-rapidus').hidden).toBe(true);
  });

  it('colours by Louvain community when asked, so nodes of one type can differ', () => {
    const community = { ...DEFAULT_STATE, color: 'community' as const };
    expect(node('rapidus', community).color).toBe(communityColor(0));
    expect(node('nvidia', community).color).toBe(communityColor(1));
    expect(node('rapidus', community).color).not.toBe(node('nvidia', community).color);
    expect(node('rapidus').color).toBe(node('nvidia').color);
  });

  it('sizes by the chosen metric', () => {
    const pagerank = { ...DEFAULT_STATE, size: 'pagerank' as const };
    const ranks = ['ibm', 'nvidia'].map((key) => graph.getNodeAttribute(key, 'pagerank') ?? 0);
    const sizes = ['ibm', 'nvidia'].map((key) => node(key, pagerank).size ?? 0);
    expect(Math.sign((sizes[0] ?? 0) - (sizes[1] ?? 0))).toBe(Math.sign((ranks[0] ?? 0) - (ranks[1] ?? 0)));
  });

  it('fades nodes and hides edges outside the hovered neighbourhood and labels the edges inside it', () => {
    expect(node('jensen-huang', DEFAULT_STATE, { hovered: 'ibm' })).toMatchObject({ color: FADED_COLOR, label: '' });
    expect(node('rapidus', DEFAULT_STATE, { hovered: 'ibm' }).forceLabel).toBe(true);
    // As in sigma's hover example: the other edges are not drawn at all, so a hover draws only the neighbourhood.
    expect(edge(LEADS, DEFAULT_STATE, { hovered: 'ibm' })).toMatchObject({ hidden: true, type: HIDDEN_PROGRAM });
    // A selected node's other edges are drawn faded, as before: the selection stays while the pointer moves on.
    expect(edge(LEADS, { ...DEFAULT_STATE, node: 'ibm' })).toMatchObject({ color: FADED_COLOR, label: '' });
    expect(edge(PARTNERS, DEFAULT_STATE, { hovered: 'ibm' })).toMatchObject({
      forceLabel: true,
      label: 'partners with',
    });
  });

  it('focuses a selected relation on its two ends', () => {
    const selected = { ...DEFAULT_STATE, edge: PARTNERS };
    expect(node('ibm', selected).color).not.toBe(FADED_COLOR);
    expect(node('nvidia', selected).color).toBe(FADED_COLOR);
    expect(edge(PARTNERS, selected)).toMatchObject({ forceLabel: true, size: STATUS_STYLE.active.size + 1.5 });
    expect(edge(MANUFACTURES, selected).color).toBe(FADED_COLOR);
  });

  it('labels edges only when hovered, in focus or zoomed in', () => {
    expect(edge(PARTNERS).label).toBe('');
    expect(edge(PARTNERS, DEFAULT_STATE, { zoomedIn: true }).label).toBe('partners with');
    expect(edge(PARTNERS, { ...DEFAULT_STATE, lang: 'ko' }, { zoomedIn: true }).label).toBe('협력');
    expect(edge(PARTNERS, DEFAULT_STATE, { hoveredEdge: PARTNERS })).toMatchObject({
      label: 'partners with',
      forceLabel: true,
    });
    expect(edge(LEADS, DEFAULT_STATE, { hoveredEdge: PARTNERS }).label).toBe('');
  });

  it('draws each status with its own stroke, and arrows only on directed types', () => {
    expect(edge(MANUFACTURES)).toMatchObject({
      color: STATUS_STYLE.considered.color,
      type: 'straight',
      arrowHead: true,
      dash: DASH_PATTERNS.dashed,
    });
    expect(edge(PARTNERS)).toMatchObject({ color: STATUS_STYLE.active.color, type: 'straight', arrowHead: false });
    expect(edge(PARTNERS)).not.toHaveProperty('dash');
    expect(edge(LEADS)).toMatchObject({ type: 'straight', arrowHead: true });
    const looks = Object.values(STATUS_STYLE).map((s) => `${s.color}/${s.size}/${s.dash}`);
    expect(new Set(looks).size).toBe(4);
    expect(STATUS_STYLE.considered.dash).not.toBe(STATUS_STYLE.active.dash);
  });

  it('hides edges whose endpoint type is hidden, and edges filtered by status', () => {
    expect(edge(LEADS, { ...DEFAULT_STATE, hiddenTypes: ['Person'] }).hidden).toBe(true);
    expect(edge(MANUFACTURES, { ...DEFAULT_STATE, statuses: ['active'] }).hidden).toBe(true);
    expect(edge(PARTNERS, { ...DEFAULT_STATE, statuses: ['active'] }).hidden).toBe(false);
  });

  it('gives hidden edges the program that stores and draws nothing', () => {
    expect(edge(MANUFACTURES, { ...DEFAULT_STATE, statuses: ['active'] }).type).toBe(HIDDEN_PROGRAM);
    expect(edge(LEADS, { ...DEFAULT_STATE, hiddenTypes: ['Person'] }).type).toBe(HIDDEN_PROGRAM);
    expect(edge(PARTNERS, { ...DEFAULT_STATE, statuses: ['active'] }).type).toBe('straight');
  });

  it('curves the edges given a curvature, or with the curvature stored on a site graph edge', () => {
    const stored = { ...graph.getEdgeAttributes(PARTNERS), curvature: -0.35 };
    expect(createEdgeReducer(graph, DEFAULT_STATE, {})(PARTNERS, stored)).toMatchObject({
      type: 'curved',
      curvature: -0.35,
    });
    expect(edge(PARTNERS, DEFAULT_STATE, {}, new Map([[PARTNERS, 0.2]]))).toMatchObject({
      type: 'curved',
      curvature: 0.2,
    });
    expect(edge(MANUFACTURES, DEFAULT_STATE, {}, new Map([[MANUFACTURES, -0.2]]))).toMatchObject({
      type: 'curved',
      arrowHead: true,
      dash: DASH_PATTERNS.dashed,
    });
  });

  it('never changes the graph', () => {
    node('ibm', { ...DEFAULT_STATE, node: 'ibm' }, { hovered: 'rapidus' });
    edge(PARTNERS, { ...DEFAULT_STATE, edge: PARTNERS }, { hoveredEdge: PARTNERS, zoomedIn: true });
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});
