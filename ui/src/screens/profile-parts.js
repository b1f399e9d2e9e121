// The Skills Profile Tool's parts on the profile screen, edited in place: part 1 (the person),
// part 3 (languages with a CEFR level per skill, work experience linked to ESCO skills and
// occupations) and the learner's own skills. The core validates and stores every change; this
// module only fills forms and shows what the core returns.

import * as api from '../api/index.js';
import { translate, language, formatPeriod } from '../l10n.js';
import { el, conceptLabel, showError, clearError } from '../view.js';
import * as esco from '../esco.js';

/** Languages offered for part 1 and part 3: the app's own ten and others newcomers often speak. */
const LANGUAGES = ['nl', 'en', 'ar', 'fa', 'ps', 'ti', 'so', 'uk', 'tr', 'fr', 'de', 'ru', 'es', 'ku', 'am', 'ur'];
const SKILLS = ['listening', 'reading', 'speaking', 'writing'];

const $ = (id) => document.getElementById(id);
let parts = null;
let editing = null; // index of the experience in the form, or null for a new one
let links = []; // the form's ESCO links: [{uri, label, lang, fallback}]
let changed = () => {};

/** A language's name in the UI language (the platform's own list), or its tag. */
function languageName(tag) {
  try {
    // `fa` is offered as Dari (the app's own fa locale), which CLDR names under fa-AF.
    const named = tag === 'fa' ? 'fa-AF' : tag;
    return new Intl.DisplayNames([language().lang], { type: 'language' }).of(named) || tag;
  } catch {
    return tag;
  }
}

/** `onChange` runs after every stored edit (the skills list above may have changed). */
export function setup(onChange) {
  changed = onChange;
  $('person-form').addEventListener('submit', (e) => { e.preventDefault(); savePerson(); });
  $('language-form').addEventListener('submit', (e) => { e.preventDefault(); saveLanguage(); });
  $('experience-form').addEventListener('submit', (e) => { e.preventDefault(); saveExperience(); });
  $('experience-cancel').addEventListener('click', () => fillExperience(null));
  esco.searchBox($('experience-search'), (hit) => {
    if (!links.some((l) => l.uri === hit.uri)) links.push(hit);
    $('experience-search-input').value = '';
    renderLinks();
  }, () => language().lang);
}

/** Loads and shows the parts. */
export async function show() {
  fillLanguageChoices();
  if (editing === null) fillExperience(null);
  render(await api.showProfileParts(language().lang));
}

function fillLanguageChoices() {
  const select = $('language-tag');
  const keep = select.value;
  select.replaceChildren(...LANGUAGES.map((t) => el('option', { value: t, text: languageName(t) })));
  if (keep) select.value = keep;
}

/** Runs one edit; on success shows the new parts, on failure the core's message in `errorBox`. */
async function run(errorBox, call) {
  clearError(errorBox);
  try {
    render(await call());
    await changed();
    return true;
  } catch (err) {
    await showError(errorBox, err);
    return false;
  }
}

async function render(next) {
  parts = next;
  const p = parts.person;
  $('person-name').value = p.name || '';
  $('person-email').value = p.email || '';
  $('person-phone').value = p.phone || '';
  $('person-address').value = p.address || '';
  $('person-languages').replaceChildren(...LANGUAGES.map((t) => {
    const box = el('input', { type: 'checkbox', id: `person-lang-${t}`, value: t });
    box.checked = p.languages.includes(t);
    return el('div', { class: 'check-field' }, [box, el('label', { for: `person-lang-${t}`, lang: t, text: languageName(t) })]);
  }));
  $('language-list').replaceChildren(...parts.languages.map(languageItem));
  $('experience-list').replaceChildren(...parts.experience.map(experienceItem));
  $('own-skills').replaceChildren(...parts.own_skills.map(ownSkillItem));
  await translate($('screen-profile'));
}

async function savePerson() {
  const person = {
    name: $('person-name').value,
    languages: [...$('person-languages').querySelectorAll('input:checked')].map((b) => b.value),
    email: $('person-email').value,
    phone: $('person-phone').value,
    address: $('person-address').value,
  };
  const result = $('person-result');
  result.removeAttribute('data-l10n-id');
  result.textContent = '';
  if (await run($('person-error'), () => api.savePerson(person, language().lang))) {
    result.replaceChildren(el('span', { l10n: ['pe-saved'] }));
    await translate(result);
  }
}

function languageItem(l) {
  const levels = l.mother_tongue
    ? [el('span', { l10n: ['pe-language-mother'] })]
    : SKILLS.map((k) => el('span', { class: 'level', l10n: [`pe-cefr-${k}-short`, { level: l[k] || '–' }] }));
  const edit = el('button', { type: 'button', class: 'link-button', 'data-language': l.language, l10n: ['pe-edit'] });
  edit.addEventListener('click', () => fillLanguage(l));
  const remove = el('button', { type: 'button', class: 'link-button danger-link', 'data-language': l.language, l10n: ['pe-remove'] });
  remove.addEventListener('click', () => run($('language-error'), () => api.removeLanguage(l.language, language().lang)));
  return el('li', { class: 'entry', 'data-language': l.language }, [
    el('span', { class: 'entry-name', lang: l.language, text: languageName(l.language) }),
    el('span', { class: 'levels' }, levels),
    el('span', { class: 'entry-actions' }, [edit, remove]),
  ]);
}

function fillLanguage(l) {
  $('language-tag').value = l.language;
  $('language-mother').checked = l.mother_tongue;
  for (const k of SKILLS) $(`language-${k}`).value = l[k] || '';
  $('language-tag').focus();
}

async function saveLanguage() {
  const entry = { language: $('language-tag').value, mother_tongue: $('language-mother').checked };
  for (const k of SKILLS) entry[k] = $(`language-${k}`).value || null;
  if (await run($('language-error'), () => api.saveLanguage(entry, language().lang))) {
    $('language-form').reset();
  }
}

function experienceItem(x, index) {
  const when = [x.from, x.to].filter(Boolean).map((p) => formatPeriod(p)).join(' – ');
  const edit = el('button', { type: 'button', class: 'link-button', l10n: ['pe-edit'] });
  edit.addEventListener('click', () => fillExperience(index));
  const remove = el('button', { type: 'button', class: 'link-button danger-link', l10n: ['pe-remove'] });
  remove.addEventListener('click', async () => {
    if (editing === index) fillExperience(null);
    await run($('experience-error'), () => api.removeExperience(index, language().lang));
  });
  const item = el('li', { class: 'entry experience', 'data-index': String(index) }, [
    el('span', { class: 'entry-name', dir: 'auto', text: x.title }),
    el('span', { class: 'entry-kind', l10n: [`pe-experience-kind-${x.kind}`] }),
    el('span', { class: 'entry-actions' }, [edit, remove]),
  ]);
  const where = [x.organisation, x.place].filter(Boolean).join(', ');
  if (where || when) item.append(el('p', { class: 'entry-meta', dir: 'auto', text: [where, when].filter(Boolean).join(' · ') }));
  if (x.esco.length) {
    item.append(el('ul', { class: 'entry-links' }, x.esco.map((c) => el('li', {}, [conceptLabel(c)]))));
  }
  return item;
}

/** Fills the experience form with entry `index` (null: an empty form for a new one). */
function fillExperience(index) {
  editing = index;
  const x = index === null ? null : parts.experience[index];
  $('experience-kind').value = x ? x.kind : 'job';
  for (const f of ['organisation', 'place', 'from', 'to', 'description']) $(`experience-${f}`).value = (x && x[f]) || '';
  $('experience-job').value = x ? x.title : '';
  links = x ? [...x.esco] : [];
  $('experience-cancel').hidden = index === null;
  $('experience-form-title').setAttribute('data-l10n-id', index === null ? 'pe-experience-add' : 'pe-experience-edit');
  clearError($('experience-error'));
  renderLinks();
  if (index !== null) $('experience-kind').focus();
}

async function renderLinks() {
  const list = $('experience-links');
  list.replaceChildren(...links.map((c) => {
    const remove = el('button', { type: 'button', class: 'link-button danger-link', l10n: ['pe-remove'] });
    remove.addEventListener('click', () => {
      links = links.filter((l) => l.uri !== c.uri);
      renderLinks();
    });
    return el('li', { class: 'entry', 'data-uri': c.uri }, [conceptLabel(c), el('span', { class: 'entry-actions' }, [remove])]);
  }));
  if (!links.length) list.append(el('li', { class: 'help', l10n: ['pe-experience-no-links'] }));
  await translate($('experience-form'));
}

async function saveExperience() {
  const blank = (id) => $(id).value.trim() || null;
  const experience = {
    kind: $('experience-kind').value,
    title: $('experience-job').value.trim(),
    organisation: blank('experience-organisation'),
    place: blank('experience-place'),
    from: blank('experience-from'),
    to: blank('experience-to'),
    description: blank('experience-description'),
    esco: links.map((l) => l.uri),
  };
  const index = editing;
  if (await run($('experience-error'), () => api.saveExperience(index, experience, language().lang))) {
    fillExperience(null);
  }
}

function ownSkillItem(o) {
  const remove = el('button', { type: 'button', class: 'link-button danger-link', l10n: ['pe-remove'] });
  remove.addEventListener('click', () => run($('profile-own-error'), () => api.removeOwnSkill(o.id, language().lang)));
  return el('li', { class: 'entry', 'data-uri': o.skill.uri }, [
    conceptLabel(o.skill),
    el('span', { class: 'evidence ev-self-declared' }, [
      el('span', { class: 'icon', 'aria-hidden': 'true', text: '✎' }),
      el('span', { l10n: ['pe-own-mark'] }),
    ]),
    el('span', { class: 'entry-actions' }, [remove]),
  ]);
}
