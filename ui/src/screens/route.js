// The learning route: the target occupation and its steps — one per missing essential skill,
// the newcomer step plan, and steps the learner or a coach adds — each with its status, helper
// and due date, which the learner (or a mentor beside them) changes, moves or removes here.

import * as api from '../api/index.js';
import { translate, language, setL10n, formatDate } from '../l10n.js';
import { el, showScreen, conceptLabel, showError, clearError } from '../view.js';
import * as esco from '../esco.js';

const STATUSES = ['planned', 'in-progress', 'done'];
const $ = (id) => document.getElementById(id);

export function setup() {
  esco.searchBox($('route-search'), async (hit) => {
    await setTarget(hit.uri);
    $('route-search-input').value = '';
  }, () => language().lang);
  $('step-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const step = {
      kind: $('step-kind').value,
      title: $('step-title').value,
      helper_role: $('step-helper-role').value || null,
      helper_name: $('step-helper-name').value || null,
      due: $('step-due').value || null,
    };
    if (await edit($('step-error'), () => api.addRouteStep(step, language().lang))) {
      $('step-form').reset();
    }
  });
  $('template-form').addEventListener('submit', (e) => {
    e.preventDefault();
    edit($('template-error'), () => api.applyRouteTemplate($('template-language').value, $('template-level').value, language().lang));
  });
}

/** Runs one change to the route and shows the result, or the core's message in `errorBox`. */
async function edit(errorBox, call) {
  clearError(errorBox);
  try {
    await esco.ready();
    await render(await call());
    return true;
  } catch (err) {
    await showError(errorBox, err);
    return false;
  }
}

/** Sets the target (from search or from the match screen) and shows the new route. */
export async function setTarget(uri) {
  showScreen('screen-route');
  await esco.ready();
  render(await api.setRouteTarget(uri, language().lang));
}

export async function show() {
  showScreen('screen-route');
  const steps = $('route-steps');
  try {
    await esco.ready();
    await render(await api.showRoute(language().lang));
  } catch (err) {
    steps.replaceChildren(el('li', { class: 'error', role: 'alert' }));
    await showError(steps.firstChild, err);
  }
}

async function render(route) {
  const target = $('route-target');
  const progress = $('route-progress');
  const steps = $('route-steps');
  // Steps can be added only to a route that has a goal.
  $('step-form').hidden = !route.target;
  $('template-form').hidden = !route.target;
  if (!route.target) {
    target.replaceChildren(el('span', { l10n: ['route-none'] }));
    progress.replaceChildren();
    steps.replaceChildren();
  } else {
    target.replaceChildren(el('span', { class: 'route-label', l10n: ['route-target-label'] }), ' ', conceptLabel(route.target, 'strong'));
    const done = route.steps.filter((s) => s.status === 'done').length;
    setL10n(progress, 'route-progress', { done, total: route.steps.length });
    steps.replaceChildren(...route.steps.map((s, i) => stepItem(s, i, route.steps.length)));
    if (!route.steps.length) steps.append(el('li', { l10n: ['route-no-steps'] }));
  }
  await translate($('screen-route'));
}

/** A step's title: a template step's in the UI language, else the skill's label or the words
 *  the learner typed. */
function title(step) {
  if (step.template) return el('span', { l10n: [step.template] });
  if (step.title.uri) return conceptLabel(step.title);
  return el('span', { dir: 'auto', text: step.title.label });
}

function stepItem(step, index, count) {
  const id = `step-status-${index}`;
  const select = el('select', { id, 'data-step': step.id },
    STATUSES.map((s) => el('option', { value: s, l10n: [`route-status-${s}`] })));
  select.value = step.status;
  select.addEventListener('change', async () => {
    await edit($('route-step-error'), () => api.setStepStatus(step.id, select.value, language().lang));
    // Re-rendering replaced the select; keep keyboard focus on the same step.
    setTimeout(() => $(id)?.focus(), 50);
  });
  const icon = { planned: '○', 'in-progress': '◐', done: '●' }[step.status];
  const body = el('div', { class: 'step-body' }, [
    el('p', { class: 'step-kind', l10n: [`route-kind-${step.kind}`] }),
    el('p', { class: 'step-title', id: `step-title-${index}` }, [title(step)]),
  ]);
  const meta = [];
  if (step.helper) meta.push(el('span', { l10n: ['pe-step-helper', { role: step.helper.role, name: step.helper.name }] }));
  if (step.due) meta.push(el('span', { l10n: ['pe-step-due-on', { date: formatDate(step.due) }] }));
  if (meta.length) body.append(el('p', { class: 'step-meta' }, meta));
  const button = (msg, cls, action, disabled) => {
    const b = el('button', { type: 'button', class: `link-button ${cls}`, l10n: [msg] });
    if (disabled) b.disabled = true;
    b.addEventListener('click', async () => {
      await edit($('route-step-error'), action);
      // Re-rendering replaced the button; keep keyboard focus with the step that moved (or on
      // the list when the step is gone).
      const same = $('route-steps').querySelector(`[data-step="${step.id}"] .${cls.split(' ').pop()}`);
      if (same && !same.disabled) same.focus();
      else $('route-steps').querySelector(`[data-step="${step.id}"] select`)?.focus();
    });
    return b;
  };
  const lang = () => language().lang;
  const change = el('button', { type: 'button', class: 'link-button step-edit-open', l10n: ['pe-edit'], 'aria-describedby': `step-title-${index}`, 'aria-expanded': 'false' });
  change.addEventListener('click', () => openEditor(item, step, index, change));
  const actions = el('div', { class: 'step-actions' }, [
    change,
    button('pe-step-up', 'step-up', () => api.moveRouteStep(step.id, index - 1, lang()), index === 0),
    button('pe-step-down', 'step-down', () => api.moveRouteStep(step.id, index + 1, lang()), index === count - 1),
    button('pe-remove', 'danger-link step-remove', () => api.removeRouteStep(step.id, lang())),
  ]);
  const item = el('li', { class: `step st-${step.status}`, 'data-step': step.id }, [
    el('span', { class: 'icon', 'aria-hidden': 'true', text: icon }),
    body,
    el('div', { class: 'field step-status' }, [
      el('label', { for: id, l10n: ['route-status-label'] }),
      select,
    ]),
    actions,
  ]);
  return item;
}

const HELPERS = ['', 'mentor', 'coach', 'supervisor'];

/** Opens the form that changes a step's title, helper and due date, below the step. The core
 *  checks what is typed; the title goes only when it was changed, so a translated title (a
 *  template step, a skill's label) is not turned into the words of one language by saving. */
function openEditor(item, step, index, opener) {
  if (item.querySelector('.step-edit')) return;
  const ids = (name) => `step-edit-${name}-${index}`;
  const shown = item.querySelector('.step-title').textContent.replace(/[\u2068\u2069]/g, '');
  const field = (name, label, control, help) => el('div', { class: 'field' }, [
    el('label', { for: ids(name), l10n: [label] }),
    control,
    ...(help ? [el('p', { class: 'help', id: ids(`${name}-help`), l10n: [help] })] : []),
  ]);
  const titleInput = el('input', { id: ids('title'), type: 'text', dir: 'auto', required: '' });
  titleInput.value = shown;
  const role = el('select', { id: ids('role') },
    HELPERS.map((r) => el('option', { value: r, l10n: [r ? `pe-helper-${r}` : 'pe-helper-none'] })));
  role.value = step.helper ? step.helper.role : '';
  const name = el('input', { id: ids('name'), type: 'text', dir: 'auto' });
  name.value = step.helper ? step.helper.name : '';
  const due = el('input', { id: ids('due'), type: 'text', dir: 'ltr', 'aria-describedby': ids('due-help') });
  due.value = step.due || '';
  const error = el('div', { class: 'error', role: 'alert', id: ids('error'), hidden: '' });
  const cancel = el('button', { type: 'button', class: 'secondary-plain step-edit-cancel', l10n: ['pe-cancel'] });
  const form = el('form', { class: 'step-edit', novalidate: '', 'aria-labelledby': ids('heading') }, [
    el('h3', { id: ids('heading'), l10n: ['route-step-edit-title'] }),
    field('title', 'pe-step-title', titleInput),
    el('div', { class: 'field-row' }, [
      field('role', 'pe-step-helper-role', role),
      field('name', 'pe-step-helper-name', name),
    ]),
    field('due', 'pe-step-due', due, 'route-step-due-help'),
    error,
    el('div', { class: 'button-row' }, [
      el('button', { type: 'submit', class: 'primary step-edit-save', l10n: ['route-step-save'] }),
      cancel,
    ]),
  ]);
  const close = () => {
    form.remove();
    opener.hidden = false;
    opener.setAttribute('aria-expanded', 'false');
    opener.focus();
  };
  cancel.addEventListener('click', close);
  form.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(); });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const change = {
      title: titleInput.value === shown ? null : titleInput.value,
      helper_role: role.value || null,
      helper_name: name.value || null,
      due: due.value || null,
    };
    if (await edit(error, () => api.editRouteStep(step.id, change, language().lang))) {
      // The list was drawn again: give focus back to the same step's "Change" button.
      $('route-steps').querySelector(`[data-step="${step.id}"] .step-edit-open`)?.focus();
    }
  });
  item.append(form);
  opener.hidden = true;
  opener.setAttribute('aria-expanded', 'true');
  translate(form).then(() => titleInput.focus());
}
