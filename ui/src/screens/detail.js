// One credential: its fields, the verdict and each check in plain words, and the SHA-256 of the
// original bytes (so a learner can prove the file is unchanged).

import * as api from '../api/index.js';
import { translate, formatDate } from '../l10n.js';
import * as online from '../online.js';
import { el, screenWhenReady, verdictBadge, showError, clearError, number, dropMissingHints } from '../view.js';

let currentId = null;
let folder = '';

export function setup(back) {
  document.getElementById('detail-back').addEventListener('click', back);
  document.getElementById('detail-reverify').addEventListener('click', async () => {
    if (!currentId) return;
    const button = document.getElementById('detail-reverify');
    button.disabled = true;
    try {
      await api.reverifyCredential(currentId);
      await show(currentId);
    } finally {
      button.disabled = false;
    }
  });
  document.getElementById('detail-check-online').addEventListener('click', async () => {
    if (!currentId) return;
    const box = document.getElementById('detail-online');
    const id = currentId;
    const $ = (name) => document.getElementById(name);
    const progress = { box: $('detail-online-progress'), bar: $('detail-online-progress-bar'), label: $('detail-online-progress-label'), cancel: $('detail-online-cancel') };
    const result = await online.check(id, $('detail-check-online'), box, progress);
    if (!result || currentId !== id) return;
    // The verdict may have changed: show it again, with the result kept below it.
    const kept = [...box.childNodes];
    await show(id);
    box.replaceChildren(...kept);
  });
  const form = document.getElementById('detail-export');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const result = document.getElementById('detail-export-result');
    clearError(result);
    result.className = '';
    try {
      const written = await api.exportOriginal(currentId, document.getElementById('detail-export-path').value);
      result.replaceChildren(el('p', { class: 'ok-text', l10n: ['saved-to', { path: written }] }));
      result.hidden = false;
      await translate(result);
    } catch (err) {
      result.className = 'error';
      await showError(result, err);
    }
  });
}

/** The folder save fields start in (asked once). */
export async function startFolder() {
  if (!folder) folder = await api.defaultFolder();
  return folder;
}

const join = (dir, name) => (dir ? `${dir.replace(/\/+$/, '')}/${name}` : name);

export async function show(id) {
  if (id !== currentId) document.getElementById('detail-online').replaceChildren();
  const name = document.getElementById('detail-name');
  const fields = document.getElementById('detail-fields');
  const checks = document.getElementById('detail-checks');
  const verdict = document.getElementById('detail-verdict');
  const appear = screenWhenReady('screen-detail');
  let c;
  try {
    c = await api.showCredential(id);
  } catch (err) {
    name.textContent = '';
    fields.replaceChildren();
    checks.replaceChildren(el('li', { class: 'error', role: 'alert' }));
    await showError(checks.firstChild, err);
    appear();
    return;
  }
  currentId = id;
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
    ['detail-checked-at', c.verdict ? formatDate(c.verdict.checked_at) : null, 'date'],
    ['detail-nqf', m.nqf_level, 'text'],
    ['detail-assessment', m.assessment_type, 'text'],
    ['detail-participation', m.participation, 'text'],
    ['detail-quality-assurance', m.quality_assurance, 'text'],
    ['detail-issued', formatDate(c.issued), 'date'],
    ['detail-valid-from', formatDate(c.valid_from), 'date'],
    ['detail-valid-until', formatDate(c.valid_until), 'date'],
    ['detail-format', c.format, 'code'],
    ['detail-source', c.source_name, 'text'],
    ['detail-imported', formatDate(c.imported_at), 'date'],
    ['detail-credential-id', c.credential_id, 'code'],
    ['detail-issuer-id', c.issuer_id, 'code'],
    ['detail-sha256', c.sha256, 'code'],
  ];
  fields.replaceChildren();
  for (const [label, value, kind] of rows) {
    if (value === null || value === undefined || value === '') continue;
    const dd = el('dd', { dir: kind === 'text' || kind === 'date' || kind === 'number' ? 'auto' : 'ltr' });
    if (label === 'detail-sha256') dd.id = 'detail-sha256';
    const shown = kind === 'number' ? number(value) : value;
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
  const endorsements = document.getElementById('detail-endorsements');
  endorsements.replaceChildren(...c.endorsements.map((e) => el('li', {}, [
    el('p', { class: 'endorser', l10n: [`detail-endorsement-${e.about}`, { endorser: e.endorser || '?' }] }),
    ...(e.comment ? [el('p', { dir: 'auto', text: e.comment })] : []),
    ...(e.issued ? [el('p', { class: 'help', text: formatDate(e.issued) })] : []),
  ])));
  if (!c.endorsements.length) endorsements.append(el('li', { l10n: ['detail-no-endorsements'] }));
  micro(c);
  document.getElementById('detail-export-path').value = join(await startFolder(), c.source_name || `${c.id}.json`);
  clearError(document.getElementById('detail-export-result'));
  await translate(document.getElementById('screen-detail'));
  dropMissingHints(checks);
  appear();
}

// The EU Council Recommendation's mandatory elements of a micro-credential: which ones this
// credential states. Presence only; what the values mean is shown in the fields above.
function micro(c) {
  const m = c.micro;
  const elements = [
    ['learner', c.learner || c.learner_id],
    ['title', c.name],
    ['awarding-body', c.awarding_body || c.issuer],
    ['date', c.issued || c.valid_from],
    ['outcomes', c.learning_outcomes.length],
    ['workload', m.ects || m.workload_hours],
    ['level', m.eqf_level || m.nqf_level],
    ['assessment', m.assessment_type],
    ['participation', m.participation],
    ['quality', m.quality_assurance],
  ];
  const list = document.getElementById('detail-micro');
  list.replaceChildren(...elements.map(([key, value]) => {
    const has = Boolean(value);
    return el('li', { class: has ? 'has' : 'lacks' }, [
      el('span', { class: 'icon', 'aria-hidden': 'true', text: has ? '✓' : '–' }),
      el('span', { l10n: [`micro-${key}`] }),
      el('span', { class: 'micro-state', l10n: [has ? 'micro-present' : 'micro-absent'] }),
    ]);
  }));
  const count = elements.filter(([, v]) => Boolean(v)).length;
  list.prepend(el('li', { class: 'summary', l10n: ['micro-summary', { count, total: elements.length }] }));
}

export function checkItem(check) {
  const verified = check.outcome === 'passed' ? true : check.outcome === 'failed' ? false : null;
  const badge = verdictBadge(verified);
  badge.lastChild.setAttribute('data-l10n-id', `detail-check-outcome-${check.outcome}`);
  return el('li', { class: `check ${check.outcome}` }, [
    badge,
    el('span', { class: 'check-head', l10n: [`detail-check-name-${check.check}`] }),
    el('p', { class: 'check-message', l10n: [check.message, check.args] }),
    ...(check.outcome === 'passed' ? [] : [el('p', { class: 'check-todo hint', l10n: [`detail-check-todo-${check.check}-${check.outcome}`] })]),
  ]);
}
