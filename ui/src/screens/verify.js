// Verify a proof: someone opens a proof file (a photo or scan of the QR codes, the printed PDF,
// or the codes as text); each proof in it is decoded and checked offline by the core, and shown
// with the signed holder name up front (compare it with an ID document) and every check in plain
// words, as on the credential screen. With a camera, "Scan with camera" sends a picture of what it
// sees to the same check a few times a second until a proof is found (or Stop, or another screen).

import * as api from '../api/index.js';
import { translate } from '../l10n.js';
import { el, showScreen, verdictBadge, errorNodes, showError, clearError, dropMissingHints } from '../view.js';
import { checkItem } from './detail.js';

const $ = (id) => document.getElementById(id);

// How often the camera's picture is looked at: often enough to feel immediate, rarely enough
// that an old PC keeps up (one look decodes a full picture).
const SCAN_EVERY_MS = 700;
let stream = null;
// Each start and stop bumps this, so a look still on its way after a stop is dropped.
let scanning = 0;

export function setup() {
  const input = $('verify-input');
  input.addEventListener('change', async () => {
    const file = input.files[0];
    input.value = '';
    if (file) await verify(file);
  });
  if (navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
    $('verify-camera').hidden = false;
    $('verify-camera-start').addEventListener('click', startCamera);
    $('verify-camera-stop').addEventListener('click', stopCamera);
  }
}

/** Turns the camera off (Stop, another screen, the wallet locked). */
export function stopCamera() {
  scanning += 1;
  if (stream) stream.getTracks().forEach((t) => t.stop());
  stream = null;
  $('verify-video').srcObject = null;
  $('verify-camera-live').hidden = true;
  $('verify-camera-start').hidden = false;
}

async function startCamera() {
  const error = $('verify-camera-error');
  clearError(error);
  try {
    stream = await cameraStream();
  } catch {
    // No camera, or none the system lets us use: the photo way still works.
    error.replaceChildren(el('p', { class: 'message', l10n: ['verify-camera-unavailable'] }));
    error.hidden = false;
    await translate(error);
    return;
  }
  const video = $('verify-video');
  video.srcObject = stream;
  video.dataset.looks = '0';
  $('verify-camera-start').hidden = true;
  $('verify-camera-live').hidden = false;
  await translate($('verify-camera-live'));
  const mine = ++scanning;
  while (mine === scanning) {
    await new Promise((r) => setTimeout(r, SCAN_EVERY_MS));
    if ($('screen-verify').hidden) stopCamera();
    if (mine !== scanning || video.readyState < 2) continue;
    let found;
    try {
      found = await api.verifyProof(new File([await picture(video)], 'camera.png', { type: 'image/png' }));
    } catch {
      // No code in view yet (or only part of a set): keep looking.
      continue;
    } finally {
      video.dataset.looks = String(Number(video.dataset.looks) + 1);
    }
    if (mine !== scanning) return;
    stopCamera();
    await showFound(found, '📷');
    return;
  }
}

/** The camera's pictures (video only: a proof is read, nothing is heard). */
function cameraStream() {
  return navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 1280 } }, audio: false });
}

/** What the camera sees now, as a PNG. */
function picture(video) {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext('2d').drawImage(video, 0, 0);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
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
    await showFound(await api.verifyProof(file), file.name);
  } catch (err) {
    await showError(error, err);
  } finally {
    $('verify-busy').hidden = true;
  }
}

async function showFound(found, source) {
  const results = $('verify-results');
  results.replaceChildren(...found.map((f) => proofItem(f, source)));
  await translate(results);
  dropMissingHints(results);
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
