import { el } from '../dom';
import { type CurateClient, describeError, type WriteResult } from './api';
import { button, field, fieldValue, input, select } from './fields';
import { tr } from './texts';

const LANGUAGES = ['ko', 'en', 'ja', 'zh'];

/** A form to add an article: body, title, publisher, date, URL, language; the id is proposed and can be edited. */
export function articleForm(client: CurateClient, done: (id: string, result: WriteResult) => void, cancel: () => void) {
  const form = el('form', { className: 'curate-card curate-article-form' });
  const id = input('', tr('idPlaceholder'));
  let idEdited = false;
  id.addEventListener('input', () => {
    idEdited = true;
  });
  const message = el('div', { className: 'curate-error' });
  const propose = async () => {
    const fields = {
      title: fieldValue(form, 'title'),
      publisher: fieldValue(form, 'publisher'),
      published: fieldValue(form, 'published'),
    };
    if (idEdited || !fields.title || !fields.publisher || !/^\d{4}(-\d{2}){0,2}$/.test(fields.published)) return;
    id.value = (await client.proposeArticleId(fields).catch(() => ({ id: id.value }))).id;
  };
  const body = el('textarea');
  body.rows = 12;
  body.placeholder = tr('bodyPlaceholder');
  form.addEventListener('change', () => void propose());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const url = fieldValue(form, 'url');
    const article = {
      id: fieldValue(form, 'id'),
      title: fieldValue(form, 'title'),
      publisher: fieldValue(form, 'publisher'),
      published: fieldValue(form, 'published'),
      language: fieldValue(form, 'language') as 'ko',
      ...(url ? { url } : {}),
      body: body.value,
    };
    try {
      done(article.id, await client.addArticle({ article }));
    } catch (error) {
      message.replaceChildren(...describeError(error).map((line) => el('div', { text: line })));
    }
  });
  const save = el('button', { text: tr('addArticle') });
  save.type = 'submit';
  form.append(
    el('header', {}, el('strong', { text: tr('newArticle') })),
    field(tr('title'), 'title', input()),
    el(
      'div',
      { className: 'curate-row' },
      field(tr('publisher'), 'publisher', input()),
      field(tr('published'), 'published', input('', 'YYYY-MM-DD')),
    ),
    el(
      'div',
      { className: 'curate-row' },
      field(tr('url'), 'url', input('', 'https://…')),
      field(tr('language'), 'language', select(LANGUAGES, 'ko')),
    ),
    field(tr('body'), 'body', body),
    field(tr('id'), 'id', id),
    message,
    el('div', { className: 'curate-row' }, save, button(tr('cancel'), cancel, 'curate-secondary')),
  );
  return form;
}
