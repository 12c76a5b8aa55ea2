import { el } from '../dom';
import type { Span } from './article-text';
import type { EntityIndex } from './entities';
import { button, field, fieldValue, input, select } from './fields';
import { tr } from './texts';

/** A relation being reviewed: a proposal of the assistant, or one the curator starts from a selected passage. */
export interface RelationDraft {
  type: string;
  from: string;
  to: string;
  status: string;
  date?: string;
  role?: string;
  amount?: { value: number; currency: string; text: string };
  quote: string;
  quoteSpan?: Span;
  confidence?: number;
  /** new: not in the data; relation: defined, without this quote; quote: defined, with this quote. */
  known?: 'new' | 'relation' | 'quote';
}

export interface EditorActions {
  accept(draft: RelationDraft): void;
  reject(): void;
  /** Shows the draft's quote in the article. */
  focus(span: Span | undefined): void;
  /** The passage selected in the article, if any, verbatim. */
  selection(): { quote: string; span: Span } | undefined;
}

/** A card to edit one relation: ends, direction, type (only those the ontology allows), status, date, amount, quote. */
export function relationEditor(entities: EntityIndex, initial: RelationDraft, actions: EditorActions): HTMLElement {
  const draft = { ...initial };
  const card = el('article', { className: 'curate-card' });
  card.tabIndex = 0;
  card.dataset.relation = `${initial.from}|${initial.type}|${initial.to}`;
  card.dataset.known = initial.known ?? 'new';
  card.addEventListener('focusin', () => actions.focus(draft.quoteSpan));
  card.addEventListener('mouseenter', () => actions.focus(draft.quoteSpan));

  const render = () => {
    const allowed = entities.typesBetween(draft.from, draft.to);
    if (!allowed.includes(draft.type) && allowed[0]) draft.type = allowed[0];
    const from = select(entities.options(), draft.from);
    const to = select(entities.options(), draft.to);
    const type = select(allowed.length ? allowed : [draft.type], draft.type);
    const status = select(entities.session.statuses, draft.status);
    const date = input(draft.date ?? '', 'YYYY, YYYY-MM or YYYY-MM-DD');
    const role = input(draft.role ?? '', 'e.g. CEO');
    const amountValue = input(draft.amount ? String(draft.amount.value) : '', 'e.g. 40000000000');
    const currency = input(draft.amount?.currency ?? '', 'USD');
    const amountText = input(draft.amount?.text ?? '', 'as written: 400억 달러');
    const keep = () => Object.assign(draft, readForm(card, draft));
    for (const control of [from, to, type])
      control.addEventListener('change', () => {
        keep();
        render();
      });
    const swap = button(tr('swap'), () => {
      keep();
      [draft.from, draft.to] = [draft.to, draft.from];
      render();
    });
    const note = draft.known === 'relation' ? tr('knownRelation') : '';
    const accept = button(tr(draft.known === 'relation' ? 'acceptEvidence' : 'accept'), () => {
      keep();
      actions.accept({ ...draft });
    });
    accept.disabled = draft.known === 'quote' || allowed.length === 0;
    accept.dataset.action = 'accept';
    const useSelection = button(tr('useSelection'), () => {
      const selected = actions.selection();
      if (!selected) return;
      keep();
      Object.assign(draft, { quote: selected.quote, quoteSpan: selected.span });
      render();
      actions.focus(draft.quoteSpan);
    });
    useSelection.dataset.action = 'use-selection';
    card.replaceChildren(
      el(
        'header',
        {},
        el('strong', { text: `${entities.label(draft.from)} → ${draft.type} → ${entities.label(draft.to)}` }),
        draft.confidence === undefined
          ? ''
          : el('span', { className: 'curate-muted', text: ` ${tr('confidence')} ${draft.confidence.toFixed(2)}` }),
      ),
      note ? el('p', { className: 'curate-note', text: note }) : '',
      allowed.length
        ? ''
        : el('p', {
            className: 'curate-error',
            text: tr('noTypes'),
          }),
      el('div', { className: 'curate-row' }, field(tr('from'), 'from', from), swap, field(tr('to'), 'to', to)),
      el(
        'div',
        { className: 'curate-row' },
        field(tr('type'), 'type', type),
        field(tr('status'), 'status', status),
        field(tr('date'), 'date', date),
      ),
      draft.type === 'LEADS' ? el('div', { className: 'curate-row' }, field(tr('role'), 'role', role)) : '',
      el(
        'div',
        { className: 'curate-row' },
        field(tr('amount'), 'amount-value', amountValue),
        field(tr('currency'), 'amount-currency', currency),
        field(tr('amountText'), 'amount-text', amountText),
      ),
      el('blockquote', {
        className: 'curate-card-quote',
        text: draft.quote || tr('noQuote'),
      }),
      el(
        'div',
        { className: 'curate-row' },
        useSelection,
        accept,
        button(tr('reject'), actions.reject, 'curate-secondary'),
      ),
    );
  };
  render();
  return card;
}

function readForm(card: HTMLElement, draft: RelationDraft): Partial<RelationDraft> {
  const value = Number(fieldValue(card, 'amount-value'));
  const currency = fieldValue(card, 'amount-currency');
  const text = fieldValue(card, 'amount-text');
  return {
    from: fieldValue(card, 'from') || draft.from,
    to: fieldValue(card, 'to') || draft.to,
    type: fieldValue(card, 'type') || draft.type,
    status: fieldValue(card, 'status') || draft.status,
    date: fieldValue(card, 'date') || undefined,
    role: fieldValue(card, 'role') || undefined,
    amount: value > 0 || currency || text ? { value, currency, text } : undefined,
  };
}
