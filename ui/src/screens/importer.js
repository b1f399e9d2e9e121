// Import: files chosen with the file input or dropped anywhere on the window are read here and
// their bytes sent to the core; each gets a result line (imported / duplicate / rejected + why).

import * as api from '../api/index.js';
import { translate, setL10n } from '../l10n.js';
import { el, showScreen, verdictBadge, errorNodes, dropMissingHints } from '../view.js';

let canImport = () => false;

export function setup(isOpen) {
  canImport = isOpen;
  document.getElementById('import-cancel').addEventListener('click', () => { cancelled = true; });
  const input = document.getElementById('import-input');
  input.addEventListener('change', async () => {
    const files = [...input.files];
    input.value = '';
    await importAll(files);
  });
  // The whole window is a drop target once the wallet is open (Tauri's own drop handling is off
  // in tauri.conf.json so the webview gets the files).
  document.addEventListener('dragover', (e) => {
    if (!canImport()) return;
    e.preventDefault();
    document.body.classList.add('dragging');
  });
  document.addEventListener('dragleave', (e) => {
    if (e.target === document.documentElement || !e.relatedTarget) document.body.classList.remove('dragging');
  });
  document.addEventListener('drop', async (e) => {
    document.body.classList.remove('dragging');
    if (!canImport()) return;
    e.preventDefault();
    const files = [...(e.dataTransfer ? e.dataTransfer.files : [])];
    if (!files.length) return;
    show();
    await importAll(files);
  });
}

export function show() {
  showScreen('screen-import');
}

let cancelled = false;

async function importAll(files) {
  const results = document.getElementById('import-results');
  const box = document.getElementById('import-progress');
  const bar = document.getElementById('import-progress-bar');
  const label = document.getElementById('import-progress-label');
  document.getElementById('import-results-title').hidden = false;
  results.replaceChildren();
  document.getElementById('import-summary').hidden = true;
  cancelled = false;
  // Progress and a way to stop only matter when there are several files.
  box.hidden = files.length < 2;
  bar.max = files.length;
  let done = 0;
  const counts = { imported: 0, duplicate: 0, rejected: 0 };
  // One at a time, in the order given: the wallet takes one write at a time anyway.
  for (const file of files) {
    if (cancelled) break;
    setL10n(label, 'import-progress', { done: done + 1, total: files.length });
    bar.value = done;
    if (!box.hidden) await translate(label);
    const line = el('li', {}, [el('span', { class: 'result-file', dir: 'auto', text: file.name })]);
    results.append(line);
    try {
      const r = await api.importFile(file);
      line.className = r.status;
      counts[r.status] += 1;
      line.append(
        el('p', { class: 'result-status', l10n: [`import-result-${r.status}`] }),
        verdictBadge(r.verified),
      );
    } catch (err) {
      line.className = 'rejected';
      counts.rejected += 1;
      line.append(el('p', { class: 'result-status', l10n: ['import-result-rejected'] }), ...errorNodes(err));
    }
    await translate(line);
    dropMissingHints(line);
    done += 1;
  }
  box.hidden = true;
  const summary = document.getElementById('import-summary');
  setL10n(summary, cancelled ? 'import-summary-cancelled' : 'import-summary', { ...counts, total: files.length, done });
  await translate(summary);
  summary.hidden = false;
  await translate(document.getElementById('import-results-title'));
}
