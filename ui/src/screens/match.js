// Occupations by fit: the best ones for the profile, and any one looked up by name, each with
// the essential skills still missing. The ranking is the core's; this only shows it.

import * as api from '../api/index.js';
import { translate, language } from '../l10n.js';
import { el, showScreen, conceptLabel, showError, number } from '../view.js';
import * as esco from '../esco.js';

const BEST = 10;
let useAsTarget = () => {};

export function setup(onTarget) {
  useAsTarget = onTarget;
  esco.searchBox(document.getElementById('match-search'), async (hit) => {
    const box = document.getElementById('match-one');
    const m = await api.matchOccupation(hit.uri, language().lang);
    box.replaceChildren(matchItem(m, 'div'));
    await translate(box);
  }, () => language().lang);
}

export async function show() {
  showScreen('screen-match');
  const list = document.getElementById('match-list');
  list.setAttribute('aria-busy', 'true');
  try {
    await esco.ready();
    const matches = await api.matchOccupations(language().lang, BEST);
    list.replaceChildren(...matches.map((m) => matchItem(m, 'li')));
    if (!matches.length) list.append(el('li', { l10n: ['match-none'] }));
  } catch (err) {
    list.replaceChildren(el('li', { class: 'error', role: 'alert' }));
    await showError(list.firstChild, err);
  }
  await translate(document.getElementById('screen-match'));
  list.removeAttribute('aria-busy');
}

function matchItem(m, tag) {
  const percent = number(m.score, { style: 'percent', maximumFractionDigits: 0 });
  const meter = el('meter', { min: '0', max: '1', value: String(m.score), 'aria-hidden': 'true' });
  const head = el('h3', { class: 'match-name' }, [conceptLabel(m.occupation)]);
  const fit = el('p', { class: 'match-fit' }, [meter, ' ', el('span', { l10n: ['match-fit', { percent, have: m.essential_have, total: m.essential_total }] })]);
  const item = el(tag, { class: 'match', 'data-uri': m.occupation.uri }, [head, fit]);
  if (m.missing.length) {
    const details = el('details', {}, [
      el('summary', { l10n: ['match-missing', { count: m.missing.length }] }),
      el('ul', { class: 'missing' }, m.missing.map((c) => el('li', {}, [conceptLabel(c)]))),
    ]);
    item.append(details);
  }
  const target = el('button', { type: 'button', class: 'secondary-plain', l10n: ['match-use-as-target'] });
  target.addEventListener('click', () => useAsTarget(m.occupation.uri));
  item.append(target);
  return item;
}
