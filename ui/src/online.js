// "Check online", shared by Settings (everything) and the credential screen (one): runs the
// core's refresh only when pressed, shows progress, then each answer with its age. Offline, the
// shell answers `offline` before anything is written; the error is shown and nothing else moves.
// The Stop button beside the progress asks the core to stop; it answers at once with `cancelled`
// and what it checked until then. How old each answer is, and in which unit, the core decides.

import * as api from './api/index.js';
import { translate } from './l10n.js';
import { el, showError, verdictBadge, dropMissingHints } from './view.js';

const POLL_MS = 300;

/** Runs the check for `id` (null: all) with `button` disabled, progress in `progress` (optional:
 *  `{box, bar, label, cancel}`), the result in `box`. Returns the result, or null when it failed. */
export async function check(id, button, box, progress) {
  button.disabled = true;
  box.className = 'online-box';
  box.replaceChildren();
  let timer = null;
  let stopping = false;
  const stop = async () => {
    stopping = true;
    progress.cancel.disabled = true;
    progress.label.setAttribute('data-l10n-id', 'online-cancelling');
    progress.label.removeAttribute('data-l10n-args');
    await translate(progress.label);
    await api.cancelCheckOnline().catch(() => null);
  };
  if (progress) {
    progress.box.hidden = false;
    progress.bar.removeAttribute('value');
    progress.label.setAttribute('data-l10n-id', 'online-starting');
    progress.label.removeAttribute('data-l10n-args');
    await translate(progress.label);
    progress.cancel.disabled = false;
    progress.cancel.onclick = stop;
    timer = setInterval(async () => {
      const p = await api.checkOnlineProgress().catch(() => null);
      if (!p || !p.total || stopping) return;
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
    if (progress) {
      progress.box.hidden = true;
      progress.cancel.onclick = null;
    }
    button.disabled = false;
  }
}

function render(result) {
  const count = result.credentials.length;
  if (!count && !result.lists.length) {
    return [result.cancelled
      ? el('p', { class: 'online-cancelled', l10n: ['online-cancelled-early'] })
      : el('p', { l10n: ['online-nothing'] })];
  }
  const nodes = [result.cancelled
    ? el('p', { class: 'online-cancelled', l10n: ['online-cancelled', { count }] })
    : el('p', { class: 'ok-text', l10n: ['online-done', { count }] })];
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
  // The core chose the message and its number; Fluent formats the number in the UI language.
  const args = a.age.n === null ? {} : { n: a.age.n };
  parts.push(el('span', { class: 'online-age', l10n: [a.age.id, args] }));
  return el('li', {}, parts);
}
