import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { ViewState } from './state';
import { subgraphGexf, subgraphJson } from './subgraph';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, ViewerGraph } from './types';

export const EXPORT_NAME = 'industry-kg-view';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const savePng = (renderer: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>) =>
  downloadAsPNG(renderer as unknown as Sigma, { fileName: EXPORT_NAME, backgroundColor: '#ffffff' });

export const saveGexf = (graph: ViewerGraph, state: ViewState) =>
  download(`${EXPORT_NAME}.gexf`, 'application/xml', subgraphGexf(graph, state));

export const saveJson = (graph: ViewerGraph, state: ViewState) =>
  download(`${EXPORT_NAME}.json`, 'application/json', subgraphJson(graph, state));
