//! Mentors' signer identities on a shared computer: each is a small encrypted wallet of its own
//! (its holder key is the mentor's Ed25519 `did:key`, its signer identity the display name and
//! optional organisation), kept in `<learner wallet folder>/mentors/` as [`Vaults`], so only the
//! mentor's passphrase opens it. The learner's wallet never holds a mentor's key, which is what
//! lets a mentor's observation count (see [`crate::review`]).
//!
//! The plain card beside each signer wallet shows only the mentor's display name, for the
//! picker; the organisation and the key stay inside the encrypted file.

use crate::store::SignerIdentity;
use crate::vaults::{VaultCard, Vaults};
use crate::{Result, Wallet};
use std::path::Path;

/// The mentors' signer wallets kept beside the wallet at `wallet_path`.
pub fn beside(wallet_path: &Path) -> Vaults {
    let folder = wallet_path.parent().unwrap_or_else(|| Path::new("."));
    Vaults::at(folder.join("mentors"))
}

/// Creates a mentor's signer wallet with their own passphrase and stores their identity in it.
pub fn create(
    vaults: &Vaults,
    name: &str,
    organisation: Option<&str>,
    passphrase: &str,
) -> Result<(VaultCard, Wallet, SignerIdentity)> {
    // Checked first, so a refused name leaves no signer wallet behind without an identity.
    if name.trim().is_empty() {
        return Err(crate::Error::SignerNameRequired);
    }
    let (card, mut wallet) = vaults.create(name.trim(), "", passphrase)?;
    let who = wallet.signer_identity(Some(name), organisation)?;
    Ok((card, wallet, who))
}

/// Opens a mentor's signer wallet with their passphrase; returns it with the identity it signs as.
pub fn open(vaults: &Vaults, id: &str, passphrase: &str) -> Result<(Wallet, SignerIdentity)> {
    let mut wallet = vaults.open(id, passphrase)?;
    let who = wallet.signer_identity(None, None)?;
    Ok((wallet, who))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mentor_signer_opens_only_with_its_passphrase_and_keeps_its_identity() {
        let dir = tempfile::tempdir().expect("temp");
        let vaults = beside(&dir.path().join("wallet.db"));
        let (card, wallet, who) = create(
            &vaults,
            " Fatima de Vries ",
            Some("Buurthuis West"),
            "mentor pass",
        )
        .expect("create");
        assert_eq!(card.display_name, "Fatima de Vries");
        assert_eq!(who.organisation.as_deref(), Some("Buurthuis West"));
        let did = wallet.holder_did().expect("did");
        drop(wallet);
        assert!(open(&vaults, &card.id, "wrong").is_err());
        let (again, who_again) = open(&vaults, &card.id, "mentor pass").expect("open");
        assert_eq!(again.holder_did().expect("did"), did);
        assert_eq!(who_again, who);
        assert_eq!(vaults.list().expect("list").len(), 1);
        // A mentor without a name is refused and leaves nothing behind.
        let err = create(&vaults, "  ", None, "pass").expect_err("no name");
        assert_eq!(err.code(), "signer-name-required");
        assert_eq!(vaults.list().expect("list").len(), 1);
    }
}
