// Settings: the language, verifying every credential again (with progress, and a way to stop),
// and an encrypted backup written to / restored from a file the learner names.

import * as api from '../api/index.js';
import { translate, setL10n, language } from '../l10n.js';
import { el, screenWhenReady, showError, clearError } from '../view.js';
import { startFolder } from './detail.js';
import * as online from '../online.js';

let cancelled = false;
const $ = (id) => document.getElementById(id);

export function setup(chooseLanguage) {
  $('settings-language').addEventListener('change', (e) => chooseLanguage(e.target.value));
  $('reverify-cancel').addEventListener('click', () => { cancelled = true; });
  $('reverify-all').addEventListener('click', reverifyAll);
  $('online-check-all').addEventListener('click', () => online.check(null, $('online-check-all'), $('online-result'),
    { box: $('online-progress'), bar: $('online-progress-bar'), label: $('online-progress-label'), cancel: $('online-cancel') }));
  $('autolock-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    await run($('autolock-form'), $('autolock-result'), async () => {
      const session = await api.setAutoLock(Number($('autolock-minutes').value));
      $('autolock-minutes').value = session.auto_lock_minutes;
      return ['vault-settings-saved', { minutes: session.auto_lock_minutes }];
    });
  });
  $('backup-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    await run($('backup-form'), $('backup-result'), async () => {
      const path = await api.backupWallet($('backup-path').value, $('backup-passphrase').value);
      $('backup-passphrase').value = '';
      return ['saved-to', { path }];
    });
  });
  $('restore-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    await run($('restore-form'), $('restore-result'), async () => {
      const r = await api.restoreWallet($('restore-path').value, $('restore-passphrase').value);
      $('restore-passphrase').value = '';
      return ['settings-restore-done', { count: r.credentials, duplicates: r.duplicates }];
    });
  });
}

/** With learners' vaults: the auto-lock setting is shown, with its current value. */
export function useVaults(session) {
  $('autolock-form').hidden = false;
  $('autolock-minutes').value = session.auto_lock_minutes;
  $('autolock-result').replaceChildren();
}

export async function show() {
  const appear = screenWhenReady('screen-settings');
  const folder = await startFolder();
  const today = new Date().toISOString().slice(0, 10);
  if (!$('backup-path').value) $('backup-path').value = `${folder}/erkend-backup-${today}.erkendbk`;
  if (!$('restore-path').value) $('restore-path').value = `${folder}/`;
  $('settings-language').value = language().lang;
  appear();
}

async function run(form, result, work) {
  clearError(result);
  result.className = '';
  const controls = [...form.querySelectorAll('button, input')];
  controls.forEach((c) => { c.disabled = true; });
  form.setAttribute('aria-busy', 'true');
  try {
    const [id, args] = await work();
    result.replaceChildren(el('p', { class: 'ok-text', l10n: [id, args] }));
    result.hidden = false;
    await translate(result);
  } catch (err) {
    result.className = 'error';
    await showError(result, err);
  } finally {
    controls.forEach((c) => { c.disabled = false; });
    form.removeAttribute('aria-busy');
  }
}

// One credential per call, so the bar moves and Stop takes effect between two credentials.
async function reverifyAll() {
  const box = $('reverify-progress');
  const bar = $('reverify-progress-bar');
  const label = $('reverify-progress-label');
  const result = $('reverify-result');
  const button = $('reverify-all');
  result.replaceChildren();
  cancelled = false;
  button.disabled = true;
  let done = 0;
  try {
    const ids = (await api.listCredentials()).map((c) => c.id);
    box.hidden = false;
    bar.max = Math.max(ids.length, 1);
    for (const id of ids) {
      if (cancelled) break;
      bar.value = done;
      setL10n(label, 'reverify-progress', { done: done + 1, total: ids.length });
      await translate(label);
      await api.reverifyCredential(id);
      done += 1;
    }
    setL10n(result, cancelled ? 'reverify-cancelled' : 'reverify-done', { done, total: ids.length });
    await translate(result);
  } catch (err) {
    await showError(result, err);
  } finally {
    box.hidden = true;
    button.disabled = false;
  }
}
