//! Endorsements over IPC: the endorsements attached to a credential, a learner's request for
//! one, and an endorser's review and signature of a request.
//!
//! Only documents cross IPC (the request, the signed endorsement as JSON text for the UI to save
//! or hand over); the signing key stays in the core's store.

use crate::ipc_error::IpcError;
use crate::state::AppState;
use erkend::endorse::request::EndorsementRequest;
use erkend::endorse::wallet::{answer_name, RequestFor, SignAs};
use erkend::sign::Cryptosuite;
use serde::Serialize;
use tauri::State;

/// An endorsement attached to a stored credential.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EndorsementDto {
    /// The endorsement's wallet id.
    pub id: String,
    /// The endorser's name (else DID), as signed.
    pub endorser: Option<String>,
    /// The endorser's words.
    pub comment: Option<String>,
    /// `true` verified, `false` a check failed, `null` could not be checked.
    pub verified: Option<bool>,
    /// When it was imported.
    pub imported_at: String,
}

/// A request made for the learner to hand over (as a file or a QR code).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EndorsementRequestDto {
    /// The request as JSON text (a file).
    pub json: String,
    /// The request as one line of QR payload text.
    pub qr_text: String,
    /// The request, for showing what was asked.
    pub request: EndorsementRequest,
}

/// A signed endorsement for the endorser to hand back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SignedEndorsementDto {
    /// The endorsement's own id (`urn:uuid:<request nonce>`).
    pub id: String,
    /// The EndorsementCredential as JSON text.
    pub json: String,
}

/// The endorsements attached to a stored credential.
#[tauri::command(async)]
pub fn list_endorsements(
    state: State<'_, AppState>,
    credential: String,
) -> Result<Vec<EndorsementDto>, IpcError> {
    let stored = state.with_wallet(|w| w.endorsements_of(&credential))?;
    Ok(stored
        .into_iter()
        .map(|e| EndorsementDto {
            verified: e.verdict.as_ref().and_then(|v| v.verified),
            id: e.id,
            endorser: e.endorser,
            comment: e.comment,
            imported_at: e.imported_at,
        })
        .collect())
}

/// A learner's request for an endorsement of a stored credential (`kind` `credential` or
/// `achievement`, `id` its wallet id) or of a skill (`kind` `skill`, `id` the ESCO URI).
#[tauri::command(async)]
pub fn create_endorsement_request(
    state: State<'_, AppState>,
    kind: String,
    id: String,
    name: Option<String>,
    narrative: Option<String>,
) -> Result<EndorsementRequestDto, IpcError> {
    let what = match kind.as_str() {
        "credential" => RequestFor::Credential(id),
        "achievement" => RequestFor::Achievement(id),
        "skill" => RequestFor::Skill(id, None),
        _ => return Err(IpcError::bad_request("kind")),
    };
    let request = state.with_wallet(|w| {
        w.endorsement_request(
            &what,
            name.as_deref(),
            narrative.as_deref(),
            chrono::Utc::now(),
        )
    })?;
    Ok(EndorsementRequestDto {
        json: request.to_json(),
        qr_text: request.to_qr_text(),
        request,
    })
}

/// Reads a request (file text or QR text) so the endorser sees what they would sign.
#[tauri::command(async)]
pub fn review_endorsement_request(text: String) -> Result<EndorsementRequest, IpcError> {
    Ok(EndorsementRequest::parse(text.as_bytes())?)
}

/// Signs an answer to a request with this wallet's key, as `name` (remembered by the wallet).
#[tauri::command(async)]
pub fn sign_endorsement_request(
    state: State<'_, AppState>,
    text: String,
    comment: String,
    name: Option<String>,
    organisation: Option<String>,
    jcs: Option<bool>,
) -> Result<SignedEndorsementDto, IpcError> {
    let request = EndorsementRequest::parse(text.as_bytes())?;
    let suite = match jcs {
        Some(true) => Cryptosuite::EddsaJcs2022,
        _ => Cryptosuite::EddsaRdfc2022,
    };
    // The name is formatted and the localizer released before the wallet is locked.
    let title = answer_name(&request, &state.negotiate(&[]));
    let doc = state.with_wallet(|w| {
        let who = w.signer_identity(name.as_deref(), organisation.as_deref())?;
        let by = SignAs {
            who: &who,
            suite,
            at: chrono::Utc::now(),
        };
        w.answer_request(&request, &comment, &title, by)
    })?;
    Ok(SignedEndorsementDto {
        id: request.endorsement_id(),
        json: serde_json::to_string_pretty(&doc).unwrap_or_default(),
    })
}
