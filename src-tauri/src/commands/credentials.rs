//! Reading the stored credentials.

use crate::dto::{
    CardFacetsDto, CardPageDto, CardQueryDto, CredentialDetailDto, CredentialSummaryDto,
};
use crate::ipc_error::IpcError;
use crate::state::AppState;
use tauri::State;

/// Every stored credential, newest first.
#[tauri::command(async)]
pub fn list_credentials(state: State<'_, AppState>) -> Result<Vec<CredentialSummaryDto>, IpcError> {
    let stored = state.with_wallet(|w| w.list())?;
    Ok(stored.iter().map(CredentialSummaryDto::from).collect())
}

/// One stored credential with its latest verdict and the SHA-256 of its original bytes.
#[tauri::command(async)]
pub fn show_credential(
    state: State<'_, AppState>,
    id: String,
) -> Result<CredentialDetailDto, IpcError> {
    let (stored, image) = state.with_wallet(|w| {
        let stored = w.show(&id)?;
        let image = w.image_data_uri(&stored)?;
        Ok((stored, image))
    })?;
    Ok(CredentialDetailDto::new(&stored, image))
}

/// One page of the wallet list, searched, filtered and sorted in the core (fast at any size).
#[tauri::command(async)]
pub fn list_cards(
    state: State<'_, AppState>,
    query: CardQueryDto,
) -> Result<CardPageDto, IpcError> {
    let page = state.with_wallet(|w| w.credential_cards(&query.to_query()))?;
    Ok(CardPageDto::from(&page))
}

/// The issuers, years and skills the wallet list's filters offer.
#[tauri::command(async)]
pub fn card_facets(state: State<'_, AppState>) -> Result<CardFacetsDto, IpcError> {
    Ok(state.with_wallet(|w| w.card_facets())?.into())
}
