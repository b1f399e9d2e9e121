// The only module that talks to the Rust side. Every command's name and argument shape is here,
// so the rest of the UI never calls `invoke` and never sees Tauri.
// Errors arrive as structured `{code, args}` and are rethrown as `CommandError`.

const { invoke } = window.__TAURI__.core;

/** A failed command: `code` names the Fluent messages `error-<code>` / `hint-<code>`. */
export class CommandError extends Error {
  constructor(code, args) {
    super(code);
    this.code = code;
    this.args = args || {};
  }
}

async function call(command, args, options) {
  try {
    return await invoke(command, args, options);
  } catch (e) {
    if (e && typeof e === 'object' && typeof e.code === 'string') {
      throw new CommandError(e.code, e.args);
    }
    // Not one of ours (e.g. Tauri refused the call): keep its text as an argument.
    throw new CommandError('ipc', { reason: String(e) });
  }
}

/** `{path, exists, unlocked, encrypted}` */
export const walletStatus = () => call('wallet_status');

/** Creates the wallet; `passphrase` null means explicitly unprotected. */
export const createWallet = (passphrase) => call('create_wallet', { passphrase });

export const unlockWallet = (passphrase) => call('unlock_wallet', { passphrase });

export const listCredentials = () => call('list_credentials');

/**
 * One page of the list, searched/filtered/sorted in the core: `query` is
 * `{search, issuer, skill, trust, year, sort, offset, limit}`; returns a CardPage.
 */
export const listCards = (query) => call('list_cards', { query });

/** The issuers, years and skills the list's filters offer (CardFacets). */
export const cardFacets = () => call('card_facets');

export const showCredential = (id) => call('show_credential', { id });

/** Sends a File's bytes as the raw IPC body, its name (percent-encoded) in a header. */
export async function importFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return call('import_file', bytes, {
    headers: { 'x-file-name': encodeURIComponent(file.name) },
  });
}

/** Formats `[{id, args}]` in `lang`; returns the strings in the same order. */
export const localize = (lang, messages) => call('localize', { lang, messages });

/** Negotiates the UI language: `{lang, dir, available}`. */
export const uiLanguage = (requested) => call('ui_language', { requested });

/** Closes the wallet; returns the new status. */
export const lockWallet = () => call('lock_wallet');

/** Writes a credential's original file to `path` (absolute); returns the path written. */
export const exportOriginal = (id, path) => call('export_original', { id, path });

/** Writes an encrypted backup to `path`; returns the path written. */
export const backupWallet = (path, passphrase) => call('backup_wallet', { path, passphrase });

/** Merges a backup file into the wallet: `{credentials, duplicates}`. */
export const restoreWallet = (path, passphrase) => call('restore_wallet', { path, passphrase });

/** Verifies one credential again now; returns its new verdict. */
export const reverifyCredential = (id) => call('reverify_credential', { id });

/** The folder save fields start in. */
export const defaultFolder = () => call('default_folder');

/** Opens (on first use: builds) the ESCO database. */
export const prepareEsco = () => call('prepare_esco');

/** `{done, total}` of the ESCO database build. */
export const escoProgress = () => call('esco_progress');

/** ESCO concepts of `kind` matching `query`, labelled in `lang`. */
export const searchEsco = (query, kind, lang) => call('search_esco', { query, kind, lang });

/** The skills profile: `[{uri, label, lang, fallback, evidence, group, credentials, sources}]`. */
export const showProfile = (lang) => call('show_profile', { lang });

/** Adds a self-declared skill. */
export const addSkill = (uri) => call('add_skill', { uri });

/** The `limit` best-fitting occupations. */
export const matchOccupations = (lang, limit) => call('match_occupations', { lang, limit });

/** The fit of one occupation. */
export const matchOccupation = (uri, lang) => call('match_occupation', { uri, lang });

/** Labels ESCO URIs in `lang`. */
export const labelConcepts = (uris, lang) => call('label_concepts', { uris, lang });

/** The learning route: `{target, steps}`. */
export const showRoute = (lang) => call('show_route', { lang });

/** Sets the route's target occupation. */
export const setRouteTarget = (uri, lang) => call('set_route_target', { uri, lang });

/** Sets a route step's status (`planned`, `in-progress`, `done`). */
export const setStepStatus = (step, status, lang) => call('set_step_status', { step, status, lang });
