// Dates and times typed the British way, whatever the browser's language: a day/month/year box and a
// 24-hour time box instead of `datetime-local` (which shows month/day/year in a US-English browser),
// and every time echoed back in words ("Thursday 3 December 2026, 17:00") so a slip shows at once.
// Values are `YYYY-MM-DDTHH:MM` London wall-clock text, as the rest of the simulator keeps them.

import { h } from './dom.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');

/** "3/12/2026", "03-12-2026", "3.12.2026" or "2026-12-03" → "2026-12-03"; null if it is not a real date. */
export function parseEnGbDate(text: string): string | null {
  const t = text.trim();
  const british = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const [year, month, day] = british ? [+british[3]!, +british[2]!, +british[1]!] : iso ? [+iso[1]!, +iso[2]!, +iso[3]!] : [NaN, NaN, NaN];
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "17:00", "9:30", "0930" or "17.00" → "17:00"; null if it is not a time of day. */
export function parseTime(text: string): string | null {
  const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [hour, minute] = [+m[1]!, +m[2]!];
  return hour < 24 && minute < 60 ? `${pad(hour)}:${pad(minute)}` : null;
}

/** "2026-12-03" → "03/12/2026". */
export function enGbDate(isoDate: string): string {
  return `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`;
}

/** "2026-12-03T17:00" → "Thursday 3 December 2026, 17:00" (wall-clock text: no time zone involved). */
export function inWords(value: string): string {
  const [year, month, day] = [+value.slice(0, 4), +value.slice(5, 7), +value.slice(8, 10)];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
  return `${weekday} ${day} ${MONTHS[month - 1]} ${year}, ${value.slice(11, 16)}`;
}

export interface DateTimeField {
  readonly element: HTMLElement;
  readonly dateInput: HTMLInputElement;
  /** `YYYY-MM-DDTHH:MM`, or an error sentence when the boxes do not hold a date and a time. */
  read(): { value: string } | { error: string };
  set(value: string): void;
}

/** A labelled pair of boxes with the value echoed in words underneath as it is typed. */
export function createDateTimeField(doc: Document, id: string, legend: string, hint: string): DateTimeField {
  const dateInput = h(doc, 'input', {
    type: 'text', id, name: `${id}-date`, inputmode: 'numeric', autocomplete: 'off', class: 'sp-sim-date',
    'aria-describedby': `${id}-echo ${id}-hint`,
  });
  const timeInput = h(doc, 'input', {
    type: 'text', id: `${id}-time`, name: `${id}-time`, inputmode: 'numeric', autocomplete: 'off', class: 'sp-sim-time',
    'aria-describedby': `${id}-echo`,
  });
  const echo = h(doc, 'p', { class: 'sp-sim-echo', id: `${id}-echo` });
  const read = (): { value: string } | { error: string } => {
    const date = parseEnGbDate(dateInput.value);
    const time = parseTime(timeInput.value);
    if (!date) return { error: 'Write the date as day/month/year, for example 03/12/2026.' };
    if (!time) return { error: 'Write the time on the 24-hour clock, for example 17:00.' };
    return { value: `${date}T${time}` };
  };
  const update = () => {
    const result = read();
    echo.textContent = 'value' in result ? inWords(result.value) : result.error;
  };
  dateInput.addEventListener('input', update);
  timeInput.addEventListener('input', update);
  const element = h(doc, 'fieldset', { class: 'sp-sim-datetime' },
    h(doc, 'legend', {}, legend),
    h(doc, 'div', { class: 'sp-sim-datetime-boxes' },
      h(doc, 'div', { class: 'sp-sim-field' }, h(doc, 'label', { for: id }, 'Date (day/month/year)'), dateInput),
      h(doc, 'div', { class: 'sp-sim-field' }, h(doc, 'label', { for: `${id}-time` }, 'Time (24-hour)'), timeInput),
    ),
    echo,
    h(doc, 'p', { class: 'sp-sim-hint', id: `${id}-hint` }, hint),
  );
  return {
    element,
    dateInput,
    read,
    set(value) {
      dateInput.value = enGbDate(value.slice(0, 10));
      timeInput.value = value.slice(11, 16);
      update();
    },
  };
}
