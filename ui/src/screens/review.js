// Review mode: the learner's skills (in the window's language) beside a target job (in the
// mentor's language, a pane with its own lang and dir). The mentor opens their own signer key,
// marks skills as observed — what will be signed is shown first, then signed by the core with the
// mentor's key — writes the appraisal and next steps, and adds route steps. All rules (who may
// raise a skill, what is signed) are the core's; this only shows and asks.

import * as api from '../api/index.js';
import { translate, language, setL10n, setSubtreeLanguage, formatDate } from '../l10n.js';
import { el, showScreen, conceptLabel, showError, clearError, verdictBadge, endorsedBy } from '../view.js';
import * as esco from '../esco.js';

const EVIDENCE_ICON = { 'verified-credential': '✓', endorsed: '★', 'mentor-observed': '◉', 'self-declared': '✎' };
const MENTOR_LANG_KEY = 'erkend.review.mentor-lang';

let mentor = null; // the open mentor: {id, name, organisation, did}
let target = null; // the target job: ReviewTargetDto
let observing = null; // the skill being observed: ConceptDto
let mentorLang = 'nl';

const $ = (id) => document.getElementById(id);
const mentorPane = () => $('review-mentor');
const paneLang = () => mentorLang;

export function setup() {
  esco.searchBox($('review-search'), async (hit) => {
    await pickTarget(hit.uri);
    $('review-search-input').value = '';
    $('review-search').querySelector('.esco-results').replaceChildren();
  }, paneLang);
  $('review-mentor-language').addEventListener('change', (e) => chooseMentorLanguage(e.target.value));
  $('review-observe').addEventListener('submit', (e) => {
    e.preventDefault();
    prepare();
  });
  $('review-observe-cancel').addEventListener('click', cancelObservation);
  $('review-sign-cancel').addEventListener('click', cancelObservation);
  $('review-sign').addEventListener('click', sign);
  $('review-appraisal').addEventListener('submit', (e) => {
    e.preventDefault();
    saveAppraisal();
  });
  // The mentor's key must not stay open for whoever uses the computer next: leaving review mode
  // (any other screen, locking) closes it; coming back asks for the mentor's passphrase again.
  new MutationObserver(() => {
    if ($('screen-review').hidden && mentor) leave();
  }).observe($('screen-review'), { attributes: true, attributeFilter: ['hidden'] });
}

async function leave() {
  mentor = null;
  cancelObservation();
  await api.closeMentor();
  await showSigner();
}

/** Opens review mode; the mentor's pane keeps the language chosen for it last time. */
export async function show() {
  showScreen('screen-review');
  const { available } = language();
  mentorLang = localStorage.getItem(MENTOR_LANG_KEY) || 'nl';
  const select = $('review-mentor-language');
  select.replaceChildren(...available.map((tag) => el('option', { value: tag, lang: tag, l10n: [`language-option-${tag}`] })));
  select.value = mentorLang;
  await setSubtreeLanguage(mentorPane(), mentorLang);
  await Promise.all([showLearner(), showSigner(), target ? pickTarget(target.occupation.uri) : null]);
  await translate($('screen-review'));
}

/** Leaves nothing open for the next person at this computer. */
export async function reset() {
  mentor = null;
  target = null;
  observing = null;
  await api.closeMentor();
  for (const id of ['review-target', 'review-skills', 'review-credentials', 'review-appraisal-shown', 'review-signer']) $(id).replaceChildren();
  for (const id of ['review-appraisal-text', 'review-appraisal-next', 'review-comment', 'review-narrative']) $(id).value = '';
  $('review-observe').hidden = true;
  $('review-consent').hidden = true;
  $('review-status').textContent = '';
}

async function chooseMentorLanguage(tag) {
  localStorage.setItem(MENTOR_LANG_KEY, tag);
  const result = await setSubtreeLanguage(mentorPane(), tag);
  mentorLang = result.lang;
  // ESCO labels follow the pane's language.
  $('review-search').querySelector('.esco-results').replaceChildren();
  if (target) await pickTarget(target.occupation.uri);
  if (observing) cancelObservation();
}

// ---- the learner's pane ----

async function showLearner() {
  const list = $('review-skills');
  list.setAttribute('aria-busy', 'true');
  let learner;
  try {
    await esco.ready();
    learner = await api.reviewLearner(language().lang);
  } catch (err) {
    list.replaceChildren(el('li', { class: 'error', role: 'alert' }));
    await showError(list.firstChild, err);
    list.removeAttribute('aria-busy');
    return;
  }
  const needed = new Set(target ? [...target.matched, ...target.missing].map((c) => c.uri) : []);
  list.replaceChildren(...learner.skills.map((s) => skillItem(s, needed.has(s.uri))));
  if (!learner.skills.length) list.append(el('li', { class: 'help', l10n: ['review-learner-empty'] }));
  setL10n($('review-credentials-title'), 'review-credentials-title', { count: learner.credentials.length });
  $('review-credentials').replaceChildren(...learner.credentials.map((c) => el('li', {}, [
    el('span', { dir: 'auto', text: c.name }), el('span', { class: 'help', dir: 'auto', text: c.issuer }), verdictBadge(c.verified),
  ])));
  const a = learner.appraisal;
  const shown = $('review-appraisal-shown');
  shown.replaceChildren();
  if (a.text || a.next_steps.length) {
    shown.append(el('h3', { l10n: ['review-appraisal-shown-title'] }));
    if (a.text) shown.append(el('p', { dir: 'auto', text: a.text }));
    if (a.next_steps.length) shown.append(el('ol', {}, a.next_steps.map((s) => el('li', { dir: 'auto', text: s }))));
    if (a.adviser) shown.append(el('p', { class: 'help', l10n: ['review-appraisal-by', { adviser: a.adviser, date: formatDate(a.date) }] }));
  }
  await translate($('review-learner'));
  list.removeAttribute('aria-busy');
}

function skillItem(s, needed) {
  const evidence = el('span', { class: `evidence ev-${s.evidence}` }, [
    el('span', { class: 'icon', 'aria-hidden': 'true', text: EVIDENCE_ICON[s.evidence] || '•' }),
    el('span', { l10n: [`evidence-${s.evidence}`] }),
  ]);
  const item = el('li', { class: `skill${needed ? ' in-target' : ''}`, 'data-uri': s.uri, 'data-evidence': s.evidence }, [conceptLabel(s, 'span'), evidence]);
  if (needed) item.append(el('span', { class: 'in-target-mark', l10n: ['review-in-target'] }));
  if (s.endorsers.length) item.append(endorsedBy(s.endorsers));
  return item;
}

// ---- the mentor's pane: who signs ----

async function showSigner() {
  const box = $('review-signer');
  if (mentor) {
    const who = mentor.organisation ? `${mentor.name} (${mentor.organisation})` : mentor.name;
    const close = el('button', { type: 'button', id: 'review-signer-close', class: 'secondary', l10n: ['review-signer-close'] });
    close.addEventListener('click', async () => {
      await api.closeMentor();
      mentor = null;
      await showSigner();
    });
    box.replaceChildren(
      el('h3', { id: 'review-signer-as', l10n: ['review-signer-as', { name: who }] }),
      el('p', { class: 'help' }, [el('span', { l10n: ['review-signer-key'] }), ' ', el('code', { dir: 'ltr', text: mentor.did })]),
      close,
    );
    await translate(box);
    return;
  }
  const mentors = await api.listMentors();
  const parts = [el('h3', { l10n: ['review-signer-title'] }), el('p', { class: 'help', l10n: ['review-signer-help'] })];
  if (mentors.length) {
    const openForm = el('form', { id: 'review-signer-open-form', novalidate: '' }, [
      field('review-signer-id', 'review-signer-pick', el('select', { id: 'review-signer-id' },
        mentors.map((m) => el('option', { value: m.id, dir: 'auto', text: m.name })))),
      field('review-signer-pass', 'review-signer-passphrase', el('input', { id: 'review-signer-pass', type: 'password', autocomplete: 'current-password' })),
      el('div', { id: 'review-signer-open-error', class: 'error', role: 'alert', hidden: '' }),
      el('button', { type: 'submit', class: 'primary', id: 'review-signer-open', l10n: ['review-signer-open'] }),
    ]);
    openForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      await opened(() => api.openMentor($('review-signer-id').value, $('review-signer-pass').value), $('review-signer-open-error'));
    });
    parts.push(openForm);
  }
  const newForm = el('form', { id: 'review-signer-new-form', novalidate: '' }, [
    el('h4', { l10n: ['review-signer-new-title'] }),
    field('review-signer-name', 'review-signer-name', el('input', { id: 'review-signer-name', type: 'text', autocomplete: 'name', dir: 'auto', required: '' })),
    field('review-signer-org', 'review-signer-organisation', el('input', { id: 'review-signer-org', type: 'text', autocomplete: 'organization', dir: 'auto' })),
    field('review-signer-new-pass', 'review-signer-passphrase', el('input', { id: 'review-signer-new-pass', type: 'password', autocomplete: 'new-password' })),
    el('div', { id: 'review-signer-new-error', class: 'error', role: 'alert', hidden: '' }),
    el('button', { type: 'submit', class: 'primary', id: 'review-signer-create', l10n: ['review-signer-create'] }),
  ]);
  newForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!$('review-signer-name').value.trim()) {
      $('review-signer-name').focus();
      return;
    }
    const org = $('review-signer-org').value.trim();
    await opened(() => api.createMentor($('review-signer-name').value, org || null, $('review-signer-new-pass').value), $('review-signer-new-error'));
  });
  parts.push(newForm);
  box.replaceChildren(...parts);
  await translate(box);
}

function field(id, labelId, control) {
  return el('div', { class: 'field' }, [el('label', { for: id, l10n: [labelId] }), control]);
}

async function opened(open, errorBox) {
  clearError(errorBox);
  try {
    mentor = await open();
  } catch (err) {
    await showError(errorBox, err);
    return;
  }
  await showSigner();
}

// ---- the mentor's pane: the target job ----

async function pickTarget(uri) {
  const box = $('review-target');
  try {
    target = await api.reviewTarget(uri, mentorLang);
  } catch (err) {
    box.replaceChildren(el('div', { class: 'error', role: 'alert' }));
    await showError(box.firstChild, err);
    return;
  }
  const percent = new Intl.NumberFormat(mentorLang, { style: 'percent', maximumFractionDigits: 0 }).format(target.score);
  box.replaceChildren(
    el('h4', { class: 'match-name', id: 'review-target-name' }, [conceptLabel(target.occupation)]),
    el('p', { class: 'match-fit', l10n: ['match-fit', { percent, have: target.essential_have, total: target.essential_total }] }),
    el('h4', { l10n: ['review-matched-title', { count: target.matched.length }] }),
    el('ul', { class: 'review-skills-of-target', id: 'review-matched' }, target.matched.map((c) => targetSkill(c, 'matched'))),
    el('h4', { l10n: ['review-missing-title', { count: target.missing.length }] }),
    el('ul', { class: 'review-skills-of-target', id: 'review-missing' }, target.missing.map((c) => targetSkill(c, 'missing'))),
  );
  await translate(box);
  await showLearner();
}

function targetSkill(c, kind) {
  const observe = el('button', { type: 'button', class: 'secondary-plain observe', l10n: ['review-observe'] });
  observe.addEventListener('click', () => startObservation(c));
  const actions = el('div', { class: 'target-actions' }, [observe]);
  if (kind === 'missing') {
    const step = el('button', { type: 'button', class: 'secondary-plain add-step', l10n: ['review-add-step'] });
    step.addEventListener('click', () => addStep(c));
    actions.append(step);
  }
  // Held skills carry a check mark; the heading above each list says which is which.
  const mark = kind === 'matched' ? [el('span', { class: 'icon', 'aria-hidden': 'true', text: '✓' })] : [];
  return el('li', { class: kind, 'data-uri': c.uri }, [...mark, conceptLabel(c), actions]);
}

async function addStep(c) {
  const status = $('review-status');
  try {
    await api.addReviewStep(target.occupation.uri, c.uri, mentorLang);
    setL10n(status, 'review-step-added', { skill: c.label });
    await translate(status);
  } catch (err) {
    await showError(status, err);
  }
}

// ---- the mentor's pane: observe, show, sign ----

function startObservation(c) {
  observing = c;
  $('review-consent').hidden = true;
  $('review-status').textContent = '';
  clearError($('review-observe-error'));
  const title = $('review-observe-title');
  setL10n(title, 'review-observe-title', { skill: c.label });
  const form = $('review-observe');
  form.hidden = false;
  translate(form).then(() => $('review-comment').focus());
}

function cancelObservation() {
  observing = null;
  $('review-observe').hidden = true;
  $('review-consent').hidden = true;
}

async function prepare() {
  const errorBox = $('review-observe-error');
  clearError(errorBox);
  const comment = $('review-comment').value.trim();
  if (!comment) {
    $('review-comment').focus();
    return;
  }
  let p;
  try {
    p = await api.prepareObservation(observing.uri, comment, $('review-narrative').value, mentorLang);
  } catch (err) {
    await showError(errorBox, err);
    return;
  }
  const who = p.mentor.organisation ? `${p.mentor.name} (${p.mentor.organisation})` : p.mentor.name;
  const row = (id, node) => [el('dt', { l10n: [id] }), el('dd', {}, [node])];
  $('review-consent-fields').replaceChildren(
    ...row('review-consent-signer', el('span', {}, [el('span', { dir: 'auto', text: who }), ' ', el('code', { dir: 'ltr', text: p.mentor.did })])),
    ...row('review-consent-learner', el('code', { dir: 'ltr', text: p.learner_did })),
    ...row('review-consent-skill', conceptLabel(p.skill)),
    ...row('review-consent-comment', el('span', { dir: 'auto', text: p.comment })),
    ...(p.narrative ? row('review-consent-narrative', el('span', { dir: 'auto', text: p.narrative })) : []),
  );
  $('review-consent-json').textContent = p.json;
  $('review-observe').hidden = true;
  const consent = $('review-consent');
  consent.hidden = false;
  clearError($('review-sign-error'));
  await translate(consent);
  $('review-sign').focus();
}

async function sign() {
  try {
    await api.signObservation();
  } catch (err) {
    await showError($('review-sign-error'), err);
    return;
  }
  observing = null;
  $('review-consent').hidden = true;
  $('review-comment').value = '';
  $('review-narrative').value = '';
  const status = $('review-status');
  setL10n(status, 'review-signed');
  await translate(status);
  if (target) await pickTarget(target.occupation.uri);
  else await showLearner();
}

// ---- the mentor's pane: appraisal ----

async function saveAppraisal() {
  const result = $('review-appraisal-result');
  result.replaceChildren();
  try {
    const steps = $('review-appraisal-next').value.split('\n');
    await api.saveAppraisal($('review-appraisal-text').value, steps);
  } catch (err) {
    await showError(result, err);
    return;
  }
  result.replaceChildren(el('p', { class: 'ok-text', l10n: ['review-appraisal-saved'] }));
  await translate(result);
  await showLearner();
}
