// The credential list: one card per credential with name, issuer, learner, date and verdict;
// searchable, sortable and filterable by issuer, skill, status and year. The core searches
// (full-text, by word prefix), filters, sorts and pages; this screen only shows what it returns
// and decides nothing about validity.

import * as api from '../api/index.js';
import { translate, language, setL10n, formatDate } from '../l10n.js';
import { el, screenWhenReady, verdictBadge, showError, number, conceptLabel } from '../view.js';
import * as esco from '../esco.js';

let openDetail = () => {};
// Cards arrive a page at a time: the first page when the screen opens or the query changes, the
// next when the end of the list scrolls into view (by mouse or by tabbing to the last card) or
// "Show more" is pressed, so a wallet of ten thousand opens as fast as one of fifty and the
// window holds only what was looked at.
const PAGE = 50;
// Typing waits this long for the next key before asking the core.
const TYPING_MS = 150;
let loaded = 0;
let matching = 0;
let observer = null;
// Each new query bumps this, so an answer to an older one is dropped.
let generation = 0;
let typing = null;

const $ = (id) => document.getElementById(id);

export function setup(onOpen) {
  openDetail = onOpen;
  for (const id of ['wallet-sort', 'wallet-filter-issuer', 'wallet-filter-status', 'wallet-filter-year']) {
    $(id).addEventListener('change', () => { busy(); render(); });
  }
  $('wallet-search').addEventListener('input', () => {
    busy();
    clearTimeout(typing);
    typing = setTimeout(() => render(), TYPING_MS);
  });
  $('wallet-more').addEventListener('click', () => appendPage());
  setupSkillFilter();
}

export async function show() {
  const list = $('credential-list');
  const appear = screenWhenReady('screen-wallet');
  try {
    await render();
  } catch (err) {
    list.replaceChildren(el('li', { class: 'error', role: 'alert' }));
    $('wallet-more').hidden = true;
    await showError(list.firstChild, err);
    appear();
    return;
  }
  appear();
  // The filters' choices come after the first page is on screen.
  fillFilters().catch(() => {});
}

function options(select, values) {
  const keep = select.value;
  const first = select.firstElementChild;
  select.replaceChildren(first, ...values.map(([value, text]) => el('option', { value, text })));
  select.value = values.some(([v]) => v === keep) ? keep : '';
}

async function fillFilters() {
  const facets = await api.cardFacets();
  const lang = language().lang;
  const issuers = facets.issuers.slice().sort((a, b) => a.localeCompare(b, lang));
  options($('wallet-filter-issuer'), issuers.map((i) => [i, i]));
  options($('wallet-filter-year'), facets.years.map((y) => [y, number(Number(y), { useGrouping: false })]));
}

// The skill filter. A wallet can name thousands of skills, so it is a search over them (by ESCO
// label, in the learner's language), not a list of all: on focus it offers the most named, then
// what matches the words typed. The chosen skill's URI sits on the input (`data-uri`); locking
// the wallet clears it with the text (`resetSkillFilter`).
let skillFilter = { reset: () => {} };

/** Forgets the skill filter's choice, its list and any answer still on its way (on lock). */
export function resetSkillFilter() {
  skillFilter.reset();
}

function setupSkillFilter() {
  const input = $('wallet-filter-skill');
  const box = $('wallet-skill-box');
  const choices = $('wallet-skill-choices');
  const status = $('wallet-skill-status');
  let asked = 0;
  let waiting = null;
  const close = () => {
    choices.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  skillFilter.reset = () => {
    asked += 1;
    clearTimeout(waiting);
    close();
    choices.replaceChildren();
    status.textContent = '';
    input.value = '';
    delete input.dataset.uri;
  };
  const show = async (items) => {
    choices.replaceChildren(...items);
    await translate(choices);
    choices.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const offer = async () => {
    const mine = ++asked;
    const lang = language().lang;
    const typed = input.value.trim();
    let found;
    try {
      // Skill names come from ESCO, which may still be building on first start.
      await esco.ready();
      found = await api.skillChoices(typed, lang);
    } catch (err) {
      if (mine !== asked) return;
      const item = el('li', { class: 'error', role: 'alert' });
      await show([item]);
      await showError(item, err);
      return;
    }
    if (mine !== asked || !box.contains(document.activeElement)) return;
    const items = found.map((c) => {
      const button = el('button', { type: 'button', class: 'esco-hit', 'data-uri': c.uri }, [
        conceptLabel(c),
        el('span', { class: 'choice-count', l10n: ['wallet-skill-count', { count: c.credentials }] }),
      ]);
      button.addEventListener('click', () => choose(c));
      return el('li', {}, [button]);
    });
    if (!found.length) items.push(el('li', { class: 'help', l10n: [typed ? 'wallet-skill-none' : 'wallet-skill-empty'] }));
    await show(items);
    // One short line for screen readers, not the whole list again on every key.
    setL10n(status, 'wallet-skill-found', { count: found.length });
    await translate(status);
  };
  const choose = (c) => {
    input.value = c.label;
    input.dataset.uri = c.uri;
    close();
    input.focus();
    busy();
    render();
  };
  input.addEventListener('focus', (e) => {
    // Back from its own list (Escape, arrow up) it stays closed; from elsewhere it opens.
    if (box.contains(e.relatedTarget) || input.dataset.uri) return;
    offer();
  });
  input.addEventListener('input', () => {
    // Editing the name drops the chosen skill: the list shows every skill again.
    if (input.dataset.uri) {
      delete input.dataset.uri;
      busy();
      render();
    }
    clearTimeout(waiting);
    waiting = setTimeout(offer, TYPING_MS);
  });
  // A click on a choice must not take focus from the box first (WebKit on macOS gives buttons
  // no focus on click, so the box would close before the click lands).
  choices.addEventListener('mousedown', (e) => e.preventDefault());
  // Keyboard: arrows move between the input and the choices, Escape closes them.
  box.addEventListener('keydown', (e) => {
    const buttons = [...choices.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement);
    if (e.key === 'Escape' && !choices.hidden) {
      e.preventDefault();
      close();
      input.focus();
    } else if (e.key === 'ArrowDown' && choices.hidden) {
      e.preventDefault();
      offer();
    } else if (e.key === 'ArrowDown' && buttons.length) {
      e.preventDefault();
      buttons[Math.min(at + 1, buttons.length - 1)].focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      (at === 0 ? input : buttons[at - 1]).focus();
    }
  });
  box.addEventListener('focusout', (e) => {
    if (!box.contains(e.relatedTarget)) close();
  });
}

function query(offset) {
  return {
    search: $('wallet-search').value.trim(),
    issuer: $('wallet-filter-issuer').value,
    skill: $('wallet-filter-skill').dataset.uri || '',
    trust: $('wallet-filter-status').value,
    year: $('wallet-filter-year').value,
    sort: $('wallet-sort').value,
    offset,
    limit: PAGE,
  };
}

// The list says it is out of date from the moment the query changes until its answer is shown
// (for assistive technology, and so nothing acts on the cards of the previous query). A query
// still in flight is outdated from that moment too: its answer must neither be shown nor clear
// the busy mark while the search box waits for the learner to stop typing.
function busy() {
  generation += 1;
  $('credential-list').setAttribute('aria-busy', 'true');
}

// The first page for the current query, replacing what is shown.
async function render() {
  const mine = ++generation;
  let page;
  try {
    page = await api.listCards(query(0));
  } finally {
    if (mine === generation) $('credential-list').removeAttribute('aria-busy');
  }
  if (mine !== generation) return;
  const list = $('credential-list');
  matching = page.matching;
  loaded = 0;
  list.dataset.total = String(page.matching);
  list.replaceChildren();
  await addCards(page.cards, false);
  $('wallet-empty').hidden = page.total > 0;
  $('wallet-tools').hidden = page.total === 0;
  const count = $('wallet-count');
  count.hidden = page.total === 0;
  setL10n(count, 'wallet-count', { shown: page.matching, total: page.total });
  await translate($('screen-wallet'));
}

// Asks the core for the next page and appends it.
async function appendPage() {
  if (loaded >= matching) return;
  const mine = generation;
  let page;
  try {
    page = await api.listCards(query(loaded));
  } catch {
    return; // the button stays, so the next press tries again
  }
  if (mine !== generation) return;
  await addCards(page.cards, true);
}

// `translateNow` when called after the first render: later pages are translated in one call
// before they appear, so no raw text flashes.
async function addCards(items, translateNow) {
  const list = $('credential-list');
  const cards = items.map(card);
  loaded += cards.length;
  const fragment = document.createDocumentFragment();
  fragment.append(...cards);
  if (translateNow) await translate(fragment);
  list.append(fragment);
  if (observer) observer.disconnect();
  const more = loaded < matching && cards.length > 0;
  $('wallet-more').hidden = !more;
  if (more) {
    observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        appendPage();
      }
    });
    observer.observe(cards[cards.length - 1]);
  }
}

function card(c) {
  const meta = el('p', { class: 'card-meta' });
  meta.append(field('card-issuer', c.issuer));
  if (c.learner) meta.append(field('card-learner', c.learner));
  if (c.issued) meta.append(field('card-issued', formatDate(c.issued), 'auto'));
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
