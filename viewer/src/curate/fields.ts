import { el } from '../dom';

/** A labelled form control; `name` is its data-field, which the e2e tests and the forms look it up by. */
export function field(
  label: string,
  name: string,
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
) {
  control.dataset.field = name;
  control.name = name;
  return el('label', { className: 'curate-field' }, el('span', { text: label }), control);
}

export function input(value = '', placeholder = ''): HTMLInputElement {
  const element = el('input');
  element.value = value;
  element.placeholder = placeholder;
  return element;
}

export function select(
  options: readonly (string | [value: string, label: string])[],
  value?: string,
): HTMLSelectElement {
  const element = el('select');
  for (const option of options) {
    const [optionValue, label] = typeof option === 'string' ? [option, option] : option;
    const item = el('option', { text: label });
    item.value = optionValue;
    element.append(item);
  }
  if (value !== undefined) element.value = value;
  return element;
}

export function button(text: string, onClick: () => void, className = ''): HTMLButtonElement {
  const element = el('button', { text, className });
  element.type = 'button';
  element.addEventListener('click', onClick);
  return element;
}

/** The value of the form control with this data-field inside `root`, trimmed. */
export function fieldValue(root: HTMLElement, name: string): string {
  const control = root.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
    `[data-field="${name}"]`,
  );
  return control?.value.trim() ?? '';
}
