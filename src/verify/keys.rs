//! Public keys and where they come from: `did:key`, `did:jwk`, JWKs, Multikey and
//! `Ed25519VerificationKey2020` verification methods, OB 2.0 `CryptographicKey` PEMs.
//!
//! Verification never fetches anything: a [`KeyResolver`] is passed in. The default
//! [`OfflineResolver`] knows only the self-describing methods (`did:key`, `did:jwk`); every other
//! method (`did:web`, `https:`) resolves to [`KeyError::NeedsNetwork`], which the verifier turns
//! into an `unchecked` signature, never a pass. [`DocumentKeys`] adds keys from documents the
//! caller already holds (DID documents, OB 2.0 key documents) and is what a caching resolver builds
//! on.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Multicodec `ed25519-pub` (0xed), varint-encoded.
const MULTICODEC_ED25519: u64 = 0xed;
/// Multicodec `p256-pub` (0x1200), varint-encoded.
const MULTICODEC_P256: u64 = 0x1200;
/// The smallest RSA modulus accepted: shorter keys can be forged.
const MIN_RSA_BITS: usize = 2048;
/// Decoded keys kept per resolver before the cache is emptied; bounds memory on hostile input.
const CACHE_LIMIT: usize = 4096;

/// A decoded public key that can verify signatures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublicKey {
    /// Ed25519 (EdDSA).
    Ed25519(ed25519_dalek::VerifyingKey),
    /// NIST P-256 (ES256).
    P256(p256::ecdsa::VerifyingKey),
    /// RSA (RS256), at least 2048 bits.
    Rsa(rsa::RsaPublicKey),
}

impl PublicKey {
    /// The key type's name as JOSE spells the algorithm family, for messages.
    pub fn kind(&self) -> &'static str {
        match self {
            PublicKey::Ed25519(_) => "Ed25519",
            PublicKey::P256(_) => "P-256",
            PublicKey::Rsa(_) => "RSA",
        }
    }
}

/// A key found for a verification method, with the party that controls it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedKey {
    /// The verification method's id as asked for (absolute).
    pub id: String,
    /// Who controls the key: the DID of a `did:key`/`did:jwk`, or the `controller` / `owner`
    /// stated by the document it came from.
    pub controller: String,
    /// The key itself; shared, since one issuer signs many credentials.
    pub key: Arc<PublicKey>,
}

/// Why no key came out of a verification method.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// The method must be fetched (`did:web`, `https:` ...), and verification is offline.
    #[error("the verification method {0} must be fetched from the network")]
    NeedsNetwork(String),
    /// The method or key type is one this build does not know (e.g. `did:ion`, secp256k1).
    #[error("unsupported verification method or key type: {0}")]
    Unsupported(String),
    /// The method names a key but its encoding is broken or the key is weak.
    #[error("malformed key: {0}")]
    Malformed(String),
}

/// Turns a verification method id into a key. Passed into verification so that nothing in
/// `verify` reaches the network; implementations may cache.
pub trait KeyResolver: Send + Sync {
    /// The key for `method` (an absolute DID URL or URL).
    fn resolve(&self, method: &str) -> Result<ResolvedKey, KeyError>;
}

/// The default resolver: `did:key` and `did:jwk` only, decoded keys cached per method id.
#[derive(Debug, Default)]
pub struct OfflineResolver {
    cache: Mutex<HashMap<String, ResolvedKey>>,
}

impl OfflineResolver {
    /// An empty resolver.
    pub fn new() -> OfflineResolver {
        OfflineResolver::default()
    }
}

impl KeyResolver for OfflineResolver {
    fn resolve(&self, method: &str) -> Result<ResolvedKey, KeyError> {
        if let Some(hit) = self.cache.lock().ok().and_then(|c| c.get(method).cloned()) {
            return Ok(hit);
        }
        let resolved = resolve_self_describing(method)?;
        if let Ok(mut cache) = self.cache.lock() {
            if cache.len() >= CACHE_LIMIT {
                cache.clear();
            }
            cache.insert(method.to_string(), resolved.clone());
        }
        Ok(resolved)
    }
}

/// Keys taken from documents the caller already holds, in front of `did:key` / `did:jwk`.
///
/// Accepts DID documents (their `verificationMethod` / `publicKey` entries, relative ids made
/// absolute against the document `id`), single verification methods (Multikey,
/// `Ed25519VerificationKey2020`/`2018`, `JsonWebKey2020`) and OB 2.0 `CryptographicKey`
/// documents (`publicKeyPem`, `owner`).
#[derive(Debug, Default)]
pub struct DocumentKeys {
    keys: HashMap<String, ResolvedKey>,
    fallback: OfflineResolver,
}

impl DocumentKeys {
    /// An empty set (resolves `did:key` / `did:jwk` only).
    pub fn new() -> DocumentKeys {
        DocumentKeys::default()
    }

    /// Adds every key the document describes; returns how many. Entries whose key cannot be
    /// decoded are skipped (they fail later as unknown methods).
    pub fn add_document(&mut self, doc: &Value) -> usize {
        let base = doc.get("id").and_then(Value::as_str).unwrap_or_default();
        let mut added = 0;
        let mut entries: Vec<&Value> = vec![doc];
        for field in ["verificationMethod", "publicKey"] {
            if let Some(list) = doc.get(field).and_then(Value::as_array) {
                entries.extend(list.iter());
            }
        }
        for entry in entries {
            let Some(id) = entry.get("id").and_then(Value::as_str) else {
                continue;
            };
            let Ok(key) = key_from_method(entry) else {
                continue;
            };
            let id = absolute(base, id);
            let controller = entry
                .get("controller")
                .or_else(|| entry.get("owner"))
                .and_then(Value::as_str)
                .map(|c| absolute(base, c))
                .unwrap_or_else(|| did_of(&id).to_string());
            self.keys.insert(
                id.clone(),
                ResolvedKey {
                    id,
                    controller,
                    key: Arc::new(key),
                },
            );
            added += 1;
        }
        added
    }
}

impl KeyResolver for DocumentKeys {
    fn resolve(&self, method: &str) -> Result<ResolvedKey, KeyError> {
        match self.keys.get(method) {
            Some(k) => Ok(k.clone()),
            None => self.fallback.resolve(method),
        }
    }
}

/// Documents fetched earlier (by an online refresh the user asked for), looked up by URL. The
/// resolver reads them; nothing behind this trait may reach the network.
pub trait DocumentSource: Send + Sync {
    /// The JSON document last fetched from `url` (without fragment), if any was kept.
    fn document(&self, url: &str) -> Option<Value>;
}

/// The URL of a `did:web` DID document (did:web method spec §3.2): `did:web:example.org` →
/// `https://example.org/.well-known/did.json`; `did:web:example.org:u:alice` →
/// `https://example.org/u/alice/did.json`; a port is written `%3A`. `None` when malformed.
pub fn did_web_url(did: &str) -> Option<String> {
    let rest = did_of(did).strip_prefix("did:web:")?;
    let mut parts = rest.split(':');
    let host = parts.next()?.replace("%3A", ":").replace("%3a", ":");
    let path: Vec<&str> = parts.collect();
    let host_ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'));
    let path_ok = path.iter().all(|p| {
        !p.is_empty()
            && *p != ".."
            && p.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '%'))
    });
    if !host_ok || !path_ok {
        return None;
    }
    Some(if path.is_empty() {
        format!("https://{host}/.well-known/did.json")
    } else {
        format!("https://{host}/{}/did.json", path.join("/"))
    })
}

/// The URL whose document holds a verification method: the DID document's URL for `did:web`,
/// the URL without its fragment for `https:`. `None` for self-describing or unknown methods.
pub fn document_url(method: &str) -> Option<String> {
    let base = did_of(method);
    if base.starts_with("did:web:") {
        did_web_url(base)
    } else if base.starts_with("https://") {
        Some(base.to_string())
    } else {
        None
    }
}

/// Resolves `did:key` / `did:jwk` offline and `did:web` / `https:` methods from documents an
/// earlier online refresh kept ([`DocumentSource`]); a method whose document was never fetched
/// is still [`KeyError::NeedsNetwork`].
pub struct CachedResolver<'a> {
    source: &'a dyn DocumentSource,
    fallback: OfflineResolver,
}

impl<'a> CachedResolver<'a> {
    /// A resolver over the kept documents.
    pub fn new(source: &'a dyn DocumentSource) -> CachedResolver<'a> {
        CachedResolver {
            source,
            fallback: OfflineResolver::new(),
        }
    }
}

impl KeyResolver for CachedResolver<'_> {
    fn resolve(&self, method: &str) -> Result<ResolvedKey, KeyError> {
        let Some(url) = document_url(method) else {
            return self.fallback.resolve(method);
        };
        let doc = self
            .source
            .document(&url)
            .ok_or_else(|| KeyError::NeedsNetwork(method.to_string()))?;
        let base = did_of(method);
        // A document served for another DID or URL than the one asked for proves nothing
        // about this one (a did:web document must name its own DID).
        let doc_id = doc.get("id").and_then(Value::as_str).unwrap_or_default();
        if did_of(doc_id) != base {
            return Err(KeyError::Malformed(format!(
                "{url} describes {doc_id}, not {base}"
            )));
        }
        let mut keys = DocumentKeys::new();
        keys.add_document(&doc);
        match keys.keys.get(method) {
            Some(k) => Ok(k.clone()),
            None => Err(KeyError::Malformed(format!(
                "{method} is not in the document at {url}"
            ))),
        }
    }
}

/// Makes `id` absolute against a document id (`#key-1` → `did:web:x#key-1`).
fn absolute(base: &str, id: &str) -> String {
    if id.starts_with('#') {
        format!("{}{id}", did_of(base))
    } else {
        id.to_string()
    }
}

/// The DID (or URL) part of a DID URL: everything before `#`.
pub fn did_of(method: &str) -> &str {
    method.split('#').next().unwrap_or(method)
}

/// Resolves the methods that carry their own key (`did:key`, `did:jwk`); everything else needs
/// the network or is unsupported.
pub fn resolve_self_describing(method: &str) -> Result<ResolvedKey, KeyError> {
    let did = did_of(method);
    let fragment = method.split_once('#').map(|(_, f)| f);
    let key = if let Some(multibase) = did.strip_prefix("did:key:") {
        // A did:key has exactly one key, whose fragment is the multibase value itself.
        if fragment.is_some_and(|f| f != multibase) {
            return Err(KeyError::Malformed(format!(
                "{method}: a did:key fragment must repeat the key"
            )));
        }
        multikey(multibase)?
    } else if let Some(encoded) = did.strip_prefix("did:jwk:") {
        if fragment.is_some_and(|f| f != "0") {
            return Err(KeyError::Malformed(format!(
                "{method}: a did:jwk has only the fragment #0"
            )));
        }
        let bytes = URL_SAFE_NO_PAD
            .decode(encoded)
            .map_err(|_| KeyError::Malformed(format!("{did}: not base64url")))?;
        let jwk: Value = serde_json::from_slice(&bytes)
            .map_err(|_| KeyError::Malformed(format!("{did}: not a JSON JWK")))?;
        from_jwk(&jwk)?
    } else if did.starts_with("did:web:") || did.starts_with("https:") || did.starts_with("http:") {
        return Err(KeyError::NeedsNetwork(method.to_string()));
    } else {
        return Err(KeyError::Unsupported(method.to_string()));
    };
    Ok(ResolvedKey {
        id: method.to_string(),
        controller: did.to_string(),
        key: Arc::new(key),
    })
}

/// Decodes a Multikey value: `z` + base58btc(varint multicodec ‖ key bytes).
pub fn multikey(multibase: &str) -> Result<PublicKey, KeyError> {
    let bytes = multibase_base58(multibase)?;
    let (codec, rest) = varint(&bytes)
        .ok_or_else(|| KeyError::Malformed(format!("{multibase}: no multicodec prefix")))?;
    match codec {
        MULTICODEC_ED25519 => ed25519(rest),
        MULTICODEC_P256 => {
            if rest.len() != 33 {
                return Err(KeyError::Malformed(
                    "a P-256 multikey must be a 33-byte compressed point".into(),
                ));
            }
            p256::ecdsa::VerifyingKey::from_sec1_bytes(rest)
                .map(PublicKey::P256)
                .map_err(|_| KeyError::Malformed("not a P-256 point".into()))
        }
        other => Err(KeyError::Unsupported(format!("multicodec 0x{other:x}"))),
    }
}

/// Decodes multibase base58btc (`z` prefix).
pub fn multibase_base58(text: &str) -> Result<Vec<u8>, KeyError> {
    let body = text
        .strip_prefix('z')
        .ok_or_else(|| KeyError::Unsupported(format!("{text}: only base58btc (z) multibase")))?;
    bs58::decode(body)
        .into_vec()
        .map_err(|_| KeyError::Malformed(format!("{text}: not base58btc")))
}

/// An unsigned LEB128 varint (at most 9 bytes) and the bytes after it.
fn varint(bytes: &[u8]) -> Option<(u64, &[u8])> {
    let mut value = 0u64;
    for (i, b) in bytes.iter().enumerate().take(9) {
        value |= u64::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return Some((value, &bytes[i + 1..]));
        }
    }
    None
}

fn ed25519(bytes: &[u8]) -> Result<PublicKey, KeyError> {
    let arr: [u8; 32] = bytes
        .try_into()
        .map_err(|_| KeyError::Malformed("an Ed25519 key must be 32 bytes".into()))?;
    ed25519_dalek::VerifyingKey::from_bytes(&arr)
        .map(PublicKey::Ed25519)
        .map_err(|_| KeyError::Malformed("not an Ed25519 point".into()))
}

fn b64_field(jwk: &Value, name: &str) -> Result<Vec<u8>, KeyError> {
    let text = jwk
        .get(name)
        .and_then(Value::as_str)
        .ok_or_else(|| KeyError::Malformed(format!("JWK without \"{name}\"")))?;
    URL_SAFE_NO_PAD
        .decode(text)
        .map_err(|_| KeyError::Malformed(format!("JWK \"{name}\" is not base64url")))
}

/// A public key from a JWK: OKP Ed25519, EC P-256 or RSA.
pub fn from_jwk(jwk: &Value) -> Result<PublicKey, KeyError> {
    let field = |n: &str| jwk.get(n).and_then(Value::as_str).unwrap_or_default();
    match (field("kty"), field("crv")) {
        ("OKP", "Ed25519") => ed25519(&b64_field(jwk, "x")?),
        ("EC", "P-256") => {
            let (x, y) = (b64_field(jwk, "x")?, b64_field(jwk, "y")?);
            if x.len() != 32 || y.len() != 32 {
                return Err(KeyError::Malformed(
                    "P-256 coordinates must be 32 bytes".into(),
                ));
            }
            let mut sec1 = Vec::with_capacity(65);
            sec1.push(0x04);
            sec1.extend_from_slice(&x);
            sec1.extend_from_slice(&y);
            p256::ecdsa::VerifyingKey::from_sec1_bytes(&sec1)
                .map(PublicKey::P256)
                .map_err(|_| KeyError::Malformed("not a P-256 point".into()))
        }
        ("RSA", _) => {
            let n = rsa::BigUint::from_bytes_be(&b64_field(jwk, "n")?);
            let e = rsa::BigUint::from_bytes_be(&b64_field(jwk, "e")?);
            rsa_key(rsa::RsaPublicKey::new(n, e))
        }
        (kty, crv) => Err(KeyError::Unsupported(format!("JWK kty {kty} crv {crv}"))),
    }
}

fn rsa_key(key: rsa::Result<rsa::RsaPublicKey>) -> Result<PublicKey, KeyError> {
    use rsa::traits::PublicKeyParts;
    let key = key.map_err(|e| KeyError::Malformed(format!("RSA key: {e}")))?;
    if key.n().bits() < MIN_RSA_BITS {
        return Err(KeyError::Malformed(format!(
            "RSA key of {} bits is too short",
            key.n().bits()
        )));
    }
    Ok(PublicKey::Rsa(key))
}

/// An RSA public key from PEM: SubjectPublicKeyInfo (`BEGIN PUBLIC KEY`) or PKCS#1
/// (`BEGIN RSA PUBLIC KEY`), as OB 2.0 `CryptographicKey.publicKeyPem` carries it.
pub fn from_pem(pem: &str) -> Result<PublicKey, KeyError> {
    use rsa::pkcs1::DecodeRsaPublicKey;
    use rsa::pkcs8::DecodePublicKey;
    let pem = pem.trim();
    let key = rsa::RsaPublicKey::from_public_key_pem(pem)
        .or_else(|_| rsa::RsaPublicKey::from_pkcs1_pem(pem))
        .map_err(|_| KeyError::Malformed("publicKeyPem is not an RSA public key".into()))?;
    rsa_key(Ok(key))
}

/// An RSA public key from a DER SubjectPublicKeyInfo (an X.509 certificate's key).
pub fn from_spki_der(der: &[u8]) -> Result<PublicKey, KeyError> {
    use rsa::pkcs8::DecodePublicKey;
    let key = rsa::RsaPublicKey::from_public_key_der(der)
        .map_err(|_| KeyError::Malformed("not an RSA SubjectPublicKeyInfo".into()))?;
    rsa_key(Ok(key))
}

/// The key of one verification method object: `publicKeyMultibase` (Multikey,
/// `Ed25519VerificationKey2020`), `publicKeyJwk`, `publicKeyBase58`
/// (`Ed25519VerificationKey2018`) or `publicKeyPem` (OB 2.0 `CryptographicKey`).
pub fn key_from_method(method: &Value) -> Result<PublicKey, KeyError> {
    let kind = method
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if let Some(mb) = method.get("publicKeyMultibase").and_then(Value::as_str) {
        return match kind {
            // The 2020 suite's keys are multicodec-prefixed too (0xed01), like Multikey.
            "Multikey" | "Ed25519VerificationKey2020" | "" => multikey(mb),
            other => Err(KeyError::Unsupported(other.to_string())),
        };
    }
    if let Some(jwk) = method.get("publicKeyJwk") {
        return from_jwk(jwk);
    }
    if let Some(b58) = method.get("publicKeyBase58").and_then(Value::as_str) {
        let bytes = bs58::decode(b58)
            .into_vec()
            .map_err(|_| KeyError::Malformed("publicKeyBase58 is not base58".into()))?;
        return ed25519(&bytes);
    }
    if let Some(pem) = method.get("publicKeyPem").and_then(Value::as_str) {
        return from_pem(pem);
    }
    Err(KeyError::Unsupported(format!(
        "verification method without a known key field (type {kind})"
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    // The W3C vc-di-eddsa key (TestVectors/keyPair.json).
    const W3C_DID: &str = "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";

    #[test]
    fn did_key_ed25519_resolves_with_its_own_fragment() {
        let vm = format!("{W3C_DID}#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
        let k = resolve_self_describing(&vm).expect("resolves");
        assert_eq!(k.controller, W3C_DID);
        assert_eq!(k.key.kind(), "Ed25519");
        assert!(resolve_self_describing(&format!("{W3C_DID}#other")).is_err());
    }

    #[test]
    fn did_key_p256_compressed_resolves() {
        // did:key P-256 example from the did:key spec test vectors (multicodec 0x1200).
        let did = "did:key:zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169";
        let k = resolve_self_describing(did).expect("resolves");
        assert_eq!(k.key.kind(), "P-256");
    }

    #[test]
    fn did_jwk_and_header_jwk_give_the_same_key() {
        let jwk = serde_json::json!({"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"});
        let did = format!(
            "did:jwk:{}",
            URL_SAFE_NO_PAD.encode(serde_json::to_vec(&jwk).expect("json"))
        );
        let k = resolve_self_describing(&format!("{did}#0")).expect("resolves");
        assert_eq!(*k.key, from_jwk(&jwk).expect("jwk"));
        assert_eq!(k.controller, did);
    }

    #[test]
    fn network_methods_are_never_resolved_offline() {
        for m in ["did:web:example.org#key-1", "https://example.org/keys/1"] {
            assert!(matches!(
                OfflineResolver::new().resolve(m),
                Err(KeyError::NeedsNetwork(_))
            ));
        }
        assert!(matches!(
            resolve_self_describing("did:ion:abc"),
            Err(KeyError::Unsupported(_))
        ));
    }

    #[test]
    fn bad_keys_are_malformed() {
        // Right prefix, wrong length.
        let short = format!("z{}", bs58::encode([0xed, 0x01, 1, 2, 3]).into_string());
        assert!(matches!(multikey(&short), Err(KeyError::Malformed(_))));
        let small_rsa = serde_json::json!({"kty":"RSA","n":"AQAB","e":"AQAB"});
        assert!(matches!(from_jwk(&small_rsa), Err(KeyError::Malformed(_))));
    }

    #[test]
    fn verification_method_objects_of_each_kind_decode() {
        let mb = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
        let expected = multikey(mb).expect("multikey");
        for kind in ["Multikey", "Ed25519VerificationKey2020"] {
            let vm = serde_json::json!({"type": kind, "publicKeyMultibase": mb});
            assert_eq!(key_from_method(&vm).expect(kind), expected);
        }
        // Ed25519VerificationKey2018: the raw 32 bytes in base58, no multicodec prefix.
        let raw = &multibase_base58(mb).expect("b58")[2..];
        let vm = serde_json::json!({
            "type": "Ed25519VerificationKey2018",
            "publicKeyBase58": bs58::encode(raw).into_string()
        });
        assert_eq!(key_from_method(&vm).expect("2018"), expected);
        let odd = serde_json::json!({"type": "EcdsaSecp256k1VerificationKey2019", "publicKeyMultibase": mb});
        assert!(matches!(
            key_from_method(&odd),
            Err(KeyError::Unsupported(_))
        ));
    }

    #[test]
    fn did_web_urls_follow_the_method_spec_and_refuse_odd_hosts() {
        assert_eq!(
            did_web_url("did:web:example.org#key-1").as_deref(),
            Some("https://example.org/.well-known/did.json")
        );
        assert_eq!(
            did_web_url("did:web:example.org%3A8443:users:alice").as_deref(),
            Some("https://example.org:8443/users/alice/did.json")
        );
        for bad in [
            "did:web:",
            "did:web:exa mple.org",
            "did:web:x.org:..",
            "did:web:a@b.org",
        ] {
            assert_eq!(did_web_url(bad), None, "{bad}");
        }
        assert_eq!(
            document_url("https://example.org/keys/1#k").as_deref(),
            Some("https://example.org/keys/1")
        );
        assert_eq!(document_url("did:key:z6MkA"), None);
    }

    #[test]
    fn documents_add_relative_methods_with_their_controller() {
        let doc = serde_json::json!({
            "id": "did:web:example.org",
            "verificationMethod": [{
                "id": "#key-1", "type": "Multikey", "controller": "did:web:example.org",
                "publicKeyMultibase": "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
            }]
        });
        let mut keys = DocumentKeys::new();
        assert_eq!(keys.add_document(&doc), 1);
        let k = keys.resolve("did:web:example.org#key-1").expect("known");
        assert_eq!(k.controller, "did:web:example.org");
        assert!(keys.resolve(W3C_DID).is_ok(), "falls back to did:key");
    }
}
