import { el } from '../dom';
import { ApiError, type CurateClient, describeError, type WriteResult } from './api';
import { button, field, fieldValue, input, select } from './fields';
import { tr } from './texts';

export interface EntityStart {
  id?: string;
  type?: string;
  en?: string;
  ko?: string;
  aliases?: string[];
}

/**
 * A form for a new entity: id, type, English and Korean names, aliases. When a name or alias already belongs to an
 * entity, the server warns, and the form asks before creating the probable duplicate.
 */
export function entityForm(
  client: CurateClient,
  entityTypes: readonly string[],
  start: EntityStart,
  done: (result: WriteResult) => void,
  cancel: () => void,
): HTMLElement {
  const form = el('form', { className: 'curate-card curate-entity-form' });
  const message = el('div', { className: 'curate-error' });
  const submit = async (confirmDuplicate: boolean) => {
    const aliases = fieldValue(form, 'aliases')
      .split(',')
      .map((alias) => alias.trim())
      .filter(Boolean);
    const entity = {
      id: fieldValue(form, 'id'),
      type: fieldValue(form, 'type'),
      names: { en: fieldValue(form, 'en'), ko: fieldValue(form, 'ko') },
      ...(aliases.length ? { aliases } : {}),
    };
    try {
      done(await client.addEntity({ entity, confirmDuplicate }));
    } catch (error) {
      message.replaceChildren(...describeError(error).map((line) => el('div', { text: line })));
      if (error instanceof ApiError && error.body.kind === 'DuplicateEntityError') {
        const anyway = button(tr('createAnyway'), () => void submit(true));
        anyway.dataset.action = 'create-anyway';
        message.append(anyway);
      }
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit(false);
  });
  const create = el('button', { text: tr('createEntity') });
  create.type = 'submit';
  form.append(
    el('header', {}, el('strong', { text: tr('newEntity') })),
    el(
      'div',
      { className: 'curate-row' },
      field(tr('id'), 'id', input(start.id ?? '', 'lowercase-slug')),
      field(tr('type'), 'type', select(entityTypes, start.type ?? 'Company')),
    ),
    el(
      'div',
      { className: 'curate-row' },
      field(tr('englishName'), 'en', input(start.en ?? '')),
      field(tr('koreanName'), 'ko', input(start.ko ?? '')),
    ),
    field(tr('aliases'), 'aliases', input(start.aliases?.join(', ') ?? '')),
    message,
    el('div', { className: 'curate-row' }, create, button(tr('cancel'), cancel, 'curate-secondary')),
  );
  return form;
}
