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

/** Checks the open wallet for damage (after the first page is shown); a damaged one is closed. */
export const checkWallet = () => call('check_wallet');

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
async function sendFile(command, file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return call(command, bytes, {
    headers: { 'x-file-name': encodeURIComponent(file.name) },
  });
}

export const importFile = (file) => sendFile('import_file', file);

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

/** Stops building the ESCO database (the waiting `prepareEsco` fails with `esco-stopped`). */
export const cancelEscoBuild = () => call('cancel_esco_build');

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

/** The wallet's skills matching `query` (the most named when empty), labelled in `lang`.
 *  @returns {Promise<import('./types.js').SkillChoice[]>} */
export const skillChoices = (query, lang) => call('skill_choices', { query, lang });

/** The learning route: `{target, steps}`. */
export const showRoute = (lang) => call('show_route', { lang });

/** Sets the route's target occupation. */
export const setRouteTarget = (uri, lang) => call('set_route_target', { uri, lang });

/** Sets a route step's status (`planned`, `in-progress`, `done`). */
export const setStepStatus = (step, status, lang) => call('set_step_status', { step, status, lang });

/** The QR codes of the chosen credentials, as images: `SharedCredential[]`. */
export const shareCodes = (ids) => call('share_codes', { ids });

/** Describes the printed sheet of the chosen credentials: `{pages, lang, second_lang}`. */
export const shareSheet = (ids, lang, secondLang) => call('share_sheet', { ids, lang, secondLang });

/** Writes the proof (`.pdf` sheet, `.png` codes, `.txt`) to `path`: `{path, pages}`. */
export const saveProof = (ids, path, lang, secondLang) =>
  call('save_proof', { ids, path, lang, secondLang });

/** Verifies every proof in a File (raw bytes, name in a header): `FoundProof[]`. */
export const verifyProof = (file) => sendFile('verify_proof', file);
/** The profile parts the profile screen edits: `{person, languages, experience, own_skills}`. */
export const showProfileParts = (lang) => call('show_profile_parts', { lang });

/** Part 1: `{name, languages, email, phone, address}`; returns the parts. */
export const savePerson = (person, lang) => call('save_person', { person, lang });

/** Part 3: a language with CEFR levels (same language again: replaced). */
export const saveLanguage = (language, lang) => call('save_language', { language, lang });

export const removeLanguage = (language, lang) => call('remove_language', { language, lang });

/** Part 3: a work experience; `index` null adds, a number replaces that entry. */
export const saveExperience = (index, experience, lang) => call('save_experience', { index, experience, lang });

export const removeExperience = (index, lang) => call('remove_experience', { index, lang });

/** Removes one of the learner's own (self-declared) skills by its id. */
export const removeOwnSkill = (id, lang) => call('remove_own_skill', { id, lang });

/** A vacancy text (written in `language`) → `{skills, score, have, total, missing}`. */
export const matchVacancy = (text, language, lang) => call('match_vacancy', { text, language, lang });

/** Adds a route step `{kind, title, helper_role, helper_name, due}`; returns the route. */
export const addRouteStep = (step, lang) => call('add_route_step', { step, lang });

/** Changes a step: `{title, helper_role, helper_name, due}` (title `null` keeps it; blank
 *  helper or due removes it); returns the route. */
export const editRouteStep = (step, change, lang) => call('edit_route_step', { step, change, lang });

export const removeRouteStep = (step, lang) => call('remove_route_step', { step, lang });

/** Moves a step to `position` (0 = first); returns the route. */
export const moveRouteStep = (step, position, lang) => call('move_route_step', { step, position, lang });

/** Appends the newcomer step plan for learning `language` up to CEFR `level`. */
export const applyRouteTemplate = (language, level, lang) => call('apply_route_template', { language, level, lang });
/** Review mode: the mentors with a signer key beside this wallet, `[{id, name}]`. */
export const listMentors = () => call('list_mentors');

/** Creates a mentor's own signer key (their passphrase) and opens it: `{id, name, organisation, did}`. */
export const createMentor = (name, organisation, passphrase) => call('create_mentor', { name, organisation, passphrase });

/** Opens a mentor's signer key with their passphrase. */
export const openMentor = (id, passphrase) => call('open_mentor', { id, passphrase });

/** Closes the open mentor's signer key. */
export const closeMentor = () => call('close_mentor');

/** The learner's pane: `{did, skills, credentials, appraisal}`. */
export const reviewLearner = (lang) => call('review_learner', { lang });

/** A target occupation's essential skills, matched and missing. */
export const reviewTarget = (uri, lang) => call('review_target', { uri, lang });

/** Prepares an observation and returns exactly what would be signed. */
export const prepareObservation = (skill, comment, narrative, lang) => call('prepare_observation', { skill, comment, narrative, lang });

/** Signs the prepared observation with the mentor's key; it goes into the learner's wallet. */
export const signObservation = () => call('sign_observation');

/** Saves the mentor's appraisal and next steps (profile part 4). */
export const saveAppraisal = (text, nextSteps) => call('save_appraisal', { text, nextSteps });

/** Adds a route step for `skill` toward `target`, the mentor as helper; returns the route. */
export const addReviewStep = (target, skill, lang) => call('add_review_step', { target, skill, lang });

/** Negotiates a pane's language without changing the window's: `{lang, dir, available}`. */
export const paneLanguage = (requested) => call('pane_language', { requested });
/** Vault mode, what is open, the auto-lock time: `VaultSession`. Also enforces the auto-lock. */
export const vaultSession = () => call('vault_session');

/** The cards of the vaults on this computer: `VaultCard[]`. */
export const listVaults = () => call('list_vaults');

/** Creates a vault and opens it: `VaultSession`. */
export const createVault = (displayName, avatar, passphrase) =>
  call('create_vault', { displayName, avatar, passphrase });

/** Opens a vault with its passphrase: `VaultSession`. */
export const unlockVault = (id, passphrase) => call('unlock_vault', { id, passphrase });

/** Starts a guest session that leaves nothing behind: `VaultSession`. */
export const startKiosk = () => call('start_kiosk');

/** Locks the open vault and returns to the picker: `VaultSession`. */
export const switchUser = () => call('switch_user');

/** Tells the shell the learner did something (the auto-lock counts from now). */
export const noteActivity = () => call('note_activity');

/** Minutes without activity that lock a vault: `VaultSession`. */
export const setAutoLock = (minutes) => call('set_auto_lock', { minutes });

/** Goes online now for credential `id` (null: all, and the trust lists): `OnlineCheck`. */
export const checkOnline = (id) => call('check_online', { id });

/** `{done, total}` of a running check online. */
export const checkOnlineProgress = () => call('check_online_progress');

/** Stops a running check online; it then answers with `cancelled` set. */
export const cancelCheckOnline = () => call('cancel_check_online');
