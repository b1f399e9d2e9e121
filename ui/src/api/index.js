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
