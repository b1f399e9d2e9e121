// Small DOM helpers shared by the screens: screen switching, error display, verdict badges.
// Text always goes in through textContent or l10n ids, never as HTML.

import { setL10n, translate, formatDate } from './l10n.js';

/** Shows one screen, hides the others, moves focus to its heading for screen readers. */
// Every screen shown, or asked for by a screen that fills itself first, takes the next number:
// a screen whose content arrives after the learner has gone to another one (a big wallet's first
// page on a slow PC) must not pull them back.
let screensAsked = 0;

export function showScreen(id) {
  screensAsked += 1;
  for (const s of document.querySelectorAll('.screen')) s.hidden = s.id !== id;
  for (const b of document.querySelectorAll('#main-nav button[data-screen]')) {
    if (b.dataset.screen === id) b.setAttribute('aria-current', 'page');
    else b.removeAttribute('aria-current');
  }
  const heading = document.querySelector(`#${id} h1`);
  if (heading) heading.focus();
}

/** For a screen that fills itself before it appears: call before the work; the returned function
 *  shows the screen, unless another screen was shown or asked for meanwhile. */
export function screenWhenReady(id) {
  const mine = ++screensAsked;
  return () => {
    if (mine === screensAsked) showScreen(id);
  };
}

export function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k === 'l10n') setL10n(node, v[0], v[1]);
    else if (k === 'date') dateInto(node, v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
}

/** Fills `box` with the translated message and hint of a CommandError, and shows it. */
export async function showError(box, error) {
  box.replaceChildren(...errorNodes(error));
  box.hidden = false;
  await translate(box);
  // The hint is optional: the localizer returns the id when a locale has none.
  for (const p of box.querySelectorAll('.hint')) {
    if (p.textContent === p.getAttribute('data-l10n-id')) p.remove();
  }
}

export function errorNodes(error) {
  const code = error && error.code ? error.code : 'ipc';
  const args = error && error.args ? error.args : {};
  return [
    el('p', { class: 'message', l10n: [`error-${code}`, args] }),
    el('p', { class: 'hint', l10n: [`hint-${code}`, args] }),
  ];
}

export function clearError(box) {
  box.hidden = true;
  box.replaceChildren();
}

/** A verdict badge: icon plus words, colour only as a third cue. */
export function verdictBadge(verified) {
  const [cls, icon, id] =
    verified === true ? ['ok', '✓', 'verdict-verified']
    : verified === false ? ['bad', '✗', 'verdict-failed']
    : ['unknown', '?', 'verdict-unchecked'];
  return el('span', { class: `verdict ${cls}` }, [
    el('span', { class: 'icon', 'aria-hidden': 'true', text: icon }),
    el('span', { l10n: [id] }),
  ]);
}

/** Shows the RFC 3339 date `iso` in `node` and keeps it there (`data-date`), so a change of
 *  language can reformat it without re-rendering the screen (see `refreshDates`). */
function dateInto(node, iso) {
  if (!iso) return;
  node.setAttribute('data-date', iso);
  node.textContent = formatDate(iso);
}

/** Reformats every date shown with `el(…, { date })` under `root` in the current language: a
 *  screen that is not re-rendered on a change of language (a verified proof) follows it too. */
export function refreshDates(root = document) {
  for (const node of root.querySelectorAll('[data-date]')) node.textContent = formatDate(node.getAttribute('data-date'));
}

/** A number in the UI language's digits and separators. */
export function number(n, options) {
  try {
    return new Intl.NumberFormat(document.documentElement.lang, options).format(n);
  } catch {
    return String(n);
  }
}

/** An ESCO concept's label; a label that is not in the UI language carries its own `lang` and a
 *  visible mark naming that language. */
export function conceptLabel(c, tag = 'span') {
  const node = el(tag, { class: 'concept', lang: c.lang === 'zxx' ? 'en' : c.lang, dir: 'auto', text: c.label });
  if (!c.fallback) return node;
  const mark = el('span', { class: 'fallback-mark', l10n: ['esco-fallback-mark', { lang: c.lang }] });
  return el('span', { class: 'concept-wrap' }, [node, ' ', mark]);
}

/** Removes hint lines whose message is missing (the localizer returns the id). */
export function dropMissingHints(root) {
  for (const p of root.querySelectorAll('.hint')) {
    if (p.textContent === p.getAttribute('data-l10n-id')) p.remove();
  }
}

/** "Confirmed by …": who vouched for a skill (names as they signed, with their organisation). */
export function endorsedBy(endorsers) {
  const names = endorsers.map((e) => (e.organisation ? `${e.name} (${e.organisation})` : e.name)).filter(Boolean);
  return el('p', { class: 'endorsed-by', dir: 'auto', l10n: ['skill-endorsed-by', { names: names.join(', ') }] });
}
