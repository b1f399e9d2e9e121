// The learning route: the target occupation and one step per missing essential skill, each
// with its status, which the learner (or a mentor beside them) changes here.

import * as api from '../api/index.js';
import { translate, language, setL10n } from '../l10n.js';
import { el, showScreen, conceptLabel, showError } from '../view.js';
import * as esco from '../esco.js';

const STATUSES = ['planned', 'in-progress', 'done'];

export function setup() {
  esco.searchBox(document.getElementById('route-search'), async (hit) => {
    await setTarget(hit.uri);
    document.getElementById('route-search-input').value = '';
  }, () => language().lang);
}

/** Sets the target (from search or from the match screen) and shows the new route. */
export async function setTarget(uri) {
  showScreen('screen-route');
  await esco.ready();
  render(await api.setRouteTarget(uri, language().lang));
}

export async function show() {
  showScreen('screen-route');
  const steps = document.getElementById('route-steps');
  try {
    await esco.ready();
    await render(await api.showRoute(language().lang));
  } catch (err) {
    steps.replaceChildren(el('li', { class: 'error', role: 'alert' }));
    await showError(steps.firstChild, err);
  }
}

async function render(route) {
  const target = document.getElementById('route-target');
  const progress = document.getElementById('route-progress');
  const steps = document.getElementById('route-steps');
  if (!route.target) {
    target.replaceChildren(el('span', { l10n: ['route-none'] }));
    progress.replaceChildren();
    steps.replaceChildren();
  } else {
    target.replaceChildren(el('span', { class: 'route-label', l10n: ['route-target-label'] }), ' ', conceptLabel(route.target, 'strong'));
    const done = route.steps.filter((s) => s.status === 'done').length;
    setL10n(progress, 'route-progress', { done, total: route.steps.length });
    steps.replaceChildren(...route.steps.map((s, i) => stepItem(s, i)));
    if (!route.steps.length) steps.append(el('li', { l10n: ['route-no-steps'] }));
  }
  await translate(document.getElementById('screen-route'));
}

function stepItem(step, index) {
  const id = `step-status-${index}`;
  const select = el('select', { id, 'data-step': step.id },
    STATUSES.map((s) => el('option', { value: s, l10n: [`route-status-${s}`] })));
  select.value = step.status;
  select.addEventListener('change', async () => {
    render(await api.setStepStatus(step.id, select.value, language().lang));
    // Re-rendering replaced the select; keep keyboard focus on the same step.
    setTimeout(() => document.getElementById(id)?.focus(), 50);
  });
  const icon = { planned: '○', 'in-progress': '◐', done: '●' }[step.status];
  return el('li', { class: `step st-${step.status}` }, [
    el('span', { class: 'icon', 'aria-hidden': 'true', text: icon }),
    el('div', { class: 'step-body' }, [
      el('p', { class: 'step-kind', l10n: [`route-kind-${step.kind}`] }),
      el('p', { class: 'step-title' }, [conceptLabel(step.title)]),
    ]),
    el('div', { class: 'field step-status' }, [
      el('label', { for: id, l10n: ['route-status-label'] }),
      select,
    ]),
  ]);
}
