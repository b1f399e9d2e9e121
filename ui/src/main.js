// Start-up and navigation. Decides the first screen from the wallet's status and wires the
// screens together; the screens themselves live in ./screens/.

import * as api from './api/index.js';
import * as l10n from './l10n.js';
import * as access from './screens/access.js';
import * as wallet from './screens/wallet.js';
import * as importer from './screens/importer.js';
import * as detail from './screens/detail.js';
import { showScreen, showError } from './view.js';

let status = null;
const isOpen = () => Boolean(status && status.unlocked);

function opened(next) {
  status = next;
  document.getElementById('main-nav').hidden = false;
  document.getElementById('unprotected-banner').hidden = next.encrypted !== false;
  wallet.show();
}

function fillLanguages() {
  const select = document.getElementById('language');
  const { lang, available } = l10n.language();
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
  wallet.setup((id) => detail.show(id));
  importer.setup(isOpen);
  detail.setup(() => wallet.show());
  document.getElementById('nav-wallet').addEventListener('click', () => wallet.show());
  document.getElementById('nav-import').addEventListener('click', () => importer.show());
  document.getElementById('wallet-add').addEventListener('click', () => importer.show());
  document.getElementById('language').addEventListener('change', async (e) => {
    await l10n.choose(e.target.value);
  });

  try {
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
