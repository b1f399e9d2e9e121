// Import: files chosen with the file input or dropped anywhere on the window are read here and
// their bytes sent to the core; each gets a result line (imported / duplicate / rejected + why).

import * as api from '../api/index.js';
import { translate } from '../l10n.js';
import { el, showScreen, verdictBadge, errorNodes } from '../view.js';

let canImport = () => false;

export function setup(isOpen) {
  canImport = isOpen;
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

async function importAll(files) {
  const results = document.getElementById('import-results');
  document.getElementById('import-results-title').hidden = false;
  results.replaceChildren();
  // One at a time, in the order given: the wallet takes one write at a time anyway.
  for (const file of files) {
    const line = el('li', {}, [el('span', { class: 'result-file', dir: 'auto', text: file.name })]);
    results.append(line);
    try {
      const r = await api.importFile(file);
      line.className = r.status;
      line.append(
        el('p', { class: 'result-status', l10n: [`import-result-${r.status}`] }),
        verdictBadge(r.verified),
      );
    } catch (err) {
      line.className = 'rejected';
      line.append(el('p', { class: 'result-status', l10n: ['import-result-rejected'] }), ...errorNodes(err));
    }
    await translate(line);
    for (const p of line.querySelectorAll('.hint')) {
      if (p.textContent === p.getAttribute('data-l10n-id')) p.remove();
    }
  }
  await translate(document.getElementById('import-results-title'));
}
