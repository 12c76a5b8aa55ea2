import type { Update } from './controls';
import { el } from './dom';
import { t } from './i18n';
import type { ViewState } from './state';

/**
 * A date-range slider over the sorted distinct relation dates (at least two): two thumbs on one track, the chosen
 * span shaded. The label follows while dragging; releasing a thumb applies the filter (and records it in the URL).
 */
export function renderTimeline(state: ViewState, dates: string[], update: Update): HTMLElement {
  const last = dates.length - 1;
  const position = (value: string | undefined, fallback: number) => {
    if (value === undefined) return fallback;
    const index = dates.findIndex((date) => date >= value);
    return index === -1 ? last : index;
  };
  const from = rangeInput('from', t('from', state.lang), position(state.from, 0), last);
  const to = rangeInput('to', t('to', state.lang), position(state.to, last), last);
  const label = el('span', { className: 'range-label' });
  const track = el('div', { className: 'track' }, el('div', { className: 'span' }), from, to);
  const show = () => {
    label.textContent = `${dates[Number(from.value)]} – ${dates[Number(to.value)]}`;
    track.style.setProperty('--from', `${(100 * Number(from.value)) / last}%`);
    track.style.setProperty('--to', `${(100 * Number(to.value)) / last}%`);
  };
  for (const input of [from, to]) {
    input.addEventListener('input', () => {
      if (Number(from.value) > Number(to.value)) (input === from ? to : from).value = input.value;
      show();
    });
    input.addEventListener('change', () => {
      const [start, end] = [Number(from.value), Number(to.value)];
      update({ from: start === 0 ? undefined : dates[start], to: end === last ? undefined : dates[end] });
    });
  }
  show();
  return el(
    'div',
    { className: 'timeline' },
    el('div', { className: 'timeline-head' }, el('strong', { text: t('timeline', state.lang) }), label),
    track,
    el('p', { className: 'hint', text: t('undatedShown', state.lang) }),
  );
}

function rangeInput(key: 'from' | 'to', label: string, value: number, max: number): HTMLInputElement {
  const input = el('input', { className: `range-${key}` });
  input.type = 'range';
  input.min = '0';
  input.max = String(max);
  input.value = String(value);
  input.setAttribute('aria-label', label);
  return input;
}
