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
  // The picture comes from the file itself (a data: URI); nothing is ever fetched.
  const picture = document.getElementById('detail-image');
  picture.hidden = !c.image;
  if (c.image) {
    picture.src = c.image;
    picture.alt = c.name;
  } else {
    picture.removeAttribute('src');
  }
  const m = c.micro;
  // [label, value, kind]: 'text' keeps the value's own direction, 'date' and 'code' are
  // always left to right (a date or a hash reads the same in every language).
  const rows = [
    ['detail-issuer', c.issuer, 'text'],
    ['detail-learner', c.learner, 'text'],
    ['detail-achievement', c.achievement !== c.name ? c.achievement : null, 'text'],
    ['detail-description', c.description, 'text'],
    ['detail-criteria', c.criteria, 'text'],
    ['detail-awarding-body', c.awarding_body !== c.issuer ? c.awarding_body : null, 'text'],
    ['detail-ects', m.ects, 'number'],
    ['detail-workload', m.workload_hours, 'number'],
    ['detail-eqf', m.eqf_level, 'number'],
    ['detail-nqf', m.nqf_level, 'text'],
    ['detail-assessment', m.assessment_type, 'text'],
    ['detail-participation', m.participation, 'text'],
    ['detail-quality-assurance', m.quality_assurance, 'text'],
    ['detail-issued', datePart(c.issued), 'date'],
    ['detail-valid-from', datePart(c.valid_from), 'date'],
    ['detail-valid-until', datePart(c.valid_until), 'date'],
    ['detail-format', c.format, 'code'],
    ['detail-source', c.source_name, 'text'],
    ['detail-imported', datePart(c.imported_at), 'date'],
    ['detail-credential-id', c.credential_id, 'code'],
    ['detail-issuer-id', c.issuer_id, 'code'],
    ['detail-sha256', c.sha256, 'code'],
  ];
  fields.replaceChildren();
  for (const [label, value, kind] of rows) {
    if (value === null || value === undefined || value === '') continue;
    const dd = el('dd', { dir: kind === 'text' ? 'auto' : 'ltr' });
    if (label === 'detail-sha256') dd.id = 'detail-sha256';
    const shown = kind === 'number' ? value.toLocaleString(document.documentElement.lang) : value;
    dd.append(kind === 'code' ? el('code', { text: value }) : String(shown));
    fields.append(el('dt', { l10n: [label] }), dd);
  }
  if (c.learning_outcomes.length) {
    const list = el('ul', { class: 'outcomes' }, c.learning_outcomes.map((o) => el('li', { dir: 'auto', text: o })));
    fields.append(el('dt', { l10n: ['detail-learning-outcomes'] }), el('dd', {}, [list]));
  }
  if (c.skills.length) {
    const list = el('ul', { class: 'skills' }, c.skills.map((s) => el('li', {}, [el('code', { text: s })])));
    fields.append(el('dt', { l10n: ['detail-skills'] }), el('dd', { dir: 'ltr' }, [list]));
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
