import { el } from '../dom';
import type { Review } from './api';
import { renderArticleText, type Span, selectedSpan, trimmed } from './article-text';
import type { CurateContext } from './context';
import { entityForm } from './entity-form';
import { button, select } from './fields';
import { type RelationDraft, relationEditor } from './relation-editor';
import { tr } from './texts';

const draftKey = (d: { type: string; from: string; to: string; quote: string }) =>
  `${d.from}|${d.type}|${d.to}|${d.quote}`;

/**
 * An article beside the assistant's draft: known entities highlighted in the text, each proposal as an editable
 * card whose quote is highlighted on focus, relations by hand from a selected passage, new entities and aliases,
 * and the relations already curated from it.
 */
export function reviewView(context: CurateContext, review: Review, rejected: Set<string>): HTMLElement {
  const { entities, client } = context;
  const textColumn = el('div', { className: 'curate-text-column' });
  let focused: Span | undefined;
  const mentionMarks = review.mentions.map((m) => ({
    ...m,
    className: `curate-mention type-${entities.typeOf(m.id) ?? 'unknown'}`,
    title: entities.label(m.id),
  }));
  const drawText = () => {
    const text = renderArticleText(review.text, mentionMarks, focused);
    textColumn.replaceChildren(selectionTools(), text);
    text.querySelector('.curate-quote')?.scrollIntoView({ block: 'nearest' });
  };
  const selection = () => {
    const container = textColumn.querySelector<HTMLElement>('.curate-text');
    const span = container && selectedSpan(container);
    if (!span) return undefined;
    const exact = trimmed(review.text, span);
    return exact.start < exact.end ? { quote: review.text.slice(exact.start, exact.end), span: exact } : undefined;
  };
  const side = el('div', { className: 'curate-side' });
  const manual = el('section', {});

  const editorActions = (draft: RelationDraft, card: () => HTMLElement) => ({
    focus: (span: Span | undefined) => {
      focused = span;
      drawText();
    },
    selection,
    reject: () => {
      rejected.add(draftKey(draft));
      card().remove();
    },
    accept: (edited: RelationDraft) =>
      void context.write(() => client.addRelation(toRequest(edited, review.article.id))),
  });

  const selectionTools = () => {
    const aliasOf = select([['', tr('aliasOf')], ...entities.options()]);
    aliasOf.dataset.field = 'alias-of';
    const tools = el(
      'div',
      { className: 'curate-row curate-selection-tools' },
      named(
        button(tr('newRelationFromSelection'), () => newRelation()),
        'new-relation',
      ),
      named(
        button(tr('newEntityFromSelection'), () => newEntity(namesFrom(selection()?.quote))),
        'new-entity',
      ),
      aliasOf,
      named(
        button(tr('addAlias'), () => {
          const picked = selection();
          if (picked && aliasOf.value)
            void context.write(() => client.addAlias({ entity: aliasOf.value, alias: picked.quote }));
        }),
        'add-alias',
      ),
    );
    return tools;
  };

  const newRelation = () => {
    const picked = selection();
    const inside = picked
      ? review.mentions.filter((m) => m.start >= picked.span.start && m.end <= picked.span.end).map((m) => m.id)
      : [];
    const [from = review.mentions[0]?.id ?? '', to = inside.find((id) => id !== from) ?? from] = [...new Set(inside)];
    const draft: RelationDraft = {
      type: '',
      from,
      to,
      status: 'active',
      quote: picked?.quote ?? '',
      quoteSpan: picked?.span,
    };
    let card: HTMLElement;
    card = relationEditor(
      entities,
      draft,
      editorActions(draft, () => card),
    );
    card.classList.add('curate-manual');
    manual.replaceChildren(el('h3', { text: tr('byHand') }), card);
    focused = picked?.span;
    drawText();
  };

  const newEntity = (start: Parameters<typeof entityForm>[2]) => {
    const form = entityForm(
      client,
      context.session().entityTypes,
      start,
      (result) => void context.write(async () => result),
      () => form.remove(),
    );
    manual.replaceChildren(form);
  };

  const proposals = review.proposals.filter((p) => !rejected.has(draftKey(p)) && p.known !== 'quote');
  const cards = proposals.map((proposal) => {
    let card: HTMLElement;
    const draft: RelationDraft = { ...proposal, quoteSpan: proposal.quoteSpan };
    card = relationEditor(
      entities,
      draft,
      editorActions(draft, () => card),
    );
    return card;
  });
  const candidates = review.candidates.map((candidate) =>
    el(
      'li',
      {},
      el('span', { text: `${candidate.name} (${candidate.type ?? 'type?'}, ×${candidate.count}) ` }),
      named(
        button(tr('create'), () =>
          newEntity({
            id: candidate.id,
            type: candidate.type,
            ...namesFrom(candidate.name),
          }),
        ),
        'create-candidate',
      ),
    ),
  );
  const curated = review.curated.map((relation) =>
    curatedRow(context, relation, () => {
      focused = relation.span;
      drawText();
    }),
  );

  side.append(
    manual,
    el('h3', { text: `${tr('draft')} (${cards.length})` }),
    ...(cards.length ? cards : [el('p', { className: 'curate-muted', text: tr('noProposals') })]),
    el('h3', { text: tr('candidates') }),
    el('ul', { className: 'curate-candidates' }, ...candidates),
    named(
      button(tr('newEntity'), () => newEntity({})),
      'new-entity-blank',
    ),
    el('h3', { text: `${tr('curated')} (${curated.length})` }),
    el('ul', { className: 'curate-curated' }, ...curated),
  );
  drawText();
  return el(
    'div',
    { className: 'curate-review' },
    el('h2', { text: review.article.title }),
    el('p', {
      className: 'curate-muted',
      text: `${review.article.id} · ${review.article.publisher} · ${review.article.published}`,
    }),
    el('div', { className: 'curate-columns' }, textColumn, side),
  );
}

/** A relation the data already has from this article: its status can be changed, and it can be removed. */
function curatedRow(context: CurateContext, relation: Review['curated'][number], show: () => void): HTMLElement {
  const ref = { type: relation.type, from: relation.from, to: relation.to };
  const status = select(context.session().statuses, relation.status);
  status.dataset.field = 'status';
  status.addEventListener(
    'change',
    () =>
      void context.write(() => context.client.updateRelation({ ref, changes: { status: status.value as 'active' } })),
  );
  const row = el(
    'li',
    {},
    el('span', {
      text: `${context.entities.label(relation.from)} → ${relation.type} → ${context.entities.label(relation.to)} `,
    }),
    status,
    named(
      button(
        tr('remove'),
        () => {
          if (confirm(`${tr('confirmRemove')}\n${relation.from} ${relation.type} ${relation.to}`))
            void context.write(() => context.client.removeRelation(ref));
        },
        'curate-secondary',
      ),
      'remove',
    ),
  );
  row.dataset.relation = `${relation.from}|${relation.type}|${relation.to}`;
  row.addEventListener('mouseenter', show);
  return row;
}

function toRequest(draft: RelationDraft, article: string) {
  return {
    relation: {
      type: draft.type,
      from: draft.from,
      to: draft.to,
      status: draft.status as 'active',
      ...(draft.date ? { date: draft.date } : {}),
      ...(draft.type === 'LEADS' && draft.role ? { role: draft.role } : {}),
      ...(draft.amount ? { amount: draft.amount } : {}),
    },
    evidence: { article, quote: draft.quote },
  };
}

/** A selected name as the start of a new entity: Hangul is the Korean name, anything else the English one. */
function namesFrom(name = ''): { ko?: string; en?: string } {
  return /[\uAC00-\uD7A3]/.test(name) ? { ko: name } : { en: name };
}

function named<T extends HTMLElement>(element: T, action: string): T {
  element.dataset.action = action;
  return element;
}
