// Fills the page with translated text. Elements name their message with `data-l10n-id` and
// optional JSON `data-l10n-args`; `data-l10n-attr` puts the text into that attribute instead of
// the element's text. One batched `localize` call per pass: Fluent runs in Rust only.

import * as api from './api/index.js';

let current = { lang: 'en', dir: 'ltr', available: ['en'] };
const STORAGE_KEY = 'erkend.lang';

export const language = () => current;

/** Marks `el` to show message `id` with `args`. */
export function setL10n(el, id, args) {
  el.setAttribute('data-l10n-id', id);
  if (args && Object.keys(args).length) {
    el.setAttribute('data-l10n-args', JSON.stringify(stringArgs(args)));
  } else {
    el.removeAttribute('data-l10n-args');
  }
  return el;
}

// Fluent arguments cross IPC as strings; the core turns numeric ones back into numbers.
function stringArgs(args) {
  const out = {};
  for (const [k, v] of Object.entries(args || {})) {
    if (v !== null && v !== undefined) out[k] = String(v);
  }
  return out;
}

/** The language an element is shown in: that of the nearest subtree put in another language
 *  (`data-l10n-lang`, see `setSubtreeLanguage`), else the window's. */
export function languageOf(el) {
  const pane = el.closest ? el.closest('[data-l10n-lang]') : null;
  return pane ? pane.getAttribute('data-l10n-lang') : current.lang;
}

/** Translates every marked element under `root` (itself included), each in its own subtree's
 *  language: one batched `localize` call per language. */
export function translate(root = document.documentElement) {
  return busy(() => translatePass(root));
}

/** Runs `work` (async) counted on `<html data-l10n-pending>`: how many translation passes and
 *  changes of language are under way. The end-to-end tests photograph a screen only once its
 *  words have landed. */
export async function busy(work) {
  const html = document.documentElement;
  html.dataset.l10nPending = Number(html.dataset.l10nPending || 0) + 1;
  try {
    return await work();
  } finally {
    html.dataset.l10nPending = Number(html.dataset.l10nPending) - 1;
  }
}

async function translatePass(root) {
  const els = [...root.querySelectorAll('[data-l10n-id]')];
  if (root.hasAttribute && root.hasAttribute('data-l10n-id')) els.unshift(root);
  if (!els.length) return;
  const byLang = new Map();
  for (const el of els) {
    const lang = languageOf(el);
    if (!byLang.has(lang)) byLang.set(lang, []);
    byLang.get(lang).push(el);
  }
  await Promise.all([...byLang].map(async ([lang, group]) => {
    const messages = group.map((el) => ({
      id: el.getAttribute('data-l10n-id'),
      args: localArgs(JSON.parse(el.getAttribute('data-l10n-args') || '{}'), lang),
    }));
    const texts = await api.localize(lang, messages);
    group.forEach((el, i) => {
      const attr = el.getAttribute('data-l10n-attr');
      if (attr) el.setAttribute(attr, texts[i]);
      else el.textContent = texts[i];
    });
  }));
}

// A `date` argument the core sends as RFC 3339 (a check's "valid from") stays so in the
// element and formatted here, in the language it is shown in, on every pass: a change of
// language reformats it with the words around it.
const RFC3339 = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

function localArgs(args, lang) {
  if (typeof args.date === 'string' && RFC3339.test(args.date)) args.date = formatDate(args.date, lang);
  return args;
}

/** An RFC 3339 date shown in `lang`'s own way (digits, month names, calendar order, from the
 *  webview's CLDR data); anything that does not parse is shown as written. */
export function formatDate(s, lang = current.lang) {
  if (!s) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return s;
  try {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
  } catch {
    return s.slice(0, 10);
  }
}

/** A year (`2023`) or a month (`2023-02`), as the profile's experience and education keep them,
 *  shown in `lang`'s own way; anything else is shown as written. */
export function formatPeriod(s, lang = current.lang) {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(s || '');
  if (!m) return s || '';
  try {
    const d = new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, 1));
    const options = m[2] ? { year: 'numeric', month: 'short', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
    return new Intl.DateTimeFormat(lang, options).format(d);
  } catch {
    return s;
  }
}

/** Puts the subtree `root` in language `tag` (negotiated; the window keeps its own): sets its
 *  `lang` and `dir`, so a right-to-left pane and a left-to-right pane can sit side by side,
 *  and retranslates it. Returns `{lang, dir}`. */
export async function setSubtreeLanguage(root, tag) {
  const result = await api.paneLanguage([tag]);
  root.setAttribute('data-l10n-lang', result.lang);
  root.lang = result.lang;
  root.dir = result.dir;
  await translate(root);
  return result;
}

/** Formats messages directly, for text that is not an element's content. */
export const format = (messages) => api.localize(current.lang, messages);

/** Negotiates the language (a stored choice first, then the webview's), sets `<html lang dir>`. */
export async function init() {
  const stored = localStorage.getItem(STORAGE_KEY);
  const requested = [stored, ...(navigator.languages || [])].filter(Boolean);
  await apply(await api.uiLanguage(requested));
}

/** Switches to `tag`, remembers the choice and retranslates the whole window. */
export async function choose(tag) {
  localStorage.setItem(STORAGE_KEY, tag);
  await apply(await api.uiLanguage([tag]));
  await translate();
}

async function apply(result) {
  current = result;
  document.documentElement.lang = result.lang;
  document.documentElement.dir = result.dir;
}
