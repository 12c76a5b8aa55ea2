import { el } from '../dom';
import { ApiError, CurateClient, describeError, type Session, type WriteResult } from './api';
import { articleForm } from './article-form';
import type { CurateContext } from './context';
import { EntityIndex } from './entities';
import { button } from './fields';
import { reviewView } from './review-view';
import './curate.css';
import { tr } from './texts';

/** What the Curate panel needs of the explorer. */
export interface ExplorerLink {
  /** Fetches the site's graph again and shows it, without a page reload. */
  reloadGraph(): Promise<void>;
  selectEdge(edge: string): void;
}

type View = { kind: 'articles'; adding?: boolean } | { kind: 'review'; id: string };

/**
 * The Curate mode of `ikg serve --edit`: a panel beside the graph to add an article, review the assistant's draft,
 * accept, edit or reject each proposal, add relations, entities and aliases. Every write goes through the server,
 * which validates it as `ikg validate` does; then the graph is reloaded in place.
 */
export async function startCurate(link: ExplorerLink, token: string): Promise<void> {
  const client = new CurateClient(token);
  const toggle = button(tr('curate'), () => {
    panel.hidden = !panel.hidden;
    toggle.classList.toggle('active', !panel.hidden);
  });
  toggle.id = 'curate-toggle';
  document.querySelector('.topbar')?.insertBefore(toggle, document.getElementById('lang'));
  const panel = el('aside', { className: 'curate-panel' });
  panel.id = 'curate';
  panel.hidden = true;
  document.body.append(panel);

  let session: Session;
  try {
    session = await client.session();
  } catch (error) {
    toggle.disabled = true;
    toggle.title = error instanceof ApiError && error.status === 403 ? tr('wrongToken') : tr('readOnly');
    return;
  }
  let entities = new EntityIndex(session);
  let view: View = { kind: 'articles' };
  const rejected = new Map<string, Set<string>>();
  const status = el('div', { className: 'curate-status' });
  status.id = 'curate-status';
  const body = el('div', { className: 'curate-body' });

  const report = (lines: string[], ok: boolean, extra?: HTMLElement) => {
    status.className = `curate-status ${ok ? 'ok' : 'error'}`;
    status.replaceChildren(...lines.map((line) => el('div', { text: line })), ...(extra ? [extra] : []));
  };

  const refresh = async () => {
    session = await client.session();
    entities = new EntityIndex(session);
  };

  const context: CurateContext = {
    client,
    get entities() {
      return entities;
    },
    session: () => session,
    write: async (action: () => Promise<WriteResult>) => {
      try {
        const result = await action();
        await refresh();
        await link.reloadGraph();
        if (result.edge) link.selectEdge(result.edge);
        await show();
        report([`✓ ${result.message}`, ...result.warnings.map((w) => `warning: ${w}`)], true);
      } catch (error) {
        const stale = error instanceof ApiError && error.body.kind === 'StaleDataError';
        const reload = button(
          tr('reload'),
          () =>
            void refresh()
              .then(() => show())
              .then(link.reloadGraph),
        );
        reload.dataset.action = 'reload';
        report(describeError(error), false, stale ? reload : undefined);
      }
    },
  };

  const show = async (next: View = view) => {
    view = next;
    if (view.kind === 'review') {
      const id = view.id;
      const review = await client.review(id).catch((error: unknown) => {
        report(describeError(error), false);
        return undefined;
      });
      if (!review) return;
      if (!rejected.has(id)) rejected.set(id, new Set());
      body.replaceChildren(reviewView(context, review, rejected.get(id) as Set<string>));
      return;
    }
    const form = view.adding
      ? articleForm(
          client,
          (id, result) => {
            report([`✓ ${result.message}`], true);
            void refresh().then(() => show({ kind: 'review', id }));
          },
          () => void show({ kind: 'articles' }),
        )
      : button(tr('newArticle'), () => void show({ kind: 'articles', adding: true }));
    if (form instanceof HTMLButtonElement) form.dataset.action = 'new-article';
    const list = [...session.articles]
      .sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id))
      .map((article) => {
        const open = button(tr('review'), () => void show({ kind: 'review', id: article.id }));
        open.dataset.article = article.id;
        return el('li', {}, open, el('span', { text: ` ${article.published} · ${article.title}` }));
      });
    body.replaceChildren(
      form,
      el('h3', { text: `${tr('articles')} (${list.length})` }),
      el('ul', { className: 'curate-articles' }, ...list),
    );
  };

  const articlesButton = button(tr('articles'), () => void show({ kind: 'articles' }), 'curate-secondary');
  articlesButton.dataset.action = 'articles';
  panel.append(
    el('header', { className: 'curate-header' }, el('strong', { text: 'Curate' }), articlesButton),
    status,
    body,
  );
  await show();
  // The explorer's language button sets <html lang>; the panel follows, except over a half-filled article form. The
  // explorer writes the attribute on every redraw: only a new language redraws the panel, or a redraw after a write
  // could replace a form the curator has just opened.
  let lang = document.documentElement.lang;
  new MutationObserver(() => {
    if (document.documentElement.lang === lang) return;
    lang = document.documentElement.lang;
    toggle.textContent = tr('curate');
    articlesButton.textContent = tr('articles');
    if (!(view.kind === 'articles' && view.adding)) void show();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}
