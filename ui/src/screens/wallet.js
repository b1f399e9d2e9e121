// The credential list: one card per credential with name, issuer, learner, date and verdict.

import * as api from '../api/index.js';
import { translate } from '../l10n.js';
import { el, showScreen, verdictBadge, datePart, showError } from '../view.js';

let openDetail = () => {};

export function setup(onOpen) {
  openDetail = onOpen;
}

export async function show() {
  const list = document.getElementById('credential-list');
  const empty = document.getElementById('wallet-empty');
  let items;
  try {
    items = await api.listCredentials();
  } catch (err) {
    list.replaceChildren(el('li', { class: 'error', role: 'alert' }));
    await showError(list.firstChild, err);
    showScreen('screen-wallet');
    return;
  }
  list.replaceChildren(...items.map(card));
  empty.hidden = items.length > 0;
  await translate(document.getElementById('screen-wallet'));
  showScreen('screen-wallet');
}

function card(c) {
  const meta = el('p', { class: 'card-meta' });
  meta.append(field('card-issuer', c.issuer));
  if (c.learner) meta.append(field('card-learner', c.learner));
  if (c.issued) meta.append(field('card-issued', datePart(c.issued), 'ltr'));
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
