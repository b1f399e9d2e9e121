// Verify a proof: someone opens a proof file (a photo or scan of the QR codes, the printed PDF,
// or the codes as text); each proof in it is decoded and checked offline by the core, and shown
// with the signed holder name up front (compare it with an ID document) and every check in plain
// words, as on the credential screen. A camera scan is not offered: open a photo instead.

import * as api from '../api/index.js';
import { translate } from '../l10n.js';
import { el, showScreen, verdictBadge, errorNodes, showError, clearError, dropMissingHints } from '../view.js';
import { checkItem } from './detail.js';

const $ = (id) => document.getElementById(id);

export function setup() {
  const input = $('verify-input');
  input.addEventListener('change', async () => {
    const file = input.files[0];
    input.value = '';
    if (file) await verify(file);
  });
}

export function show() {
  showScreen('screen-verify');
}

async function verify(file) {
  const results = $('verify-results');
  const error = $('verify-error');
  clearError(error);
  results.replaceChildren();
  $('verify-busy').hidden = false;
  await translate($('verify-busy'));
  try {
    const found = await api.verifyProof(file);
    results.replaceChildren(...found.map((f) => proofItem(f, file.name)));
    await translate(results);
    dropMissingHints(results);
  } catch (err) {
    await showError(error, err);
  } finally {
    $('verify-busy').hidden = true;
  }
}

function proofItem(f, fileName) {
  const verified = f.verdict ? f.verdict.verified : null;
  const trust = f.verdict ? f.verdict.trust : 'red';
  const head = [el('p', { class: 'result-file', dir: 'auto', text: fileName })];
  if (f.proof === 'failed') {
    return el('li', { class: 'proof trust-red' }, [...head, verdictBadge(false), ...errorNodes(f.error)]);
  }
  if (f.proof === 'link') {
    return el('li', { class: 'proof trust-amber' }, [
      ...head,
      verdictBadge(null),
      el('p', { l10n: ['verify-link'] }),
      el('p', { dir: 'ltr' }, [el('code', { text: f.link })]),
    ]);
  }
  const badge = verdictBadge(verified);
  // A card nobody trusted signed says what it claims, and proves nothing on its own.
  if (f.proof === 'card' && verified !== true) badge.lastChild.setAttribute('data-l10n-id', 'verify-card-summary');
  const dl = el('dl', { class: 'fields' });
  if (f.issuer) dl.append(el('dt', { l10n: ['verify-issuer'] }), el('dd', { dir: 'auto', text: f.issuer }));
  // The date keeps its ISO form beside it: a change of language reformats it in place.
  if (f.issued) dl.append(el('dt', { l10n: ['verify-issued'] }), el('dd', { dir: 'auto', class: 'verify-issued', date: f.issued }));
  dl.append(el('dt', { l10n: ['verify-kind'] }), el('dd', { l10n: [`verify-kind-${f.proof}`, { codes: f.codes }] }));
  const checks = f.verdict ? f.verdict.checks : [];
  return el('li', { class: `proof trust-${trust}` }, [
    ...head,
    badge,
    el('h2', { dir: 'auto', text: f.name || '' }),
    ...(f.holder ? [
      el('p', { class: 'holder' }, [
        el('span', { l10n: ['verify-holder'] }), ' ',
        el('strong', { dir: 'auto', text: f.holder }),
      ]),
      el('p', { class: 'id-note' }, [
        el('span', { class: 'icon', 'aria-hidden': 'true', text: '⚠' }), ' ',
        el('span', { l10n: ['verify-compare-id'] }),
      ]),
    ] : []),
    dl,
    el('h3', { l10n: ['detail-checks-title'] }),
    el('ul', { class: 'checks' }, checks.map(checkItem)),
  ]);
}
