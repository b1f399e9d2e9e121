// Occupations by fit: the best ones for the profile, and any one looked up by name, each with
// the essential skills still missing; and a pasted vacancy turned into ESCO skills, with the
// fit and the gaps. The ranking and the vacancy's skills are the core's; this only shows them.

import * as api from '../api/index.js';
import { translate, language } from '../l10n.js';
import { el, showScreen, conceptLabel, showError, clearError, number } from '../view.js';
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
  document.getElementById('vacancy-language').addEventListener('change', (e) => {
    e.target.dataset.chosen = 'yes';
  });
  document.getElementById('vacancy-form').addEventListener('submit', (e) => {
    e.preventDefault();
    matchVacancy();
  });
}

async function matchVacancy() {
  const error = document.getElementById('vacancy-error');
  const box = document.getElementById('vacancy-result');
  clearError(error);
  box.setAttribute('aria-busy', 'true');
  try {
    await esco.ready();
    const v = await api.matchVacancy(
      document.getElementById('vacancy-text').value,
      document.getElementById('vacancy-language').value,
      language().lang,
    );
    box.replaceChildren(...vacancyNodes(v));
    await translate(box);
  } catch (err) {
    box.replaceChildren();
    await showError(error, err);
  }
  box.removeAttribute('aria-busy');
}

function vacancyNodes(v) {
  if (!v.skills.length) return [el('p', { class: 'empty', l10n: ['pe-vacancy-none'] })];
  const percent = number(v.score, { style: 'percent', maximumFractionDigits: 0 });
  const meter = el('meter', { min: '0', max: '1', value: String(v.score), 'aria-hidden': 'true' });
  const nodes = [
    el('p', { class: 'match-fit vacancy-fit' }, [meter, ' ', el('span', { l10n: ['pe-vacancy-fit', { percent, have: v.have, total: v.total }] })]),
    el('h3', { l10n: ['pe-vacancy-skills', { count: v.skills.length }] }),
    el('ul', { class: 'vacancy-skills' }, v.skills.map((s) => el('li', { class: s.held ? 'held' : 'gap', 'data-uri': s.skill.uri }, [
      el('span', { class: 'icon', 'aria-hidden': 'true', text: s.held ? '✓' : '✗' }),
      conceptLabel(s.skill),
      el('span', { class: 'vacancy-state', l10n: [s.held ? 'pe-vacancy-held' : 'pe-vacancy-gap'] }),
    ]))),
  ];
  if (v.missing.length) {
    nodes.push(
      el('h3', { l10n: ['pe-vacancy-gaps', { count: v.missing.length }] }),
      el('ul', { class: 'missing vacancy-gaps' }, v.missing.map((c) => el('li', { 'data-uri': c.uri }, [conceptLabel(c)]))),
    );
  }
  return nodes;
}

export async function show() {
  showScreen('screen-match');
  const vacancyLanguage = document.getElementById('vacancy-language');
  if (!vacancyLanguage.dataset.chosen) {
    // The vacancy is most likely in the UI language when ESCO has labels in it, else Dutch.
    const ui = language().lang;
    vacancyLanguage.value = [...vacancyLanguage.options].some((o) => o.value === ui) ? ui : 'nl';
  }
  // A vacancy already matched is matched again, so its labels follow a changed UI language.
  if (document.getElementById('vacancy-result').childElementCount) matchVacancy();
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
