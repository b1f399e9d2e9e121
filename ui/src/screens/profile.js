// The skills profile: every ESCO skill the wallet shows, grouped by ESCO pillar, each with its
// strongest evidence in words. Skills are added by searching ESCO (self-declared evidence);
// the profile's parts (person, languages, work experience, own skills) are edited below it.

import * as api from '../api/index.js';
import { translate, language } from '../l10n.js';
import { el, showScreen, conceptLabel, showError, endorsedBy } from '../view.js';
import * as esco from '../esco.js';
import * as parts from './profile-parts.js';

const GROUPS = ['skill', 'knowledge', 'language', 'transversal', 'other'];
let openDetail = () => {};
let names = new Map();

export function setup(onOpenCredential) {
  openDetail = onOpenCredential;
  esco.searchBox(document.getElementById('profile-search'), async (hit) => {
    await api.addSkill(hit.uri);
    await show();
    document.getElementById('profile-search-input').value = '';
  }, () => language().lang);
  parts.setup(showSkills);
}

export async function show() {
  showScreen('screen-profile');
  if (await showSkills()) {
    try {
      await parts.show();
    } catch (err) {
      await showError(document.getElementById('profile-own-error'), err);
    }
  }
}

/** Shows the skills grouped by pillar; false when they could not be read. */
async function showSkills() {
  const groups = document.getElementById('profile-groups');
  groups.setAttribute('aria-busy', 'true');
  let skills;
  try {
    await esco.ready();
    skills = await api.showProfile(language().lang);
    names = new Map((await api.listCredentials()).map((c) => [c.id, c.name]));
  } catch (err) {
    groups.replaceChildren(el('div', { class: 'error', role: 'alert' }));
    await showError(groups.firstChild, err);
    groups.removeAttribute('aria-busy');
    return false;
  }
  groups.replaceChildren(...GROUPS.map((g) => {
    const mine = skills.filter((s) => s.group === g);
    if (!mine.length) return '';
    return el('section', { class: 'skill-group', 'aria-labelledby': `profile-group-${g}` }, [
      el('h2', { id: `profile-group-${g}`, l10n: [`profile-group-${g}`, { count: mine.length }] }),
      el('ul', { class: 'skills-list' }, mine.map(skillItem)),
    ]);
  }));
  document.getElementById('profile-empty').hidden = skills.length > 0;
  await translate(document.getElementById('screen-profile'));
  groups.removeAttribute('aria-busy');
  return true;
}

function skillItem(s) {
  const evidence = el('span', { class: `evidence ev-${s.evidence}` }, [
    el('span', { class: 'icon', 'aria-hidden': 'true', text: { 'verified-credential': '✓', endorsed: '★', 'mentor-observed': '◉', 'self-declared': '✎' }[s.evidence] || '•' }),
    el('span', { l10n: [`evidence-${s.evidence}`] }),
  ]);
  const item = el('li', { class: 'skill', 'data-uri': s.uri }, [conceptLabel(s, 'span'), evidence]);
  if (s.endorsers.length) item.append(endorsedBy(s.endorsers));
  if (s.credentials.length) {
    const links = el('p', { class: 'skill-sources' }, [el('span', { l10n: ['profile-shown-by', { count: s.credentials.length }] })]);
    s.credentials.forEach((id) => {
      const b = el('button', { type: 'button', class: 'link-button', dir: 'auto', text: names.get(id) || id });
      b.addEventListener('click', () => openDetail(id));
      links.append(' ', b);
    });
    item.append(links);
  }
  return item;
}
