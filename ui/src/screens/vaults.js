// Profiles / lock: the picker of learners' vaults on this PC (pick → unlock, new profile, guest
// session), and the auto-lock. The shell keeps the idle timer; this screen only reports activity
// (at most every 20 s) and asks every 15 s whether the timer has locked the vault.

import * as api from '../api/index.js';
import { setL10n, translate } from '../l10n.js';
import { el, showScreen, showError, clearError } from '../view.js';

const $ = (id) => document.getElementById(id);
const ACTIVITY_EVERY_MS = 20 * 1000;
const POLL_EVERY_MS = 15 * 1000;
let onOpened = () => {};
let onLocked = () => {};
let chosen = null;
let lastReport = 0;
let poller = null;

export function setup(opened, locked) {
  onOpened = opened;
  onLocked = locked;
  $('vault-new').addEventListener('click', () => showPanel('vault-create-form', 'vault-create-name'));
  $('vault-kiosk').addEventListener('click', () => guard($('vault-pick'), $('vault-pick-error'), async () => {
    opened(await api.startKiosk());
  }));
  for (const b of document.querySelectorAll('.vault-back')) b.addEventListener('click', () => showPicker());

  $('vault-unlock-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const pass = $('vault-unlock-passphrase');
    await guard($('vault-unlock-form'), $('vault-unlock-error'), async () => {
      const session = await api.unlockVault(chosen.id, pass.value);
      pass.value = '';
      opened(session);
    }, () => { pass.select(); pass.focus(); });
  });

  $('vault-create-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const pass = $('vault-create-passphrase');
    const confirm = $('vault-create-confirm');
    const error = $('vault-create-error');
    clearError(error);
    if (!pass.value) return localError(error, 'create-error-empty', pass);
    if (pass.value !== confirm.value) return localError(error, 'create-error-mismatch', confirm);
    await guard($('vault-create-form'), error, async () => {
      const session = await api.createVault($('vault-create-name').value, $('vault-create-avatar').value, pass.value);
      for (const id of ['vault-create-name', 'vault-create-avatar', 'vault-create-passphrase', 'vault-create-confirm']) $(id).value = '';
      opened(session);
    });
  });

  for (const type of ['keydown', 'pointerdown', 'wheel']) {
    document.addEventListener(type, reportActivity, { passive: true });
  }
}

/** Shows the picker with the cards of every vault on this computer. */
export async function showPicker(lockedByIdle = false) {
  stopWatching();
  $('vault-locked-idle').hidden = !lockedByIdle;
  $('vault-pick').hidden = false;
  $('vault-unlock-form').hidden = true;
  $('vault-create-form').hidden = true;
  clearError($('vault-pick-error'));
  const list = $('vault-list');
  try {
    const cards = await api.listVaults();
    list.replaceChildren(...cards.map(card));
    $('vault-list-empty').hidden = cards.length > 0;
    await translate(list);
  } catch (err) {
    list.replaceChildren();
    await showError($('vault-pick-error'), err);
  }
  showScreen('screen-vaults');
}

function card(c) {
  const name = c.display_name
    ? el('span', { class: 'vault-name', dir: 'auto', text: c.display_name })
    : el('span', { class: 'vault-name anonymous', l10n: ['vault-card-anonymous'] });
  const button = el('button', { type: 'button', class: 'vault-card', 'data-vault': c.id }, [picture(c), name]);
  button.addEventListener('click', () => {
    chosen = c;
    $('vault-unlock-picture').replaceChildren(...picture(c).childNodes);
    const shown = $('vault-unlock-name');
    if (c.display_name) {
      shown.removeAttribute('data-l10n-id');
      shown.textContent = c.display_name;
    } else {
      setL10n(shown, 'vault-card-anonymous');
      translate(shown);
    }
    showPanel('vault-unlock-form', 'vault-unlock-passphrase');
  });
  return el('li', {}, [button]);
}

function picture(c) {
  // A neutral person icon when the learner chose to show nothing.
  return el('span', { class: 'vault-picture', 'aria-hidden': 'true', dir: 'auto', text: c.picture || '☺' });
}

function showPanel(id, focus) {
  $('vault-pick').hidden = true;
  $('vault-locked-idle').hidden = true;
  for (const f of ['vault-unlock-form', 'vault-create-form']) $(f).hidden = f !== id;
  clearError($('vault-unlock-error'));
  clearError($('vault-create-error'));
  $(focus).focus();
}

/** Starts watching the idle timer for the open vault (or guest session). */
export function watch() {
  stopWatching();
  poller = setInterval(async () => {
    try {
      const s = await api.vaultSession();
      if (!s.open && !s.kiosk) onLocked(s);
    } catch {
      // A failed poll says nothing about the timer; the next one asks again.
    }
  }, POLL_EVERY_MS);
}

export function stopWatching() {
  clearInterval(poller);
  poller = null;
}

function reportActivity() {
  if (!poller) return;
  const now = Date.now();
  if (now - lastReport < ACTIVITY_EVERY_MS) return;
  lastReport = now;
  api.noteActivity().catch(() => {});
}

async function localError(box, id, field) {
  box.replaceChildren(setL10n(document.createElement('p'), id));
  box.hidden = false;
  await translate(box);
  field.focus();
}

// Key derivation takes a moment: the form is disabled meanwhile so a second press does nothing.
async function guard(form, error, work, failed = () => {}) {
  clearError(error);
  const controls = [...form.querySelectorAll('button, input')];
  controls.forEach((c) => { c.disabled = true; });
  form.setAttribute('aria-busy', 'true');
  try {
    await work();
  } catch (err) {
    await showError(error, err);
    controls.forEach((c) => { c.disabled = false; });
    failed();
  } finally {
    controls.forEach((c) => { c.disabled = false; });
    form.removeAttribute('aria-busy');
  }
}
