// One credential: its fields, the verdict and each check in plain words, and the SHA-256 of the
// original bytes (so a learner can prove the file is unchanged).

import * as api from '../api/index.js';
import { translate } from '../l10n.js';
import { el, showScreen, verdictBadge, datePart, showError } from '../view.js';

export function setup(back) {
  document.getElementById('detail-back').addEventListener('click', back);
}

export async function show(id) {
  const name = document.getElementById('detail-name');
  const fields = document.getElementById('detail-fields');
  const checks = document.getElementById('detail-checks');
  const verdict = document.getElementById('detail-verdict');
  let c;
  try {
    c = await api.showCredential(id);
  } catch (err) {
    name.textContent = '';
    fields.replaceChildren();
    checks.replaceChildren(el('li', { class: 'error', role: 'alert' }));
    await showError(checks.firstChild, err);
    showScreen('screen-detail');
    return;
  }
  name.textContent = c.name;
  verdict.replaceChildren(verdictBadge(c.verdict ? c.verdict.verified : null));
  const rows = [
    ['detail-issuer', c.issuer],
    ['detail-learner', c.learner],
    ['detail-achievement', c.achievement !== c.name ? c.achievement : null],
    ['detail-description', c.description],
    ['detail-criteria', c.criteria],
    ['detail-issued', datePart(c.issued)],
    ['detail-valid-from', datePart(c.valid_from)],
    ['detail-valid-until', datePart(c.valid_until)],
    ['detail-format', c.format, 'ltr'],
    ['detail-source', c.source_name],
    ['detail-imported', datePart(c.imported_at)],
    ['detail-credential-id', c.credential_id, 'ltr'],
    ['detail-issuer-id', c.issuer_id, 'ltr'],
    ['detail-sha256', c.sha256, 'ltr', 'detail-sha256'],
  ];
  fields.replaceChildren();
  for (const [label, value, dir, elId] of rows) {
    if (!value) continue;
    const dd = el('dd', { dir: dir || 'auto' });
    if (elId) dd.id = elId;
    dd.append(dir === 'ltr' ? el('code', { text: value }) : value);
    fields.append(el('dt', { l10n: [label] }), dd);
  }
  if (c.skills.length) {
    const list = el('ul', { class: 'skills', dir: 'ltr' }, c.skills.map((s) => el('li', {}, [el('code', { text: s })])));
    fields.append(el('dt', { l10n: ['detail-skills'] }), el('dd', {}, [list]));
  }
  const items = c.verdict ? c.verdict.checks : [];
  checks.replaceChildren(...items.map(checkItem));
  if (!items.length) checks.append(el('li', { l10n: ['detail-no-checks'] }));
  await translate(document.getElementById('screen-detail'));
  showScreen('screen-detail');
}

function checkItem(check) {
  const verified = check.outcome === 'passed' ? true : check.outcome === 'failed' ? false : null;
  const badge = verdictBadge(verified);
  badge.lastChild.setAttribute('data-l10n-id', `detail-check-outcome-${check.outcome}`);
  return el('li', { class: `check ${check.outcome}` }, [
    badge,
    el('span', { class: 'check-head', l10n: [`detail-check-name-${check.check}`] }),
    el('p', { class: 'check-message', l10n: [check.message, check.args] }),
  ]);
}
