// Start-up and navigation. Decides the first screen from the wallet's status and wires the
// screens together; the screens themselves live in ./screens/.

import * as api from './api/index.js';
import * as l10n from './l10n.js';
import * as access from './screens/access.js';
import * as wallet from './screens/wallet.js';
import * as importer from './screens/importer.js';
import * as detail from './screens/detail.js';
import * as profile from './screens/profile.js';
import * as match from './screens/match.js';
import * as route from './screens/route.js';
import * as settings from './screens/settings.js';
import * as share from './screens/share.js';
import * as verify from './screens/verify.js';
import * as review from './screens/review.js';
import * as vaults from './screens/vaults.js';
import { showScreen, showError, refreshDates } from './view.js';

let status = null;
// True when the app runs with learners' vaults: the picker, switch user and the shell's
// auto-lock replace the single wallet's unlock screen and this page's own timer.
let vaultMode = false;
const isOpen = () => Boolean(status && status.unlocked);

// Which screen function each nav button opens; the screen that is showing is re-shown in a new
// language so its dynamic parts (ESCO labels, dates) follow too.
const screens = {
  'screen-wallet': () => wallet.show(),
  'screen-import': () => importer.show(),
  'screen-profile': () => profile.show(),
  'screen-match': () => match.show(),
  'screen-route': () => route.show(),
  'screen-review': () => review.show(),
  'screen-settings': () => settings.show(),
  'screen-share': () => share.show(),
  'screen-verify': () => verify.show(),
  'screen-about': () => showScreen('screen-about'),
};

// On a shared computer (a community centre, a library) a learner may walk away: a protected
// wallet locks itself after this long without a key press, click or touch.
const AUTO_LOCK_MS = 10 * 60 * 1000;
let idleTimer = null;

function armAutoLock() {
  clearTimeout(idleTimer);
  if (vaultMode) return;
  if (status && status.unlocked && status.encrypted) idleTimer = setTimeout(lock, AUTO_LOCK_MS);
}

function opened(next) {
  status = next;
  document.getElementById('main-nav').hidden = false;
  document.getElementById('unprotected-banner').hidden = next.encrypted !== false;
  // A wallet without a passphrase cannot be locked: the button would lie.
  document.getElementById('nav-lock').hidden = next.encrypted === false;
  armAutoLock();
  for (const b of document.querySelectorAll('#main-nav button[data-screen]')) b.hidden = false;
  // The damage check reads every page of the file, so it comes after the first page is shown.
  wallet.show().then(() => api.checkWallet()).catch(damaged);
}

// The wallet file is damaged: it was copied aside and closed. Say so; only lock or switch user
// stay (another learner's vault is not affected).
async function damaged(err) {
  for (const b of document.querySelectorAll('#main-nav button[data-screen]')) b.hidden = true;
  showScreen('screen-error');
  await showError(document.getElementById('fatal-error'), err);
}

// A vault (or guest session) is open: the same screens, with switch user instead of lock.
function openedVault(session) {
  vaultMode = true;
  document.getElementById('nav-switch-user').hidden = false;
  document.getElementById('vault-guest-banner').hidden = !session.kiosk;
  settings.useVaults(session);
  opened({ unlocked: true, encrypted: true });
  document.getElementById('nav-lock').hidden = true;
  vaults.watch();
}

async function switchUser(lockedByIdle = false) {
  vaults.stopWatching();
  // The mentor's signing key closes with the learner's session, whoever ends it.
  await review.reset().catch(() => {});
  if (!lockedByIdle) await api.switchUser();
  status = { unlocked: false };
  forget();
  document.getElementById('vault-guest-banner').hidden = true;
  await vaults.showPicker(lockedByIdle);
}

async function lock() {
  clearTimeout(idleTimer);
  await review.reset();
  status = await api.lockWallet();
  forget();
  access.showUnlock(status);
}

function forget() {
  document.getElementById('main-nav').hidden = true;
  // Nothing the learner typed or saw stays on screen for the next person at this computer.
  for (const id of ['detail-export-path', 'backup-passphrase', 'restore-passphrase', 'wallet-search',
    'wallet-filter-issuer', 'wallet-filter-status', 'wallet-filter-year']) {
    document.getElementById(id).value = '';
  }
  wallet.resetSkillFilter();
  verify.stopCamera();
  document.getElementById('credential-list').replaceChildren();
  document.getElementById('import-results').replaceChildren();
  document.getElementById('import-summary').hidden = true;
  // Nor the proofs chosen, shown or checked, nor what was last checked online.
  for (const id of ['share-pick', 'share-preview', 'verify-results', 'online-result', 'detail-online']) {
    document.getElementById(id).replaceChildren();
  }
}

function fillLanguages() {
  const { lang, available } = l10n.language();
  for (const select of [document.getElementById('language'), document.getElementById('settings-language')]) {
    select.replaceChildren(
      ...available.map((tag) => {
        const option = document.createElement('option');
        option.value = tag;
        option.lang = tag;
        option.setAttribute('data-l10n-id', `language-option-${tag}`);
        return option;
      }),
    );
    select.value = lang;
  }
}

function chooseLanguage(tag) {
  return l10n.busy(() => applyLanguage(tag));
}

async function applyLanguage(tag) {
  await l10n.choose(tag);
  for (const id of ['language', 'settings-language']) document.getElementById(id).value = l10n.language().lang;
  // Search results and a looked-up job carry ESCO labels of the old language: drop them.
  for (const list of document.querySelectorAll('.esco-results')) list.replaceChildren();
  document.getElementById('match-one').replaceChildren();
  // Dates a screen keeps without re-rendering (a verified proof) follow the language too.
  refreshDates();
  const showing = [...document.querySelectorAll('.screen')].find((s) => !s.hidden);
  if (isOpen() && showing && screens[showing.id] && showing.id !== 'screen-import') {
    await screens[showing.id]();
  }
}

async function start() {
  try {
    await l10n.init();
    fillLanguages();
    await l10n.translate();
  } finally {
    // Never leave the window blank, even if a message could not be formatted.
    document.body.classList.remove('loading');
  }

  access.setup(opened);
  vaults.setup(openedVault, () => switchUser(true));
  wallet.setup((id) => detail.show(id));
  importer.setup(isOpen);
  detail.setup(() => wallet.show());
  profile.setup((id) => detail.show(id));
  route.setup();
  review.setup();
  match.setup((uri) => route.setTarget(uri));
  settings.setup(chooseLanguage);
  share.setup();
  verify.setup();
  for (const b of document.querySelectorAll('#main-nav button[data-screen]')) {
    b.addEventListener('click', () => screens[b.dataset.screen]());
  }
  document.getElementById('nav-lock').addEventListener('click', lock);
  document.getElementById('nav-switch-user').addEventListener('click', () => switchUser());
  for (const type of ['keydown', 'pointerdown', 'wheel']) {
    document.addEventListener(type, armAutoLock, { passive: true });
  }
  document.getElementById('wallet-add').addEventListener('click', () => importer.show());
  document.getElementById('language').addEventListener('change', (e) => chooseLanguage(e.target.value));

  try {
    const session = await api.vaultSession();
    if (session.vaults) {
      if (session.open || session.kiosk) openedVault(session);
      else await vaults.showPicker();
      return;
    }
    const s = await api.walletStatus();
    if (s.unlocked) opened(s);
    else if (s.exists) access.showUnlock(s);
    else access.showCreate();
  } catch (err) {
    showScreen('screen-error');
    await showError(document.getElementById('fatal-error'), err);
  }
}

start();
