//! Importing a file the learner picked or dropped.
//!
//! The UI reads the file itself and sends its raw bytes as the IPC body, with the file name
//! (percent-encoded, since header values are ASCII) in the `x-file-name` header. So the app
//! needs no file-system or dialog plugin and no capability to read arbitrary paths.

use crate::dto::ImportResultDto;
use crate::ipc_error::IpcError;
use crate::state::AppState;
use tauri::ipc::{InvokeBody, Request};
use tauri::State;

/// The header carrying the percent-encoded file name.
pub const FILE_NAME_HEADER: &str = "x-file-name";

/// Verifies and stores one file. A file that cannot be parsed is an error (`rejected`) and
/// changes nothing; a credential that fails verification is stored with its verdict.
#[tauri::command(async)]
pub fn import_file(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<ImportResultDto, IpcError> {
    let (bytes, name) = sent_file(&request)?;
    let outcome =
        state.with_wallet(|w| w.import_bytes(bytes, name.as_deref(), chrono::Utc::now()))?;
    Ok(ImportResultDto::from(&outcome))
}

/// A file the UI sent: its bytes (the raw body) and its name (the `x-file-name` header), if any.
pub(crate) fn sent_file<'a>(
    request: &'a Request<'_>,
) -> Result<(&'a [u8], Option<String>), IpcError> {
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(IpcError::bad_request("body"));
    };
    let name = request
        .headers()
        .get(FILE_NAME_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(percent_decode);
    Ok((bytes, name))
}

/// Decodes `%XX` escapes (as `encodeURIComponent` writes them); invalid UTF-8 is replaced, since
/// the name is only a label.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::percent_decode;

    #[test]
    fn decodes_encode_uri_component_output() {
        assert_eq!(
            percent_decode("%D8%B4%D9%87%D8%A7%D8%AF%D8%A9.json"),
            "شهادة.json"
        );
        assert_eq!(percent_decode("a%20b%"), "a b%");
        assert_eq!(percent_decode("100%zz"), "100%zz");
    }
}
