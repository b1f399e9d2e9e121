// First run (create the wallet) and unlock. Passphrases are read from the inputs, sent once and
// cleared from the form; they are never stored in the page.

import * as api from '../api/index.js';
import { setL10n, translate } from '../l10n.js';
import { showScreen, showError, clearError } from '../view.js';

let onOpened = () => {};

export function setup(opened) {
  onOpened = opened;
  const form = document.getElementById('create-form');
  const pass = document.getElementById('create-passphrase');
  const confirm = document.getElementById('create-confirm');
  const error = document.getElementById('create-error');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearError(error);
    if (!pass.value) return localError(error, 'create-error-empty', pass);
    if (pass.value !== confirm.value) return localError(error, 'create-error-mismatch', confirm);
    await busy(form, async () => {
      try {
        const status = await api.createWallet(pass.value);
        pass.value = confirm.value = '';
        onOpened(status);
      } catch (err) {
        await showError(error, err);
      }
    });
  });

  const plainForm = document.getElementById('create-plain-form');
  const ack = document.getElementById('create-plain-ack');
  const plain = document.getElementById('create-plain');
  ack.addEventListener('change', () => { plain.disabled = !ack.checked; });
  plainForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!ack.checked) return;
    clearError(error);
    await busy(plainForm, async () => {
      try {
        onOpened(await api.createWallet(null));
      } catch (err) {
        await showError(error, err);
        pass.focus();
      }
    });
  });

  const unlockForm = document.getElementById('unlock-form');
  const unlockPass = document.getElementById('unlock-passphrase');
  const unlockError = document.getElementById('unlock-error');
  unlockForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearError(unlockError);
    await busy(unlockForm, async () => {
      try {
        const status = await api.unlockWallet(unlockPass.value);
        unlockPass.value = '';
        onOpened(status);
      } catch (err) {
        await showError(unlockError, err);
        unlockPass.select();
        unlockPass.focus();
      }
    });
  });
}

export function showCreate() {
  showScreen('screen-create');
}

export function showUnlock(status) {
  document.getElementById('unlock-path').textContent = status.path;
  showScreen('screen-unlock');
  document.getElementById('unlock-passphrase').focus();
}

async function localError(box, id, field) {
  const p = setL10n(document.createElement('p'), id);
  box.replaceChildren(p);
  box.hidden = false;
  await translate(box);
  field.focus();
}

// Key derivation takes a moment; disable the form meanwhile so a second click does nothing.
async function busy(form, work) {
  const controls = [...form.querySelectorAll('button, input')];
  const was = controls.map((c) => c.disabled);
  controls.forEach((c) => { c.disabled = true; });
  form.setAttribute('aria-busy', 'true');
  try {
    await work();
  } finally {
    controls.forEach((c, i) => { c.disabled = was[i]; });
    form.removeAttribute('aria-busy');
  }
}
