// "Check online", shared by Settings (everything) and the credential screen (one): runs the
// core's refresh only when pressed, shows progress, then each answer with its age. Offline, the
// shell answers `offline` before anything is written; the error is shown and nothing else moves.

import * as api from './api/index.js';
import { translate } from './l10n.js';
import { el, showError, verdictBadge, dropMissingHints } from './view.js';

const POLL_MS = 300;

/** Runs the check for `id` (null: all) with `button` disabled, progress in `progress` (optional),
 *  the result in `box`. Returns the result, or null when it failed. */
export async function check(id, button, box, progress) {
  button.disabled = true;
  box.className = 'online-box';
  box.replaceChildren();
  let timer = null;
  if (progress) {
    progress.box.hidden = false;
    progress.bar.removeAttribute('value');
    timer = setInterval(async () => {
      const p = await api.checkOnlineProgress().catch(() => null);
      if (!p || !p.total) return;
      progress.bar.max = p.total;
      progress.bar.value = p.done;
      progress.label.setAttribute('data-l10n-id', 'online-progress');
      progress.label.setAttribute('data-l10n-args', JSON.stringify({ done: String(Math.min(p.done + 1, p.total)), total: String(p.total) }));
      await translate(progress.label);
    }, POLL_MS);
  }
  try {
    const result = await api.checkOnline(id);
    box.replaceChildren(...render(result));
    await translate(box);
    dropMissingHints(box);
    return result;
  } catch (err) {
    box.className = 'online-box error';
    await showError(box, err);
    return null;
  } finally {
    clearInterval(timer);
    if (progress) progress.box.hidden = true;
    button.disabled = false;
  }
}

function render(result) {
  const count = result.credentials.length;
  if (!count && !result.lists.length) return [el('p', { l10n: ['online-nothing'] })];
  const nodes = [el('p', { class: 'ok-text', l10n: ['online-done', { count }] })];
  if (result.lists.length) {
    nodes.push(el('h3', { l10n: ['online-lists-title'] }), el('ul', { class: 'online-answers' }, result.lists.map(answer)));
  }
  nodes.push(el('ul', {}, result.credentials.map((c) => el('li', { class: 'online-credential' }, [
    el('div', { class: 'screen-head' }, [
      el('strong', { dir: 'auto', text: c.name }),
      verdictBadge(c.verdict ? c.verdict.verified : null),
    ]),
    el('ul', { class: 'online-answers' }, c.answers.map(answer)),
  ]))));
  return nodes;
}

function answer(a) {
  const parts = [el('code', { dir: 'ltr', text: a.url })];
  if (a.error) {
    parts.push(el('span', { class: 'online-failed', l10n: [`error-${a.error.code}`, a.error.args] }));
  }
  parts.push(el('span', { class: 'online-age', l10n: age(a.age_minutes) }));
  return el('li', {}, parts);
}

/** The message for an answer's age; the numbers are formatted by Fluent in the UI language. */
function age(minutes) {
  if (minutes === null || minutes === undefined) return ['online-age-none'];
  if (minutes < 1) return ['online-age-now'];
  if (minutes < 120) return ['online-age-minutes', { n: minutes }];
  if (minutes < 48 * 60) return ['online-age-hours', { n: Math.floor(minutes / 60) }];
  return ['online-age-days', { n: Math.floor(minutes / (24 * 60)) }];
}
