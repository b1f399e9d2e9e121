// The credential list: one card per credential with name, issuer, learner, date and verdict;
// searchable, sortable and filterable by issuer, skill, status and year. Sorting and filtering
// only arrange what the core returned; they decide nothing about validity.

import * as api from '../api/index.js';
import { translate, language, setL10n } from '../l10n.js';
import { el, showScreen, verdictBadge, datePart, showError, number } from '../view.js';
import * as esco from '../esco.js';

let openDetail = () => {};
let items = [];
// Cards are rendered a page at a time, the next page when the end of the list scrolls into view
// (by mouse or by tabbing to the last card), so a wallet of a thousand opens as fast as one of
// fifty and the window holds only what was looked at.
const PAGE = 50;
let pending = [];
let observer = null;
const TRUST_ORDER = { red: 0, amber: 1, green: 2 };

const $ = (id) => document.getElementById(id);

export function setup(onOpen) {
  openDetail = onOpen;
  for (const id of ['wallet-search', 'wallet-sort', 'wallet-filter-issuer', 'wallet-filter-skill', 'wallet-filter-status', 'wallet-filter-year']) {
    $(id).addEventListener(id === 'wallet-search' ? 'input' : 'change', () => render());
  }
}

export async function show() {
  const list = $('credential-list');
  try {
    items = await api.listCredentials();
  } catch (err) {
    list.replaceChildren(el('li', { class: 'error', role: 'alert' }));
    await showError(list.firstChild, err);
    showScreen('screen-wallet');
    return;
  }
  fillFilters();
  await render();
  showScreen('screen-wallet');
  labelSkills();
}

function options(select, values) {
  const keep = select.value;
  const first = select.firstElementChild;
  select.replaceChildren(first, ...values.map(([value, text, lang]) => {
    const o = el('option', { value, text });
    if (lang) o.lang = lang;
    return o;
  }));
  select.value = values.some(([v]) => v === keep) ? keep : '';
}

function fillFilters() {
  const issuers = [...new Set(items.map((c) => c.issuer))].sort((a, b) => a.localeCompare(b));
  options($('wallet-filter-issuer'), issuers.map((i) => [i, i]));
  const years = [...new Set(items.map((c) => (c.issued || '').slice(0, 4)).filter((y) => /^\d{4}$/.test(y)))].sort().reverse();
  options($('wallet-filter-year'), years.map((y) => [y, number(Number(y), { useGrouping: false })]));
  const skills = [...new Set(items.flatMap((c) => c.skills))];
  options($('wallet-filter-skill'), skills.map((s) => [s, s.split('/').pop()]));
  $('wallet-tools').hidden = items.length === 0;
}

// Skill names come from ESCO, which may still be building on first start: label them once ready.
async function labelSkills() {
  const uris = [...new Set(items.flatMap((c) => c.skills))];
  if (!uris.length) return;
  try {
    await esco.ready();
    const lang = language().lang;
    const labels = await api.labelConcepts(uris, lang);
    const sorted = labels.slice().sort((a, b) => a.label.localeCompare(b.label, lang));
    options($('wallet-filter-skill'), sorted.map((c) => [c.uri, c.label, c.lang]));
  } catch {
    // The filter keeps its short names; the list itself does not depend on ESCO.
  }
}

function visible() {
  const query = $('wallet-search').value.trim().toLocaleLowerCase();
  const issuer = $('wallet-filter-issuer').value;
  const skill = $('wallet-filter-skill').value;
  const status = $('wallet-filter-status').value;
  const year = $('wallet-filter-year').value;
  const shown = items.filter((c) =>
    (!query || [c.name, c.issuer, c.learner || ''].some((t) => t.toLocaleLowerCase().includes(query)))
    && (!issuer || c.issuer === issuer)
    && (!skill || c.skills.includes(skill))
    && (!status || c.trust === status)
    && (!year || (c.issued || '').startsWith(year)));
  const lang = language().lang;
  const by = {
    'date-desc': (a, b) => (b.issued || '').localeCompare(a.issued || ''),
    'date-asc': (a, b) => (a.issued || '').localeCompare(b.issued || ''),
    issuer: (a, b) => a.issuer.localeCompare(b.issuer, lang) || a.name.localeCompare(b.name, lang),
    name: (a, b) => a.name.localeCompare(b.name, lang),
    status: (a, b) => TRUST_ORDER[a.trust] - TRUST_ORDER[b.trust],
  }[$('wallet-sort').value];
  return by ? shown.sort(by) : shown;
}

async function render() {
  const shown = visible();
  const list = $('credential-list');
  list.dataset.total = String(shown.length);
  list.replaceChildren();
  pending = shown;
  appendPage(false);
  $('wallet-empty').hidden = items.length > 0;
  const count = $('wallet-count');
  count.hidden = items.length === 0;
  setL10n(count, 'wallet-count', { shown: shown.length, total: items.length });
  await translate($('screen-wallet'));
}

// Appends the next page of cards; `translateNow` when called after the first render.
async function appendPage(translateNow = true) {
  const list = $('credential-list');
  const page = pending.slice(0, PAGE);
  pending = pending.slice(PAGE);
  const cards = page.map(card);
  const fragment = document.createDocumentFragment();
  fragment.append(...cards);
  // Later pages are translated in one call before they appear, so no raw text flashes.
  if (translateNow) await translate(fragment);
  list.append(fragment);
  if (observer) observer.disconnect();
  if (pending.length && cards.length) {
    observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) appendPage();
    });
    observer.observe(cards[cards.length - 1]);
  }
}

function card(c) {
  const meta = el('p', { class: 'card-meta' });
  meta.append(field('card-issuer', c.issuer));
  if (c.learner) meta.append(field('card-learner', c.learner));
  if (c.issued) meta.append(field('card-issued', datePart(c.issued), 'auto'));
  const button = el('button', { type: 'button', class: `card trust-${c.trust}`, 'data-id': c.id }, [
    el('span', { class: 'card-name', dir: 'auto', text: c.name }),
    meta,
    verdictBadge(c.verified),
  ]);
  button.addEventListener('click', () => openDetail(c.id));
  return el('li', {}, [button]);
}

// A label and a value kept apart, so a name in another script keeps its own direction. The
// explicit `dir` matters: WebKit's <bdi> isolates but inherits the page's direction otherwise.
function field(labelId, value, dir = 'auto') {
  return el('span', { class: 'card-field' }, [
    el('span', { class: 'card-label', l10n: [labelId] }),
    ' ',
    el('bdi', { class: 'card-value', dir, text: value }),
  ]);
}
