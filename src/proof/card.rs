//! Compact proof cards (research §4.1 B, §4.2): a COSE_Sign1 / Ed25519 over a small CBOR claim
//! set — achievement, ESCO skills, holder name, dates, and the digest of the full credential that
//! code set (A) carries.
//!
//! A card proves only who signed it. It counts as verified when its signer is trusted (an
//! issuer or attester on the verifier's trust list, asked through [`CardTrust`]); otherwise it is
//! a "summary, not verified" (`verified: null`, amber), which is what a holder-signed card is on
//! its own. Decoding is strict: tag 18, protected header exactly `{1: -8}`, unprotected header
//! exactly `{4: kid}`, a 64-byte signature checked with `verify_strict`, known claim keys only,
//! no trailing bytes, bounded nesting.
//!
//! ```text
//! COSE_Sign1 = [ h'A10127' ({1: -8}), {4: kid}, bstr .cbor claims, signature (64 B) ]
//! claims = { 1: iss = kid (8 B), 2: sub = 0xed01 || signer key (holder cards, role 1),
//!            4: exp?, 5: nbf?, 6: iat, 7: cti = SHA-256(credential bytes of (A))[0..16],
//!            -65537: { 1: achievement, 2: [ESCO skill UUID (16 B) or URI text],
//!                      3: holder name?, 4: issuer name?, 6: role } }
//! kid = SHA-256(Ed25519 public key)[0..8]
//! ```
//!
//! The digest is over the exact bytes (A) carries rather than a canonical form: the verifier of
//! (A) has exactly those bytes, and nothing needs canonicalising.

use super::{cbor, ProofError};
use crate::verify::{Check, CheckName, Trust, Verdict};
use chrono::{DateTime, Duration, Utc};
use ciborium::Value;
use coset::{
    iana, CborSerializable, CoseSign1, CoseSign1Builder, HeaderBuilder, TaggedCborSerializable,
};
use ed25519_dalek::{Signature, VerifyingKey};
use sha2::{Digest, Sha256};

/// The only protected header accepted: `{1: -8}` (alg EdDSA).
const PROTECTED_EDDSA: [u8; 3] = [0xA1, 0x01, 0x27];
/// Private-use claim key (< -65536, RFC 8392) of the Erkend claims.
const ERKEND_CLAIMS: i64 = -65537;
/// Multicodec prefix of an Ed25519 public key.
const ED25519_PREFIX: [u8; 2] = [0xed, 0x01];
/// The ESCO skill URI prefix; skills under it travel as 16-byte UUIDs.
const ESCO_SKILL: &str = "http://data.europa.eu/esco/skill/";
/// Clock skew tolerated on the card's dates.
const SKEW_SECONDS: i64 = 300;

/// Who signed a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The credential's issuer (a compact companion).
    Issuer = 0,
    /// The holder (the wallet's own key): a summary, never verified on its own.
    Holder = 1,
    /// An attester (e.g. a job-coach organisation) that verified the full credential.
    Attester = 2,
}

/// What a card says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardClaims {
    /// Achievement (credential) name.
    pub achievement: String,
    /// ESCO skill URIs (or other skill URIs).
    pub skills: Vec<String>,
    /// The holder's name as the credential states it.
    pub holder_name: Option<String>,
    /// The issuer's name.
    pub issuer_name: Option<String>,
    /// When the card was signed (seconds since the epoch).
    pub issued_at: i64,
    /// The credential's start of validity (seconds since the epoch).
    pub not_before: Option<i64>,
    /// End of validity (seconds since the epoch); never later than the credential's.
    pub expires: Option<i64>,
    /// SHA-256 of the credential bytes of (A), first 16 bytes.
    pub credential_digest: [u8; 16],
    /// Who signs.
    pub role: Role,
}

/// The digest a card carries of a credential's bytes (as code set (A) carries them).
pub fn credential_digest(credential: &[u8]) -> [u8; 16] {
    let mut out = [0u8; 16];
    out.copy_from_slice(&Sha256::digest(credential)[..16]);
    out
}

/// The `did:key` of an Ed25519 public key (multicodec 0xed01, base58btc).
pub fn did_key(public: &[u8; 32]) -> String {
    let multikey = [&ED25519_PREFIX[..], public].concat();
    format!("did:key:z{}", bs58::encode(multikey).into_string())
}

/// The key id of an Ed25519 public key.
pub fn kid(public: &[u8; 32]) -> [u8; 8] {
    let mut out = [0u8; 8];
    out.copy_from_slice(&Sha256::digest(public)[..8]);
    out
}

/// Who the verifier trusts to sign cards. Trust lists are built elsewhere; this is the seam.
pub trait CardTrust {
    /// Whether cards signed by `did` (a `did:key`) are vouched for.
    fn is_trusted(&self, did: &str) -> bool;
    /// The Ed25519 keys of trusted issuers/attesters whose kid is `kid` (all of them: kids are
    /// truncated and may collide). Needed for cards that do not carry their signer's key.
    fn keys_for_kid(&self, _kid: &[u8]) -> Vec<[u8; 32]> {
        Vec::new()
    }
}

/// The default: nobody is trusted, so every card is a summary.
pub struct NobodyTrusted;

impl CardTrust for NobodyTrusted {
    fn is_trusted(&self, _did: &str) -> bool {
        false
    }
}

impl<F: Fn(&str) -> bool> CardTrust for F {
    fn is_trusted(&self, did: &str) -> bool {
        self(did)
    }
}

fn int(n: i64) -> Value {
    Value::Integer(n.into())
}

fn claims_value(claims: &CardClaims, signer: &[u8; 32]) -> Value {
    let skills = claims
        .skills
        .iter()
        .map(|uri| match uuid_bytes(uri) {
            Some(bytes) => Value::Bytes(bytes.to_vec()),
            None => Value::Text(uri.clone()),
        })
        .collect();
    let mut erkend = vec![
        (int(1), Value::Text(claims.achievement.clone())),
        (int(2), Value::Array(skills)),
    ];
    if let Some(name) = &claims.holder_name {
        erkend.push((int(3), Value::Text(name.clone())));
    }
    if let Some(name) = &claims.issuer_name {
        erkend.push((int(4), Value::Text(name.clone())));
    }
    erkend.push((int(6), int(claims.role as i64)));
    let mut map = vec![(int(1), Value::Bytes(kid(signer).to_vec()))];
    if claims.role == Role::Holder {
        map.push((int(2), Value::Bytes([&ED25519_PREFIX[..], signer].concat())));
    }
    if let Some(exp) = claims.expires {
        map.push((int(4), int(exp)));
    }
    if let Some(nbf) = claims.not_before {
        map.push((int(5), int(nbf)));
    }
    map.push((int(6), int(claims.issued_at)));
    map.push((int(7), Value::Bytes(claims.credential_digest.to_vec())));
    map.push((int(ERKEND_CLAIMS), Value::Map(erkend)));
    Value::Map(map)
}

/// `http://data.europa.eu/esco/skill/<uuid>` → the UUID's 16 bytes (lower-case hex only, so
/// the URI is rebuilt exactly).
fn uuid_bytes(uri: &str) -> Option<[u8; 16]> {
    let uuid = uri.strip_prefix(ESCO_SKILL)?;
    let groups: Vec<&str> = uuid.split('-').collect();
    let lens: Vec<usize> = groups.iter().map(|g| g.len()).collect();
    if lens != [8, 4, 4, 4, 12]
        || !uuid
            .bytes()
            .all(|b| b == b'-' || b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return None;
    }
    hex::decode(groups.concat()).ok()?.try_into().ok()
}

fn uuid_uri(bytes: &[u8]) -> String {
    let h = hex::encode(bytes);
    format!(
        "{ESCO_SKILL}{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// Signs a card with `sign` (the wallet's holder key for role 1; the seed stays in the store),
/// returning the tagged COSE_Sign1 bytes.
pub fn sign(
    claims: &CardClaims,
    signer: &[u8; 32],
    sign: &dyn Fn(&[u8]) -> crate::Result<[u8; 64]>,
) -> crate::Result<Vec<u8>> {
    let malformed = |e: coset::CoseError| ProofError::CardMalformed {
        detail: e.to_string(),
    };
    let payload = claims_value(claims, signer).to_vec().map_err(malformed)?;
    let sign1 = CoseSign1Builder::new()
        .protected(
            HeaderBuilder::new()
                .algorithm(iana::Algorithm::EdDSA)
                .build(),
        )
        .unprotected(HeaderBuilder::new().key_id(kid(signer).to_vec()).build())
        .payload(payload)
        .try_create_signature(b"", |tbs| sign(tbs).map(|s| s.to_vec()))?
        .build();
    Ok(sign1.to_tagged_vec().map_err(malformed)?)
}

/// A verified (or not) card: what it says, who signed it, and the verdict.
#[derive(Debug, Clone)]
pub struct CardReport {
    /// The claims as signed.
    pub claims: CardClaims,
    /// The signer's `did:key`, when its key was known and the signature checked out.
    pub signer: Option<String>,
    /// The verdict: `signature` and `issuer` (trusted signer) checks plus the card's dates.
    pub verdict: Verdict,
}

fn malformed(detail: &str) -> ProofError {
    ProofError::CardMalformed {
        detail: detail.to_string(),
    }
}

/// Decodes a card strictly and verifies it at `at` against `trust`.
pub fn verify(
    bytes: &[u8],
    at: DateTime<Utc>,
    trust: &dyn CardTrust,
) -> Result<CardReport, ProofError> {
    // Parse our own way first, so depth and trailing bytes are bounded before coset sees it.
    cbor::from_slice(bytes)?;
    let sign1 = CoseSign1::from_tagged_slice(bytes).map_err(|e| match e {
        coset::CoseError::ExtraneousData => ProofError::TrailingBytes,
        e => malformed(&e.to_string()),
    })?;
    if sign1.protected.original_data.as_deref() != Some(&PROTECTED_EDDSA[..]) {
        return Err(ProofError::CardAlgorithm);
    }
    let u = &sign1.unprotected;
    if u.alg.is_some() {
        return Err(ProofError::CardAlgorithm);
    }
    let header_clean = u.crit.is_empty()
        && u.content_type.is_none()
        && u.iv.is_empty()
        && u.partial_iv.is_empty()
        && u.counter_signatures.is_empty()
        && u.rest.is_empty()
        && u.key_id.len() == 8;
    if !header_clean {
        return Err(malformed("the unprotected header must be exactly {4: kid}"));
    }
    let signature: [u8; 64] = sign1
        .signature
        .as_slice()
        .try_into()
        .map_err(|_| malformed("the signature is not 64 bytes"))?;
    let payload = sign1
        .payload
        .as_deref()
        .ok_or_else(|| malformed("no payload"))?;
    let (claims, iss, sub) = parse_claims(payload)?;
    if iss != u.key_id {
        return Err(malformed("iss differs from the header's kid"));
    }
    // The keys that may have signed: the holder key it carries, else trusted keys by kid.
    let candidates: Vec<[u8; 32]> = match sub {
        Some(key) => {
            if kid(&key)[..] != iss[..] {
                return Err(malformed("kid is not the carried key's"));
            }
            vec![key]
        }
        None => trust.keys_for_kid(&iss),
    };
    let tbs = sign1.tbs_data(b"");
    let signature = Signature::from_bytes(&signature);
    let signer = candidates.iter().find(|k| {
        VerifyingKey::from_bytes(k).is_ok_and(|vk| vk.verify_strict(&tbs, &signature).is_ok())
    });
    let mut checks = Vec::new();
    let signer_did = signer.map(did_key);
    match (&signer_did, candidates.is_empty()) {
        (Some(did), _) => {
            checks.push(
                Check::passed(CheckName::Signature, "check-card-signature-valid")
                    .with_arg("signer", did),
            );
            checks.push(if trust.is_trusted(did) {
                Check::passed(CheckName::Issuer, "check-card-signer-trusted")
                    .with_arg("signer", did)
            } else {
                Check::unchecked(CheckName::Issuer, "check-card-summary-not-verified")
                    .with_arg("signer", did)
            });
        }
        (None, true) => checks.push(
            Check::failed(CheckName::Signature, "check-card-signer-unknown")
                .with_arg("kid", hex::encode(&iss)),
        ),
        (None, false) => checks.push(Check::failed(
            CheckName::Signature,
            "check-card-signature-invalid",
        )),
    }
    checks.extend(date_checks(&claims, at));
    let mut verdict = Verdict::new(checks, at);
    if verdict.verified == Some(true) {
        // The signer is on the trust list (the issuer check passed only then).
        verdict.trust = Trust::Green;
    }
    Ok(CardReport {
        claims,
        signer: signer_did,
        verdict,
    })
}

fn date_text(t: i64) -> String {
    DateTime::<Utc>::from_timestamp(t, 0)
        .map(|d| d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_else(|| t.to_string())
}

fn date_checks(claims: &CardClaims, at: DateTime<Utc>) -> Vec<Check> {
    let skew = Duration::seconds(SKEW_SECONDS);
    let now = at.timestamp();
    let mut checks = Vec::new();
    if let Some(exp) = claims.expires {
        let date = date_text(exp);
        checks.push(if now > exp + skew.num_seconds() {
            Check::failed(CheckName::Expiry, "check-expired").with_arg("date", date)
        } else {
            Check::passed(CheckName::Expiry, "check-not-expired").with_arg("date", date)
        });
    }
    if let Some(nbf) = claims.not_before {
        let date = date_text(nbf);
        checks.push(if now + skew.num_seconds() < nbf {
            Check::failed(CheckName::NotBefore, "check-not-yet-valid").with_arg("date", date)
        } else {
            Check::passed(CheckName::NotBefore, "check-valid-from").with_arg("date", date)
        });
    }
    if now + skew.num_seconds() < claims.issued_at {
        checks.push(
            Check::failed(CheckName::NotBefore, "check-card-issued-in-future")
                .with_arg("date", date_text(claims.issued_at)),
        );
    }
    checks
}

type Parsed = (CardClaims, Vec<u8>, Option<[u8; 32]>);

fn as_int(v: &Value) -> Result<i64, ProofError> {
    v.as_integer()
        .and_then(|i| i64::try_from(i).ok())
        .ok_or_else(|| malformed("a date or role is not an integer"))
}

fn as_text(v: &Value) -> Result<String, ProofError> {
    v.as_text()
        .map(str::to_string)
        .ok_or_else(|| malformed("a name is not text"))
}

fn parse_claims(payload: &[u8]) -> Result<Parsed, ProofError> {
    let Value::Map(map) = cbor::from_slice(payload)? else {
        return Err(malformed("the claims are not a map"));
    };
    let (mut iss, mut sub, mut exp, mut nbf, mut iat, mut cti, mut erkend) =
        (None, None, None, None, None, None, None);
    for (k, v) in &map {
        let key = as_int(k).map_err(|_| malformed("a claim key is not an integer"))?;
        let slot_taken = match key {
            1 => iss
                .replace(v.as_bytes().cloned().ok_or_else(|| malformed("iss"))?)
                .is_some(),
            2 => {
                let b = v.as_bytes().ok_or_else(|| malformed("sub"))?;
                let key = b
                    .strip_prefix(&ED25519_PREFIX[..])
                    .and_then(|k| <[u8; 32]>::try_from(k).ok())
                    .ok_or_else(|| malformed("sub is not an Ed25519 key"))?;
                sub.replace(key).is_some()
            }
            4 => exp.replace(as_int(v)?).is_some(),
            5 => nbf.replace(as_int(v)?).is_some(),
            6 => iat.replace(as_int(v)?).is_some(),
            7 => {
                let b = v.as_bytes().ok_or_else(|| malformed("cti"))?;
                let d: [u8; 16] = b.as_slice().try_into().map_err(|_| malformed("cti"))?;
                cti.replace(d).is_some()
            }
            ERKEND_CLAIMS => erkend.replace(v).is_some(),
            _ => return Err(malformed("unknown claim")),
        };
        if slot_taken {
            return Err(malformed("a claim appears twice"));
        }
    }
    let (Some(iss), Some(iat), Some(cti), Some(Value::Map(erkend))) = (iss, iat, cti, erkend)
    else {
        return Err(malformed("a required claim is missing"));
    };
    let (mut achievement, mut skills, mut holder, mut issuer, mut role) =
        (None, None, None, None, None);
    for (k, v) in erkend {
        let taken = match as_int(k)? {
            1 => achievement.replace(as_text(v)?).is_some(),
            2 => {
                let Value::Array(items) = v else {
                    return Err(malformed("skills are not a list"));
                };
                let list = items
                    .iter()
                    .map(|i| match i {
                        Value::Bytes(b) if b.len() == 16 => Ok(uuid_uri(b)),
                        Value::Text(t) => Ok(t.clone()),
                        _ => Err(malformed("a skill is neither a UUID nor a URI")),
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                skills.replace(list).is_some()
            }
            3 => holder.replace(as_text(v)?).is_some(),
            4 => issuer.replace(as_text(v)?).is_some(),
            6 => {
                let r = match as_int(v)? {
                    0 => Role::Issuer,
                    1 => Role::Holder,
                    2 => Role::Attester,
                    _ => return Err(malformed("unknown role")),
                };
                role.replace(r).is_some()
            }
            _ => return Err(malformed("unknown Erkend claim")),
        };
        if taken {
            return Err(malformed("a claim appears twice"));
        }
    }
    let (Some(achievement), Some(skills), Some(role)) = (achievement, skills, role) else {
        return Err(malformed("a required claim is missing"));
    };
    if (role == Role::Holder) != sub.is_some() {
        return Err(malformed(
            "holder cards, and only they, carry the holder key",
        ));
    }
    let claims = CardClaims {
        achievement,
        skills,
        holder_name: holder,
        issuer_name: issuer,
        issued_at: iat,
        not_before: nbf,
        expires: exp,
        credential_digest: cti,
        role,
    };
    Ok((claims, iss, sub))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::{Signer, SigningKey};

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    fn claims(role: Role) -> CardClaims {
        CardClaims {
            achievement: "Forklift safety".into(),
            skills: vec![
                "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d".into(),
                "https://example.org/skills/other".into(),
            ],
            holder_name: Some("سارة أحمد".into()),
            issuer_name: Some("Academy".into()),
            issued_at: 1_760_000_000,
            not_before: Some(1_750_000_000),
            expires: Some(1_800_000_000),
            credential_digest: credential_digest(b"credential"),
            role,
        }
    }

    fn signed(role: Role, k: &SigningKey) -> Vec<u8> {
        let k2 = k.clone();
        sign(&claims(role), &k.verifying_key().to_bytes(), &move |m| {
            Ok(k2.sign(m).to_bytes())
        })
        .expect("signs")
    }

    fn at(t: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(t, 0).expect("time")
    }

    #[test]
    fn holder_card_is_a_summary_unless_trusted() {
        let k = key(7);
        let bytes = signed(Role::Holder, &k);
        let r = verify(&bytes, at(1_770_000_000), &NobodyTrusted).expect("decodes");
        assert_eq!(r.claims, claims(Role::Holder));
        let did = did_key(&k.verifying_key().to_bytes());
        assert_eq!(r.signer.as_deref(), Some(did.as_str()));
        assert_eq!((r.verdict.verified, r.verdict.trust), (None, Trust::Amber));
        let trusted = |d: &str| d == did;
        let r = verify(&bytes, at(1_770_000_000), &trusted).expect("decodes");
        assert_eq!(
            (r.verdict.verified, r.verdict.trust),
            (Some(true), Trust::Green)
        );
    }

    struct List(Vec<[u8; 32]>);
    impl CardTrust for List {
        fn is_trusted(&self, did: &str) -> bool {
            self.0.iter().any(|k| did_key(k) == did)
        }
        fn keys_for_kid(&self, want: &[u8]) -> Vec<[u8; 32]> {
            self.0
                .iter()
                .filter(|k| kid(k)[..] == *want)
                .copied()
                .collect()
        }
    }

    #[test]
    fn attester_cards_need_the_trust_list() {
        let k = key(9);
        let bytes = signed(Role::Attester, &k);
        let r = verify(&bytes, at(1_770_000_000), &NobodyTrusted).expect("decodes");
        assert_eq!(r.verdict.verified, Some(false));
        assert_eq!(r.verdict.checks[0].message, "check-card-signer-unknown");
        let list = List(vec![k.verifying_key().to_bytes()]);
        let r = verify(&bytes, at(1_770_000_000), &list).expect("decodes");
        assert_eq!(r.verdict.verified, Some(true));
        // Wrong key under the same kid: a list entry that claims the kid but is another key.
        struct Liar([u8; 32]);
        impl CardTrust for Liar {
            fn is_trusted(&self, _: &str) -> bool {
                true
            }
            fn keys_for_kid(&self, _: &[u8]) -> Vec<[u8; 32]> {
                vec![self.0]
            }
        }
        let r = verify(
            &bytes,
            at(1_770_000_000),
            &Liar(key(10).verifying_key().to_bytes()),
        )
        .expect("decodes");
        assert_eq!(r.verdict.checks[0].message, "check-card-signature-invalid");
        // Kid collision: two entries, only the second is the signer.
        struct Two([u8; 32], [u8; 32]);
        impl CardTrust for Two {
            fn is_trusted(&self, _: &str) -> bool {
                true
            }
            fn keys_for_kid(&self, _: &[u8]) -> Vec<[u8; 32]> {
                vec![self.0, self.1]
            }
        }
        let two = Two(
            key(10).verifying_key().to_bytes(),
            k.verifying_key().to_bytes(),
        );
        let r = verify(&bytes, at(1_770_000_000), &two).expect("decodes");
        assert_eq!(r.verdict.verified, Some(true));
    }

    #[test]
    fn dates() {
        let bytes = signed(Role::Holder, &key(7));
        let outcome = |t| {
            let r = verify(&bytes, at(t), &NobodyTrusted).expect("decodes");
            r.verdict
                .checks
                .iter()
                .filter(|c| c.outcome == crate::verify::Outcome::Failed)
                .map(|c| c.message.clone())
                .collect::<Vec<_>>()
        };
        assert!(outcome(1_770_000_000).is_empty());
        assert_eq!(outcome(1_900_000_000), ["check-expired"]);
        assert_eq!(
            outcome(1_740_000_000),
            ["check-not-yet-valid", "check-card-issued-in-future"]
        );
        assert_eq!(outcome(1_755_000_000), ["check-card-issued-in-future"]);
    }

    /// Rebuilds a card from parts, for tampering.
    fn rebuild(bytes: &[u8], edit: impl FnOnce(&mut Vec<Value>)) -> Vec<u8> {
        let Value::Tag(18, inner) = cbor::from_slice(bytes).expect("cbor") else {
            panic!("tag")
        };
        let Value::Array(mut items) = *inner else {
            panic!("array")
        };
        edit(&mut items);
        let mut out = Vec::new();
        ciborium::into_writer(&Value::Tag(18, Box::new(Value::Array(items))), &mut out)
            .expect("writes");
        out
    }

    #[test]
    fn tampering_and_malformations() {
        let k = key(7);
        let bytes = signed(Role::Holder, &k);
        let when = at(1_770_000_000);
        let code = |b: &[u8]| verify(b, when, &NobodyTrusted).map(|r| r.verdict.verified);
        // Claims edited, old signature kept.
        let edited = rebuild(&bytes, |items| {
            let Value::Bytes(p) = &items[2] else { panic!() };
            let mut p = p.clone();
            let pos = p.windows(8).position(|w| w == b"Forklift").expect("name");
            p[pos] = b'G';
            items[2] = Value::Bytes(p);
        });
        assert_eq!(code(&edited), Ok(Some(false)));
        // alg swapped to ES256 (-7) with the same signature.
        let swapped = rebuild(&bytes, |items| {
            items[0] = Value::Bytes(vec![0xA1, 0x01, 0x26])
        });
        assert_eq!(code(&swapped), Err(ProofError::CardAlgorithm));
        // alg in the unprotected header.
        let unprotected_alg = rebuild(&bytes, |items| {
            items[1] = Value::Map(vec![
                (int(1), int(-8)),
                (
                    int(4),
                    Value::Bytes(kid(&k.verifying_key().to_bytes()).to_vec()),
                ),
            ])
        });
        assert_eq!(code(&unprotected_alg), Err(ProofError::CardAlgorithm));
        // Signature of the wrong length.
        let short = rebuild(&bytes, |items| items[3] = Value::Bytes(vec![0; 63]));
        assert!(matches!(
            code(&short),
            Err(ProofError::CardMalformed { .. })
        ));
        // Non-canonical signature: S + L (the group order) is rejected by verify_strict.
        let noncanonical = rebuild(&bytes, |items| {
            let Value::Bytes(sig) = &items[3] else {
                panic!()
            };
            let mut sig = sig.clone();
            const L: [u8; 32] = [
                0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9,
                0xde, 0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
            ];
            let mut carry = 0u16;
            for i in 0..32 {
                let s = u16::from(sig[32 + i]) + u16::from(L[i]) + carry;
                sig[32 + i] = s as u8;
                carry = s >> 8;
            }
            items[3] = Value::Bytes(sig);
        });
        assert_eq!(code(&noncanonical), Ok(Some(false)));
        // Trailing bytes after the COSE structure.
        let mut trailing = bytes.clone();
        trailing.push(0);
        assert_eq!(code(&trailing), Err(ProofError::TrailingBytes));
        // Truncated at every byte boundary: an error, never a panic, never verified.
        for cut in 0..bytes.len() {
            assert!(code(&bytes[..cut]).is_err(), "cut {cut}");
        }
        // Untagged.
        let untagged = {
            let Value::Tag(_, inner) = cbor::from_slice(&bytes).expect("cbor") else {
                panic!()
            };
            let mut out = Vec::new();
            ciborium::into_writer(&*inner, &mut out).expect("writes");
            out
        };
        assert!(matches!(
            code(&untagged),
            Err(ProofError::CardMalformed { .. })
        ));
    }
}
