import { el } from './dom';
import { nodeLabel } from './labels';
import { buildSearchIndex, type SearchEntry, search } from './search';
import type { Lang, ViewerGraph } from './types';

/**
 * Wires the search field: results as you type, ↑/↓ to move, Enter or a click to choose, Escape to close.
 * Choosing calls `pick` with the node key.
 */
export function attachSearchBox(
  graph: ViewerGraph,
  input: HTMLInputElement,
  results: HTMLElement,
  lang: () => Lang,
  pick: (node: string) => void,
): void {
  // Built at the first search, and again after the graph was replaced (reloaded).
  let index: SearchEntry[] | undefined;
  graph.on('cleared', () => {
    index = undefined;
  });
  let active = 0;
  const buttons = () => [...results.querySelectorAll('button')];
  const highlight = (next: number) => {
    const all = buttons();
    if (all.length === 0) return;
    active = (next + all.length) % all.length;
    all.forEach((button, i) => {
      button.classList.toggle('active', i === active);
      button.setAttribute('aria-selected', String(i === active));
    });
  };
  const close = () => results.replaceChildren();

  input.addEventListener('input', () => {
    index ??= buildSearchIndex(graph);
    results.replaceChildren(
      ...search(index, input.value).map((hit) => {
        const name = nodeLabel(graph.getNodeAttributes(hit.node), lang());
        const button = el('button', { text: hit.text }, el('small', { text: hit.text === name ? '' : ` ${name}` }));
        button.type = 'button';
        button.setAttribute('role', 'option');
        button.addEventListener('click', () => {
          close();
          input.value = hit.text;
          pick(hit.node);
        });
        return el('li', {}, button);
      }),
    );
    highlight(0);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') buttons()[active]?.click();
    else if (event.key === 'Escape') close();
  });
}
