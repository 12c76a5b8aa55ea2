import type { EdgeAttributes, Lang, NodeAttributes, ViewerGraph } from './types';

/** A node's name in the chosen language; articles show their title. */
export function nodeLabel(attributes: NodeAttributes, lang: Lang): string {
  if (attributes.kind === 'article') return attributes.title;
  return attributes.names?.[lang] ?? attributes.label;
}

/** An entity type's name in the chosen language, from the ontology stored in the graph. */
export function typeLabel(graph: ViewerGraph, type: string, lang: Lang): string {
  return graph.getAttribute('ontology')?.entityTypes[type]?.label[lang] ?? type;
}

export function relationTypeLabel(graph: ViewerGraph, type: string, lang: Lang): string {
  return graph.getAttribute('ontology')?.relationTypes[type]?.label[lang] ?? type;
}

/** An edge's label: its relation type's name; MENTIONS edges have none. */
export function edgeLabel(graph: ViewerGraph, attributes: EdgeAttributes, lang: Lang): string {
  return attributes.kind === 'relation' ? relationTypeLabel(graph, attributes.type, lang) : '';
}
