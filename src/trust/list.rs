//! The trust list file: who is known to issue and attest, signed as a whole.
//!
//! A list is a JSON object (`"type": "ErkendTrustList"`) whose `signature` is an Ed25519
//! signature (multibase base58btc) over the RFC 8785 canonical form of the list without its
//! `signature` member, by the key named in `signer` (a Multikey, `z6Mk…`). [`open`] refuses a
//! list that is malformed, changed after signing, or not valid at the given time, each with its
//! own typed error; whether the signer is one to trust is decided by the caller
//! (`installed.rs`), because that is the user's decision, not the file's.

use crate::verify::canon::jcs;
use crate::verify::keys::{multibase_base58, multikey, PublicKey};
use crate::verify::parse_date;
use crate::{Error, Result};
use chrono::{DateTime, Duration, Utc};
use ed25519_dalek::{Signer, SigningKey};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// The `type` every trust list carries.
pub const LIST_TYPE: &str = "ErkendTrustList";

/// Clock skew tolerated on a list's validity dates (as for credentials).
const SKEW_SECONDS: i64 = 300;

/// Largest trust list accepted, in bytes: a list of a few thousand organisations fits easily.
pub const MAX_LIST_BYTES: usize = 4 * 1024 * 1024;

/// A role an organisation can have on a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Issues credentials.
    Issuer,
    /// Attests (endorses, observes) skills or credentials of others.
    Attester,
}

/// One organisation on a list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    /// Its identifier: a DID or an https URL (an OB 2.0 issuer profile URL).
    pub id: String,
    /// Display names by language tag.
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    /// What it is trusted for.
    pub roles: Vec<Role>,
    /// Its keys (verification method ids or Multikeys), informative.
    #[serde(default)]
    pub keys: Vec<String>,
    /// Start of the entry's validity (RFC 3339), if limited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<String>,
    /// End of the entry's validity (RFC 3339), if limited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<String>,
}

impl Entry {
    /// True when the entry is valid at `at` (dates that do not parse make it invalid).
    pub fn valid_at(&self, at: DateTime<Utc>) -> bool {
        within(self.valid_from.as_deref(), self.valid_until.as_deref(), at)
    }
}

/// A verified trust list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrustList {
    /// Always [`LIST_TYPE`].
    #[serde(rename = "type")]
    pub kind: String,
    /// The list's name by language tag.
    pub name: BTreeMap<String, String>,
    /// When it was issued (RFC 3339).
    pub issued: String,
    /// End of validity (RFC 3339); a list without one never expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<String>,
    /// Where a newer version can be fetched (https), if anywhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The signer's Ed25519 public key as a Multikey (`z6Mk…`).
    pub signer: String,
    /// The organisations.
    pub entries: Vec<Entry>,
}

impl TrustList {
    /// The list's name in `lang`, else in English, else any.
    pub fn display_name(&self, lang: &str) -> &str {
        self.name
            .get(lang)
            .or_else(|| self.name.get("en"))
            .or_else(|| self.name.values().next())
            .map_or("", String::as_str)
    }
}

fn within(from: Option<&str>, until: Option<&str>, at: DateTime<Utc>) -> bool {
    let skew = Duration::seconds(SKEW_SECONDS);
    let from_ok = from.is_none_or(|f| parse_date(f).is_some_and(|d| at + skew >= d));
    let until_ok = until.is_none_or(|u| parse_date(u).is_some_and(|d| at <= d + skew));
    from_ok && until_ok
}

fn malformed(detail: impl Into<String>) -> Error {
    Error::TrustListMalformed {
        detail: detail.into(),
    }
}

/// The Multikey (`z6Mk…`) of an Ed25519 public key.
pub fn ed25519_multikey(key: &ed25519_dalek::VerifyingKey) -> String {
    let mut bytes = vec![0xed, 0x01];
    bytes.extend_from_slice(key.as_bytes());
    format!("z{}", bs58::encode(bytes).into_string())
}

/// Signs a list: sets `signer` to the key of `seed`, removes any old `signature`, and adds the
/// signature over the canonical form. `unsigned` must be a JSON object.
pub fn sign(unsigned: &Value, seed: &[u8; 32]) -> Result<Value> {
    let key = SigningKey::from_bytes(seed);
    let mut doc = unsigned
        .as_object()
        .cloned()
        .ok_or_else(|| malformed("not a JSON object"))?;
    doc.remove("signature");
    doc.insert(
        "signer".into(),
        Value::String(ed25519_multikey(&key.verifying_key())),
    );
    let message = jcs::canonicalize_to_vec(&Value::Object(doc.clone()));
    let signature = key.sign(&message);
    doc.insert(
        "signature".into(),
        Value::String(format!(
            "z{}",
            bs58::encode(signature.to_bytes()).into_string()
        )),
    );
    Ok(Value::Object(doc))
}

/// Reads a list: checks the signature against the key the list names, then its validity at
/// `at`. The caller decides whether that key is one to trust.
pub fn open(bytes: &[u8], at: DateTime<Utc>) -> Result<TrustList> {
    if bytes.len() > MAX_LIST_BYTES {
        return Err(malformed(format!("larger than {MAX_LIST_BYTES} bytes")));
    }
    // serde_json's own recursion limit (128) bounds nesting; the size is bounded above.
    let value: Value = serde_json::from_slice(bytes).map_err(|e| malformed(e.to_string()))?;
    let mut doc = value
        .as_object()
        .cloned()
        .ok_or_else(|| malformed("not a JSON object"))?;
    if doc.get("type").and_then(Value::as_str) != Some(LIST_TYPE) {
        return Err(malformed(format!("\"type\" is not \"{LIST_TYPE}\"")));
    }
    let signature = match doc.remove("signature") {
        Some(Value::String(s)) => s,
        _ => return Err(malformed("no signature")),
    };
    let signer = doc
        .get("signer")
        .and_then(Value::as_str)
        .ok_or_else(|| malformed("no signer"))?;
    let PublicKey::Ed25519(key) = multikey(signer).map_err(|e| malformed(e.to_string()))? else {
        return Err(malformed("the signer is not an Ed25519 key"));
    };
    let sig_bytes = multibase_base58(&signature).map_err(|_| Error::TrustListTampered)?;
    let sig =
        ed25519_dalek::Signature::from_slice(&sig_bytes).map_err(|_| Error::TrustListTampered)?;
    let message = jcs::canonicalize_to_vec(&Value::Object(doc.clone()));
    key.verify_strict(&message, &sig)
        .map_err(|_| Error::TrustListTampered)?;
    let list: TrustList =
        serde_json::from_value(Value::Object(doc)).map_err(|e| malformed(e.to_string()))?;
    if parse_date(&list.issued).is_none() {
        return Err(malformed(format!(
            "issued \"{}\" is not a date",
            list.issued
        )));
    }
    if !within(Some(&list.issued), list.valid_until.as_deref(), at) {
        return Err(Error::TrustListExpired {
            until: list
                .valid_until
                .clone()
                .filter(|u| parse_date(u).is_none_or(|d| d < at))
                .unwrap_or_else(|| list.issued.clone()),
        });
    }
    Ok(list)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn at(s: &str) -> DateTime<Utc> {
        parse_date(s).expect("date")
    }

    fn sample() -> Value {
        json!({
            "type": LIST_TYPE,
            "name": {"en": "Test list", "nl": "Testlijst"},
            "issued": "2026-01-01T00:00:00Z",
            "validUntil": "2027-01-01T00:00:00Z",
            "entries": [{"id": "did:key:z6MkA", "names": {"en": "A"}, "roles": ["issuer"]}]
        })
    }

    #[test]
    fn signed_list_opens_and_any_change_is_tampering() {
        let signed = sign(&sample(), &[7; 32]).expect("sign");
        let bytes = serde_json::to_vec(&signed).expect("json");
        let list = open(&bytes, at("2026-06-01T00:00:00Z")).expect("opens");
        assert_eq!(list.entries[0].roles, [Role::Issuer]);
        assert_eq!(list.display_name("nl"), "Testlijst");
        let mut changed = signed.clone();
        changed["entries"][0]["id"] = json!("did:key:z6MkB");
        let err = open(
            &serde_json::to_vec(&changed).expect("json"),
            at("2026-06-01T00:00:00Z"),
        );
        assert!(matches!(err, Err(Error::TrustListTampered)));
        // Re-serialised with other whitespace and key order: still the same list.
        let pretty = serde_json::to_vec_pretty(&signed).expect("json");
        assert!(open(&pretty, at("2026-06-01T00:00:00Z")).is_ok());
    }

    #[test]
    fn expired_and_unsigned_lists_are_refused() {
        let bytes = serde_json::to_vec(&sign(&sample(), &[7; 32]).expect("sign")).expect("json");
        assert!(matches!(
            open(&bytes, at("2027-06-01T00:00:00Z")),
            Err(Error::TrustListExpired { .. })
        ));
        let unsigned = serde_json::to_vec(&sample()).expect("json");
        assert!(matches!(
            open(&unsigned, at("2026-06-01T00:00:00Z")),
            Err(Error::TrustListMalformed { .. })
        ));
    }
}
