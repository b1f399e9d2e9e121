// The ESCO database is built on first use (a few seconds): whoever needs it awaits `ready()`,
// which shows a progress bar fed by polling the core until the database is open.

import * as api from './api/index.js';
import { setL10n, translate } from './l10n.js';
import { el, number, conceptLabel } from './view.js';

let opening = null;

// Stop: the build is dropped and every screen waiting for it shows `esco-stopped`; the next
// screen that needs ESCO starts it again. The button goes away with the bar, so the keyboard
// focus moves to the page, where the screen's message is read next.
document.getElementById('esco-cancel').addEventListener('click', () => {
  api.cancelEscoBuild();
  document.getElementById('main').focus();
});

export function ready() {
  if (!opening) {
    opening = open().catch((e) => {
      opening = null;
      throw e;
    });
  }
  return opening;
}

async function open() {
  const box = document.getElementById('esco-progress');
  const bar = document.getElementById('esco-progress-bar');
  const label = document.getElementById('esco-progress-label');
  let finished = false;
  const poll = async () => {
    while (!finished) {
      const p = await api.escoProgress();
      if (!finished && p.total > 0 && p.done < p.total) {
        box.hidden = false;
        bar.max = p.total;
        bar.value = p.done;
        setL10n(label, 'esco-building', { percent: number(Math.floor((p.done * 100) / p.total)) });
        await translate(label);
      }
      await new Promise((r) => setTimeout(r, 300));
    }
  };
  const polling = poll();
  try {
    await api.prepareEsco();
  } finally {
    finished = true;
    await polling;
    box.hidden = true;
  }
}

/** Turns `box` into a search field with a list of ESCO hits of its `data-kind`; `onPick(hit)`
 *  runs when one is chosen. Each hit is a large button, reachable with Tab. */
export function searchBox(box, onPick, langOf) {
  const id = `${box.id}-input`;
  const input = el('input', { id, type: 'search', autocomplete: 'off', 'aria-describedby': `${box.id}-help` });
  const label = el('label', { for: id, l10n: [`esco-search-label-${box.dataset.kind}`] });
  const help = el('p', { id: `${box.id}-help`, class: 'help', l10n: ['esco-search-help'] });
  const results = el('ul', { class: 'esco-results', 'aria-live': 'polite' });
  box.replaceChildren(el('div', { class: 'field' }, [label, input, help]), results);
  let seq = 0;
  input.addEventListener('input', async () => {
    const mine = ++seq;
    const query = input.value.trim();
    if (query.length < 2) {
      results.replaceChildren();
      return;
    }
    await ready();
    // `any`: skills and occupations alike (a work experience links to both).
    const kind = box.dataset.kind === 'any' ? null : box.dataset.kind;
    const hits = await api.searchEsco(query, kind, langOf());
    if (mine !== seq) return;
    results.replaceChildren(
      ...hits.map((h) => {
        const button = el('button', { type: 'button', class: 'esco-hit', 'data-uri': h.uri });
        button.append(conceptLabel(h));
        button.addEventListener('click', () => onPick(h));
        return el('li', {}, [button]);
      }),
    );
    if (!hits.length) results.append(el('li', { class: 'help', l10n: ['esco-search-none'] }));
    await translate(results);
  });
}
