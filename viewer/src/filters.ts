import { dateBounds, parsePartialDate } from '../../src/util/partial-date';
import type { ViewState } from './state';
import type { EdgeAttributes, NodeAttributes } from './types';

/** The time span [first, last] ms that a relation's dates cover, or undefined when it has none. */
export function relationSpan(edge: EdgeAttributes): [number, number] | undefined {
  if (edge.kind !== 'relation') return undefined;
  const dates = [edge.date, edge.start, edge.end].filter((d): d is string => !!d && !!parsePartialDate(d));
  if (dates.length === 0) return undefined;
  const bounds = dates.map(dateBounds);
  return [Math.min(...bounds.map((b) => b[0])), Math.max(...bounds.map((b) => b[1]))];
}

function inDateRange(edge: EdgeAttributes, state: ViewState): boolean {
  if (!state.from && !state.to) return true;
  const span = relationSpan(edge);
  if (!span) return true;
  const from = state.from && parsePartialDate(state.from) ? dateBounds(state.from)[0] : -Infinity;
  const to = state.to && parsePartialDate(state.to) ? dateBounds(state.to)[1] : Infinity;
  return span[1] >= from && span[0] <= to;
}

export function isNodeVisible(node: NodeAttributes, state: ViewState): boolean {
  if (node.kind === 'article') return state.articles;
  return !state.hiddenTypes.includes(node.type);
}

/** Whether an edge passes the filters; its endpoints' visibility is checked separately. */
export function isEdgeVisible(edge: EdgeAttributes, state: ViewState): boolean {
  if (edge.kind === 'mention') return state.articles;
  return !state.hiddenRelations.includes(edge.type) && state.statuses.includes(edge.status) && inDateRange(edge, state);
}
