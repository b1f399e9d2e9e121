// Share: the learner ticks credentials; their QR codes (the very images the core prints) appear,
// with what the printed sheet will hold (pages, two languages). The proof is saved to a file the
// learner names (.pdf sheet, .png codes) or the on-screen codes are printed (window.print works
// offline; print styles keep only the codes).

import * as api from '../api/index.js';
import { translate, setL10n, language, format } from '../l10n.js';
import { el, screenWhenReady, showError, clearError } from '../view.js';
import { startFolder } from './detail.js';

const $ = (id) => document.getElementById(id);
// Each refresh gets a number; an answer to an older one is dropped (the learner kept ticking).
let generation = 0;

export function setup() {
  $('share-pick').addEventListener('change', refresh);
  $('share-second-lang').addEventListener('change', refreshSheet);
  $('share-print').addEventListener('click', () => window.print());
  $('share-save').addEventListener('submit', async (e) => {
    e.preventDefault();
    const result = $('share-save-result');
    clearError(result);
    result.className = '';
    const button = $('share-save-submit');
    button.disabled = true;
    try {
      const saved = await api.saveProof(chosen(), $('share-path').value, language().lang, secondLang());
      result.replaceChildren(el('p', { class: 'ok-text', l10n: ['share-saved', { path: saved.path, pages: saved.pages }] }));
      result.hidden = false;
      await translate(result);
    } catch (err) {
      result.className = 'error';
      await showError(result, err);
    } finally {
      button.disabled = chosen().length === 0;
    }
  });
}

const chosen = () => [...document.querySelectorAll('#share-pick input:checked')].map((i) => i.value);
const secondLang = () => $('share-second-lang').value || null;

// The sheet's second language when the learner picked none: Dutch, or English for Dutch (as the core).
const defaultSecond = (lang) => (lang === 'nl' ? 'en' : 'nl');

export async function show() {
  const appear = screenWhenReady('screen-share');
  const before = new Set(chosen());
  const list = await api.listCredentials();
  $('share-pick').replaceChildren(...list.map((c) => {
    const id = `share-pick-${c.id}`;
    const box = el('input', { type: 'checkbox', id, value: c.id });
    box.checked = before.has(c.id);
    return el('li', { class: 'check-field' }, [
      box,
      el('label', { for: id, dir: 'auto', text: c.issuer ? `${c.name} — ${c.issuer}` : c.name }),
    ]);
  }));
  $('share-empty').hidden = list.length > 0;
  const { lang, available } = language();
  const select = $('share-second-lang');
  const keep = select.value;
  select.replaceChildren(...available.filter((t) => t !== lang).map((tag) => {
    const option = el('option', { value: tag, lang: tag, l10n: [`language-option-${tag}`] });
    return option;
  }));
  select.value = keep && keep !== lang ? keep : defaultSecond(lang);
  if (!$('share-path').value) {
    const today = new Date().toISOString().slice(0, 10);
    $('share-path').value = `${await startFolder()}/erkend-proof-${today}.pdf`;
  }
  clearError($('share-save-result'));
  await translate($('screen-share'));
  appear();
  await refresh();
}

async function refresh() {
  const mine = ++generation;
  const ids = chosen();
  const preview = $('share-preview');
  const error = $('share-preview-error');
  clearError(error);
  $('share-save-submit').disabled = ids.length === 0;
  $('share-print').disabled = ids.length === 0;
  if (!ids.length) {
    preview.replaceChildren(el('p', { class: 'empty', l10n: ['share-none-chosen'] }));
    $('share-sheet-info').replaceChildren();
    await translate(preview);
    return;
  }
  try {
    const shared = await api.shareCodes(ids);
    if (mine !== generation) return;
    preview.replaceChildren(...shared.map(credentialCodes));
    await translate(preview);
  } catch (err) {
    if (mine !== generation) return;
    preview.replaceChildren();
    await showError(error, err);
    return;
  }
  await refreshSheet();
}

function credentialCodes(c) {
  const total = c.codes.length;
  const figures = c.codes.map((code, i) => {
    const img = el('img', {
      class: 'qr', src: code.png,
      'data-l10n-attr': 'alt', 'data-l10n-id': 'share-code-alt',
      'data-l10n-args': JSON.stringify({ name: c.name, index: String(i + 1), total: String(total) }),
    });
    // Shown (and printed) at the sheet's pitch: 7 dots at 300 dpi = 0.593 mm per module. Set
    // through the CSSOM, which the strict CSP allows (inline style attributes it does not).
    img.style.inlineSize = `${(code.modules * 7 * 25.4) / 300}mm`;
    const caption = total > 1 ? [el('figcaption', { l10n: ['share-code-part', { index: i + 1, total }] })] : [];
    return el('figure', { class: 'qr-figure' }, [img, ...caption]);
  });
  return el('article', { class: 'share-credential' }, [
    el('h2', { dir: 'auto', text: c.name }),
    el('p', { class: 'help', dir: 'auto', text: c.issuer }),
    el('div', { class: 'qr-row' }, figures),
  ]);
}

async function refreshSheet() {
  const mine = generation;
  const ids = chosen();
  const info = $('share-sheet-info');
  if (!ids.length) return;
  try {
    const sheet = await api.shareSheet(ids, language().lang, secondLang());
    const [first, second] = await format([
      { id: `language-option-${sheet.lang}`, args: {} },
      { id: `language-option-${sheet.second_lang}`, args: {} },
    ]);
    if (mine !== generation) return;
    info.className = '';
    setL10n(info, 'share-sheet-info', { pages: sheet.pages, first, second });
    await translate(info);
  } catch (err) {
    if (mine !== generation) return;
    info.className = 'error';
    info.removeAttribute('data-l10n-id');
    await showError(info, err);
  }
}
